import { describe, expect, it } from 'vitest';
import { fold, MAX_SEARCH_RESULTS, searchableOf, searchEntries, type Searchable } from '../../src/background/search';

const entry = (id: string, name: string, aliases: string[] = [], isCustom = false): Searchable => ({
  id,
  name,
  aliases,
  isCustom,
  kind: 'person',
});

const entries = [
  entry('kerry', 'John Kerry', ['Kerry']),
  entry('us', 'United States', ['US', 'United States of America', 'America']),
  entry('uk', 'United Kingdom', ['UK']),
  entry('un', 'United Nations', ['UN']),
  entry('blinken', 'Antony Blinken', ['Blinken']),
  entry('zurich', 'Zürich'),
];

const ids = (query: string) => searchEntries(entries, query).map((r) => r.id);

describe('searchEntries', () => {
  it('finds nothing for an empty or blank query', () => {
    expect(ids('')).toEqual([]);
    expect(ids('   ')).toEqual([]);
  });

  it('ranks name prefixes, shortest first, before alias prefixes and word matches', () => {
    expect(ids('united')).toEqual(['us', 'uk', 'un']);
    expect(ids('bl')).toEqual(['blinken']);
  });

  it('puts an exact alias before a name prefix of a longer name', () => {
    expect(ids('us')).toEqual(['us']);
    const result = searchEntries(entries, 'america');
    expect(result[0]).toMatchObject({ id: 'us', alias: 'America' });
  });

  it('an exact name beats everything', () => {
    const list = [entry('a', 'Kerry County'), entry('b', 'Kerry')];
    expect(searchEntries(list, 'kerry').map((r) => r.id)).toEqual(['b', 'a']);
  });

  it('ignores case, accents and extra spaces', () => {
    expect(fold('  Zürich   Hbf ')).toBe('zurich hbf');
    expect(ids('ZURI')).toEqual(['zurich']);
    expect(ids('john   ker')).toEqual(['kerry']);
  });

  it('prefers the reader’s own term among equals and caps the list', () => {
    const list = [entry('data', 'Net zero'), entry('mine', 'Net zero', [], true)];
    expect(searchEntries(list, 'net').map((r) => r.id)).toEqual(['mine', 'data']);
    const many = Array.from({ length: 20 }, (_, i) => entry(`e${i}`, `Name ${i}`));
    expect(searchEntries(many, 'name')).toHaveLength(MAX_SEARCH_RESULTS);
  });
});

describe('searchable entries', () => {
  it('are made alike from a row of the search index and from an entity', () => {
    const fromRow = searchableOf(['Q1', 'Zürich', 'city', 'Zurich', 'ZRH'], false);
    const fromEntity = searchableOf({ id: 'Q1', type: 'city', name: 'Zürich', aliases: ['Zurich', { text: 'ZRH', case: 'exact' }], summary: '', sources: [], updated: '' }, false);
    expect(fromRow).toEqual(fromEntity);
    expect(fromRow).toEqual({ id: 'Q1', name: 'Zürich', kind: 'place', aliases: ['Zurich', 'ZRH'], isCustom: false });
  });

  it('fold names with odd spacing or accents as the shared rule does', () => {
    const odd = [entry('a', ' Spaced  Out '), entry('b', 'São\tPaulo'), entry('c', 'Ünïcode')];
    expect(searchEntries(odd, 'spaced out').map((r) => r.id)).toEqual(['a']);
    expect(searchEntries(odd, 'sao paulo').map((r) => r.id)).toEqual(['b']);
    expect(searchEntries(odd, 'unicode').map((r) => r.id)).toEqual(['c']);
  });
});
