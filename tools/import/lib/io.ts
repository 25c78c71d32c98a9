/**
 * Where the importers read from and how they write: deterministic output (entities
 * sorted by id, one per line) so the same input gives byte-identical files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Entity } from '../../../src/shared/dataset';
import { parseCsv } from './csv';

/** The raw reference data: present on the maintainers' machines and in CI, never shipped. */
export const SOURCE_DIR = process.env.BACKSTORY_SOURCES ?? '/work/shared/data';

/** Whether the raw sources are available (tests skip source checks when not). */
export function hasSources(dir = SOURCE_DIR): boolean {
  return existsSync(join(dir, 'SOURCES.md'));
}

export function readSourceJson<T>(path: string, dir = SOURCE_DIR): T {
  return JSON.parse(readFileSync(join(dir, path), 'utf8')) as T;
}

export function readSourceCsv(path: string, dir = SOURCE_DIR): Record<string, string>[] {
  return parseCsv(readFileSync(join(dir, path), 'utf8'));
}

/** Serializes entities sorted by id, one per line: small diffs, stable bytes. */
export function serializeEntities(entities: readonly Entity[]): string {
  const sorted = [...entities].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return `[\n${sorted.map((e) => JSON.stringify(e)).join(',\n')}\n]\n`;
}

export function writeEntities(path: string, entities: readonly Entity[]): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, serializeEntities(entities));
}
