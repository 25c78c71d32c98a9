import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks } from '../../src/cli/html';

const CORPUS = join(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'news-pages');
const pages: { file: string }[] = existsSync(join(CORPUS, 'index.json'))
  ? JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')).pages
  : [];

// The real pages live beside the project only on development and CI machines.
describe.runIf(pages.length > 0)('CLI text extraction on the real news corpus', () => {
  it('reads every page without throwing and finds article text on almost all', async () => {
    let withText = 0;
    for (const { file } of pages) {
      const blocks = await htmlToBlocks(readFileSync(join(CORPUS, file), 'utf8'));
      if (blocks.join(' ').length > 500) withText++;
    }
    expect(withText / pages.length).toBeGreaterThan(0.9);
  }, 120_000);
});

describe.runIf(pages.length === 0)('CLI text extraction on the real news corpus', () => {
  it('is not run: ../shared/corpus/news-pages is absent on this machine', () => {
    expect(existsSync(CORPUS)).toBe(false);
  });
});
