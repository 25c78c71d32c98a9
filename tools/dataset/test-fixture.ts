/** Builds throwaway data directories for validator tests: one source list, some entity files. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SOURCES = [
  { id: 'backstory', name: 'Backstory editors', url: 'https://example.org', licence: 'CC0 1.0' },
  { id: 'wikidata', name: 'Wikidata', url: 'https://www.wikidata.org/', licence: 'CC0 1.0' },
];

/** A valid entity to start from; override fields to make it bad. */
export function entity(id: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    type: 'person',
    name: `Person ${id}`,
    summary: 'A person used in a test.',
    sources: [{ source: 'wikidata' }],
    updated: '2026-01-01',
    ...overrides,
  };
}

/** Writes `files` (path under data/ → JSON value) into a fresh temp dir and returns its data/ path. */
export function makeDataDir(files: Record<string, unknown>): string {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'backstory-data-')), 'data');
  const all = { 'sources.json': SOURCES, ...files };
  for (const [path, value] of Object.entries(all)) {
    const full = join(dataDir, path);
    mkdirSync(join(full, '..'), { recursive: true });
    writeFileSync(full, JSON.stringify(value));
  }
  return dataDir;
}
