import { describe, expect, it } from 'vitest';
import { DatasetError, compileDataset } from '../../tools/dataset/compile';
import { entity, makeDataDir } from '../../tools/dataset/test-fixture';
import { createMatcher, matcherInputFromDataset } from '../../src/matcher';

/** Compiles and returns the DatasetError thrown (fails the test if none is). */
function errorOf(files: Record<string, unknown>): DatasetError {
  try {
    compileDataset(makeDataDir(files));
  } catch (error) {
    expect(error).toBeInstanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error('expected compileDataset to throw');
}

describe('compileDataset rejects bad data, naming file, entity and field', () => {
  it('duplicate ids within hand-written files', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1')], 'entities/b.json': [entity('Q1', { name: 'Other' })] });
    expect([e.file, e.entity, e.field]).toEqual(['data/entities/b.json', 'Q1', 'id']);
    expect(e.message).toContain('also in data/entities/a.json');
  });

  it('duplicate ids within generated files', () => {
    const e = errorOf({ 'generated/a.json': [entity('Q1')], 'generated/b.json': [entity('Q1', { name: 'Other' })] });
    expect([e.file, e.entity, e.field]).toEqual(['data/generated/b.json', 'Q1', 'id']);
  });

  it('alias collisions, compared case-folded, unless both are ambiguous', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { aliases: ['Acme'] }), entity('Q2', { aliases: [{ text: 'ACME' }] })] });
    expect([e.file, e.entity, e.field]).toEqual(['data/entities/a.json', 'Q2', 'aliases[0]']);
    expect(e.message).toContain('"Q1"');
  });

  it('a name shared with another entity unless both mark it ambiguous', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { name: 'John Smith' }), entity('Q2', { name: 'John Smith' })] });
    expect([e.entity, e.field]).toEqual(['Q2', 'name']);
    const ok = makeDataDir({
      'entities/a.json': [
        entity('Q1', { name: 'John Smith', aliases: [{ text: 'John Smith', ambiguous: true }] }),
        entity('Q2', { name: 'john smith', aliases: [{ text: 'John Smith', ambiguous: true }] }),
      ],
    });
    expect(compileDataset(ok).entities).toHaveLength(2);
  });

  it('short aliases (surnames) never collide', () => {
    const ok = makeDataDir({ 'entities/a.json': [entity('Q1', { aliases: [{ text: 'Smith', short: true }] }), entity('Q2', { name: 'Smith' })] });
    expect(compileDataset(ok).entities).toHaveLength(2);
  });

  it('role dates out of order', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { roles: [{ title: 'Mayor', start: '2020-05-01', end: '2019', source: 'wikidata' }] })] });
    expect([e.entity, e.field]).toEqual(['Q1', 'roles[0].end']);
  });

  it('accepts a partial end in the same period as the start', () => {
    const ok = makeDataDir({ 'entities/a.json': [entity('Q1', { roles: [{ title: 'Mayor', start: '2020-05-01', end: '2020', source: 'wikidata' }] })] });
    expect(compileDataset(ok).entities[0]!.roles).toHaveLength(1);
  });

  it('missing sources', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { sources: [] })] });
    expect([e.entity, e.field]).toEqual(['Q1', 'sources']);
  });

  it('a fact citing an unknown source', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { facts: [{ label: 'Born', value: '1950', asOf: '1950', source: 'nowhere' }] })] });
    expect([e.entity, e.field]).toEqual(['Q1', 'facts[0].source']);
  });

  it('summaries over the length limit', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { summary: 'x'.repeat(421) })] });
    expect([e.entity, e.field]).toEqual(['Q1', 'summary']);
  });

  it('related ids that name no entity', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { related: ['Q404'] })] });
    expect([e.file, e.entity, e.field]).toEqual(['data/entities/a.json', 'Q1', 'related[0]']);
  });

  it('roles of an unknown entity', () => {
    const e = errorOf({ 'generated/p.json': [entity('Q1', { roles: [{ title: 'Mayor', of: 'Q404', start: '2020', source: 'wikidata' }] })] });
    expect([e.file, e.entity, e.field]).toEqual(['data/generated/p.json', 'Q1', 'roles[0].of']);
  });

  it('endInferred without an end', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { roles: [{ title: 'Mayor', start: '2020', endInferred: true, source: 'wikidata' }] })] });
    expect(e.field).toBe('roles[0].endInferred');
  });
});

describe('data/variants adds the names the news writes, by id', () => {
  it('to hand and generated entries alike, checked like any alias', () => {
    const data = compileDataset(
      makeDataDir({
        'entities/a.json': [entity('bs:org/dhs', { name: 'Department of Homeland Security' })],
        'generated/b.json': [entity('Q1', { name: 'CVS Health' })],
        'variants/news.json': { 'bs:org/dhs': ['Homeland Security'], Q1: [{ text: 'CVS', case: 'exact' }] },
      }),
    );
    const names = (id: string) => data.entities.find((e) => e.id === id)!.aliases;
    expect(names('bs:org/dhs')).toEqual(['Homeland Security']);
    expect(names('Q1')).toEqual([{ text: 'CVS', case: 'exact' }]);
  });

  it('an unknown id, a repeated name or a bad alias fails, naming the file', () => {
    const base = { 'entities/a.json': [entity('Q1', { name: 'Acme', aliases: ['Acme Corp'] })] };
    let e = errorOf({ ...base, 'variants/v.json': { Q9: ['Nine'] } });
    expect([e.file, e.entity]).toEqual(['data/variants/v.json', 'Q9']);
    e = errorOf({ ...base, 'variants/v.json': { Q1: ['Acme Corp'] } });
    expect([e.file, e.entity, e.field]).toEqual(['data/variants/v.json', 'Q1', '[0]']);
    e = errorOf({ ...base, 'variants/v.json': { Q1: [{ text: 'ACME', case: 'loud' }] } });
    expect([e.file, e.entity, e.field]).toEqual(['data/variants/v.json', 'Q1', 'aliases[1].case']);
    e = errorOf({ ...base, 'entities/b.json': [entity('Q2', { name: 'Widget' })], 'variants/v.json': { Q2: ['Acme'] } });
    expect(e.message).toContain('mark it ambiguous on both');
    e = errorOf({ ...base, 'variants/v.json': { Q1: [{ text: 'Acme Corp' }] } });
    expect([e.file, e.entity, e.field]).toEqual(['data/variants/v.json', 'Q1', '[0]']);
  });

  it('restating a name with other flags sets them', () => {
    const data = compileDataset(
      makeDataDir({
        'generated/a.json': [entity('Q1', { name: 'Thaksin Shinawatra', aliases: [{ text: 'Thaksin', short: true }] })],
        'variants/v.json': { Q1: [{ text: 'Thaksin', short: true, unambiguous: true }] },
      }),
    );
    expect(data.entities[0]!.aliases).toEqual([{ text: 'Thaksin', short: true, unambiguous: true }]);
    const named = compileDataset(
      makeDataDir({
        'generated/a.json': [entity('Q1', { name: 'Democratic Alliance' })],
        'variants/v.json': { Q1: [{ text: 'Democratic Alliance', ambiguous: true }] },
      }),
    );
    expect(named.entities[0]!.aliases).toEqual([{ text: 'Democratic Alliance', ambiguous: true }]);
  });
});

describe('data/quiet.json keeps an entry for its card but never highlights it', () => {
  it('marks the entry quiet, and the matcher looks for none of its names', () => {
    const data = compileDataset(
      makeDataDir({
        'entities/a.json': [entity('bs:term/vaccine', { type: 'term', name: 'vaccine', aliases: ['vaccines'] }), entity('bs:term/filibuster', { type: 'term', name: 'filibuster' })],
        'quiet.json': { 'bs:term/vaccine': 'an everyday word' },
      }),
    );
    expect(data.entities.find((e) => e.id === 'bs:term/vaccine')!.quiet).toBe(true);
    expect(data.entities.find((e) => e.id === 'bs:term/filibuster')!.quiet).toBeUndefined();
    const matcher = createMatcher(matcherInputFromDataset(data.entities));
    const found = matcher.find(['The vaccines arrived before the filibuster ended.']).map((m) => m.id);
    expect(found).toEqual(['bs:term/filibuster']);
  });

  it('an unknown id or a missing reason fails, naming the file', () => {
    const base = { 'entities/a.json': [entity('Q1', { name: 'Acme' })] };
    let e = errorOf({ ...base, 'quiet.json': { Q9: 'gone' } });
    expect([e.file, e.entity]).toEqual(['data/quiet.json', 'Q9']);
    e = errorOf({ ...base, 'quiet.json': { Q1: '' } });
    expect([e.file, e.entity]).toEqual(['data/quiet.json', 'Q1']);
  });
});

describe('a shared name\'s primary sense: the entity meant when the page gives no evidence', () => {
  // "Congress" is the US Congress's primary sense; India's party shares it.
  const files = {
    'entities/a.json': [
      entity('Q30', { type: 'country', name: 'United States' }),
      entity('Q668', { type: 'country', name: 'India' }),
      entity('bs:org/us-congress', { type: 'organization', name: 'United States Congress', aliases: [{ text: 'Congress', ambiguous: true, primary: true }], related: ['Q30'] }),
      entity('bs:party/inc', { type: 'party', name: 'Indian National Congress', aliases: [{ text: 'Congress', ambiguous: true }], related: ['Q668'] }),
      entity('bs:party/labour', { type: 'party', name: 'Labour Party', aliases: [{ text: 'Labour', ambiguous: true, primary: true }] }),
      entity('bs:party/irish-labour', { type: 'party', name: 'Irish Labour Party', aliases: [{ text: 'Labour', ambiguous: true }], facts: [{ label: 'Country', value: 'Ireland', asOf: '2026', source: 'backstory' }] }),
    ],
  };
  const matcher = createMatcher(matcherInputFromDataset(compileDataset(makeDataDir(files)).entities));
  const ids = (...blocks: string[]) => matcher.find(blocks).map((m) => m.id);

  it('no evidence either way: the primary sense', () => {
    expect(ids('Congress passed the spending bill hours before the deadline.')).toEqual(['bs:org/us-congress']);
  });

  it('evidence for a rival: the rival', () => {
    expect(ids('In India, Congress lost the election.')).toEqual(['Q668', 'bs:party/inc']);
  });

  it('a rival with some evidence, but not enough to win: nothing', () => {
    // One context word of the Irish party's, in another paragraph: 1 point against the primary's 0.
    expect(ids('Ireland voted on Friday.', 'The count went to Labour.')).toEqual([]);
  });

  it('a sentence start that is also a common word never falls back to it', () => {
    expect(ids('Labour costs rose by three per cent.')).toEqual([]);
  });

  it('two entities claiming one text as primary fail the build, naming both', () => {
    const e = errorOf({
      'entities/a.json': [
        entity('Q1', { name: 'Acme Inc', aliases: [{ text: 'Acme', ambiguous: true, primary: true }] }),
        entity('Q2', { name: 'Acme Ltd', aliases: [{ text: 'Acme', ambiguous: true, primary: true }] }),
      ],
    });
    expect([e.file, e.entity, e.field]).toEqual(['data/entities/a.json', 'Q2', 'aliases[0]']);
    expect(e.message).toContain('"Q1"');
  });

  it('a primary alias that is not ambiguous fails the build', () => {
    const e = errorOf({ 'entities/a.json': [entity('Q1', { name: 'Acme Inc', aliases: [{ text: 'Acme', primary: true }] })] });
    expect([e.file, e.entity, e.field]).toEqual(['data/entities/a.json', 'Q1', 'aliases[0].primary']);
  });
});

describe('hand-written entries win over generated ones with the same id', () => {
  const dir = makeDataDir({
    'entities/hand.json': [entity('Q1', { name: 'Hand Name', summary: 'Reviewed.', roles: [{ title: 'US Secretary of State', of: 'Q2', start: '2013-02-01', source: 'backstory' }] })],
    'generated/gen.json': [
      entity('Q1', {
        name: 'Generated Name',
        summary: 'Generated.',
        aliases: [{ text: 'Hand', short: true }],
        facts: [{ label: 'Born', value: '1943', asOf: '1943', source: 'wikidata' }],
        roles: [
          { title: 'Secretary of State of the United States', of: 'Q2', start: '2013-02-01', source: 'wikidata' },
          { title: 'Senator', of: 'Q2', start: '1985', source: 'wikidata' },
        ],
      }),
      entity('Q2', { type: 'country', name: 'Country' }),
    ],
  });
  const merged = compileDataset(dir).entities.find((e) => e.id === 'Q1')!;

  it('keeps the hand name and summary and gains generated aliases and facts', () => {
    expect(merged.name).toBe('Hand Name');
    expect(merged.summary).toBe('Reviewed.');
    expect(merged.facts?.map((f) => f.label)).toEqual(['Born']);
    expect(merged.aliases).toContainEqual({ text: 'Hand', short: true });
  });

  it('does not duplicate a role the hand entry already states', () => {
    expect(merged.roles?.map((r) => r.title)).toEqual(['US Secretary of State', 'Senator']);
  });
});
