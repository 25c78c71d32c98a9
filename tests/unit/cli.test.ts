import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { nodeBundleOptions } from '../../tools/node-bundle.mjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataFiles } from '../../src/shared/data-files';
import type { CompiledDataset } from '../../src/shared/dataset';
import { TEST_ENTITIES } from '../matcher-passages/entities';
import { gzipData } from '../../tools/dataset/ship';

const CLI = join(process.cwd(), '.cache', 'cli-test', 'cli.mjs');
let dir = '';
let datasetFile = '';
let dataDir = '';

beforeAll(async () => {
  // Bundled as build.mjs bundles dist/cli.mjs.
  await build(nodeBundleOptions('src/cli/index.ts', CLI, { logLevel: 'silent' }));
  dir = mkdtempSync(join(tmpdir(), 'backstory-cli-'));
  datasetFile = join(dir, 'dataset.json');
  const dataset: CompiledDataset = { version: 1, sources: [], entities: TEST_ENTITIES };
  writeFileSync(datasetFile, JSON.stringify(dataset));
  // The same data as the build ships it: the CLI's default reads dist/chrome/data/ this way.
  dataDir = join(dir, 'data');
  for (const [name, contents] of dataFiles(dataset, gzipData)) {
    mkdirSync(dirname(join(dataDir, name)), { recursive: true });
    writeFileSync(join(dataDir, name), contents);
  }
}, 120_000);

function cli(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', env: { ...process.env, BACKSTORY_DATASET: datasetFile } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('match --as-of', () => {
  it('counts a title before a surname only for a role the person held that day', () => {
    const lima: CompiledDataset = {
      version: 1,
      sources: [],
      entities: [{
        id: 'Q-lima', type: 'person', name: 'Ana Lima', aliases: [{ text: 'Lima', short: true }], summary: 'Economist.',
        roles: [{ title: 'Minister of Finance', start: '2020-01-01', end: '2022-12-31', source: 'test' }], sources: [{ source: 'test' }], updated: '2026-01-01',
      }],
    };
    const file = join(dir, 'lima.json');
    writeFileSync(file, JSON.stringify(lima));
    const run = (...extra: string[]) => JSON.parse(cli(['match', '-', '--json', '--dataset', file, ...extra], 'Minister Lima spoke to reporters.').stdout).map((m: { text: string }) => m.text);
    expect(run('--as-of', '2021-06-01')).toEqual(['Lima']);
    expect(run('--as-of', '2024-06-01')).toEqual([]);
    // Without a date, as the extension's index does: every role counts.
    expect(run()).toEqual(['Lima']);
  });
});

describe('cli match', () => {
  it('finds mentions in HTML with offsets into the blocks joined by a blank line', () => {
    const page = file('page.html', '<!doctype html><html><body><script>var US = 1;</script><h1>Talks in <b>Beijing</b></h1><p>John <a href="#">Kerry</a> met <i>Wang Yi</i>.<br>Kerry left.</p><pre>US</pre></body></html>');
    const { code, stdout } = cli(['match', page, '--json']);
    expect(code).toBe(0);
    const mentions = JSON.parse(stdout) as { text: string; start: number; end: number; id: string; name: string; type: string }[];
    const joined = 'Talks in Beijing\n\nJohn Kerry met Wang Yi.\n\nKerry left.';
    expect(mentions.map((m) => [m.id, m.text])).toEqual([['Q956', 'Beijing'], ['Q22316', 'John Kerry'], ['Q701801', 'Wang Yi'], ['Q22316', 'Kerry']]);
    for (const m of mentions) expect(joined.slice(m.start, m.end)).toBe(m.text);
    expect(mentions[1]).toMatchObject({ name: 'John Kerry', type: 'person' });
  });

  it('reads the article after an inline SVG that holds a <style> (the parser left such an SVG open: cnet, The Atlantic)', () => {
    const icons = '<svg xmlns="http://www.w3.org/2000/svg"><symbol id="i"><style type="text/css">.c{opacity:0.3}</style><g class="c"><circle r="3"/></g></symbol></svg>';
    const page = file('svg-style.html', `<!doctype html><html><head><style>p{margin:0}</style></head><body>${icons}<article><p>John Kerry met Wang Yi in Beijing to talk about the climate and trade for a second day.</p></article></body></html>`);
    const mentions = JSON.parse(cli(['match', page, '--json']).stdout) as { text: string }[];
    expect(mentions.map((m) => m.text)).toEqual(['John Kerry', 'Wang Yi', 'Beijing']);
  });

  it('reads plain text from stdin, blocks split on blank lines', () => {
    const { code, stdout } = cli(['match', '-', '--json', '--as-of', '2024-05-01'], "China's officials met\nthe press.\n\nThe US agreed.");
    expect(code).toBe(0);
    const mentions = JSON.parse(stdout) as { start: number; id: string }[];
    expect(mentions.map((m) => [m.id, m.start])).toEqual([['Q148', 0], ['Q30', 38]]);
  });

  it('prints a readable table without --json', () => {
    const { code, stdout } = cli(['match', file('a.txt', 'Refugees reached Taiwan.')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/start\s+end\s+id/);
    expect(stdout).toContain('Q865');
  });

  it.each([
    ['a missing file', ['match', '/nonexistent/page.html'], /no such file/],
    ['an unknown flag', ['match', '-', '--fast'], /unknown option "--fast"/],
    ['a bad date', ['match', '-', '--as-of', '2024-02-30'], /YYYY-MM-DD/],
    ['no command', [], /missing command/],
  ])('refuses %s with exit code 2', (_, args, message) => {
    const { code, stderr } = cli(args, '');
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('refuses binary data and invalid UTF-8 with exit code 2', () => {
    expect(cli(['match', file('nul.bin', Buffer.from([60, 112, 62, 0, 65]))]).code).toBe(2);
    const bad = cli(['match', file('latin1.txt', Buffer.from([0x53, 0xe3, 0x6f, 0x20, 0x50]))]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/UTF-8/);
  });

  it('fails clearly when the dataset is missing', () => {
    const { code, stderr } = cli(['match', '-', '--dataset', join(dir, 'none.json')], 'text');
    expect(code).toBe(1);
    expect(stderr).toMatch(/dataset not found/);
  });

  it('prints usage with --help', () => {
    const { code, stdout } = cli(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Usage:/);
  });
});

describe('cli show', () => {
  it('finds an entity by id and prints JSON with its card text', () => {
    const { code, stdout } = cli(['show', 'Q22316', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ id: 'Q22316', name: 'John Kerry', type: 'person', text: expect.stringContaining('American diplomat') });
  });

  it('finds an entity by name or alias, ignoring case and accents', () => {
    expect(cli(['show', 'sao paulo']).stdout).toContain('Largest city of Brazil');
    expect(cli(['show', 'peking', '--as-of', '2020-01-01']).stdout).toContain('Beijing');
  });

  it('exits 1 for an unknown or ambiguous name', () => {
    expect(cli(['show', 'Atlantis']).code).toBe(1);
    const shared = cli(['show', 'Georgia']);
    expect(shared.code).toBe(1);
    expect(shared.stderr).toMatch(/ambiguous/);
  });
});

describe('cli on a data directory as the build writes it', () => {
  it('matches and shows exactly what it does from the dataset.json', () => {
    const page = file('dir.html', '<p>John Kerry met Wang Yi in Beijing. Kerry left for São Paulo.</p>');
    for (const args of [['match', page, '--json'], ['show', 'Q22316', '--as-of', '2020-01-01', '--json'], ['show', 'peking', '--json']]) {
      const fromJson = cli(args);
      const fromDir = cli([...args, '--dataset', dataDir]);
      expect(fromDir.code).toBe(0);
      expect(fromDir.stdout).toBe(fromJson.stdout);
      expect(fromDir.stdout.length).toBeGreaterThan(50);
    }
  });

  it('fails clearly when a file of the directory is missing', () => {
    const empty = join(dir, 'empty-data');
    mkdirSync(empty, { recursive: true });
    const { code, stderr } = cli(['show', 'Q22316', '--dataset', empty]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/search\.json\.gz missing/);
  });
});
