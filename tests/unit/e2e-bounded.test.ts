// The end-to-end suite's own rules, checked on its source: every test and hook is
// bounded (node:test gives hooks no timeout, so a browser that never answers would
// hang the run), and extension pages are opened only through the one helper that
// survives Firefox replacing the browsing context (tools/browsers.mjs).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E = join(__dirname, '..', 'e2e');

function sources(dir: string): { file: string; text: string }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.mjs') ? [{ file: relative(E2E, path), text: readFileSync(path, 'utf8') }] : [];
  });
}

describe('the end-to-end suite', () => {
  const files = sources(E2E);

  it('has test files to check', () => {
    expect(files.filter((f) => f.file.endsWith('.test.mjs')).length).toBeGreaterThan(5);
  });

  it('takes describe/test/hooks from lib/bounded.mjs, which gives each a timeout', () => {
    const direct = files.filter((f) => f.file !== join('lib', 'bounded.mjs') && /from ['"]node:test['"]/.test(f.text)).map((f) => f.file);
    expect(direct).toEqual([]);
  });

  it('opens extension pages only through openExtensionPage, never by navigating to the extension origin', () => {
    const byHand = files.filter((f) => /\.goto\(`\$\{[^}]*extensionOrigin\}/.test(f.text)).map((f) => f.file);
    expect(byHand).toEqual([]);
  });
});
