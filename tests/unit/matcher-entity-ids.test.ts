import { describe, expect, it } from 'vitest';
import { buildIndexFile, IndexFile, type MatcherInput } from '../../src/matcher';
import { readContainer } from '../../src/matcher/binary';
import { slugOf } from '../../src/matcher/entity-ids';
import { INDEX_VERSION } from '../../src/matcher/index-build';
import type { MatcherEntity } from '../../src/matcher/types';

/** An index of these entities, each with its name as its one alias. */
function indexOf(entities: MatcherEntity[]): { file: IndexFile; bytes: Uint8Array } {
  const input: MatcherInput = { entities, aliases: entities.map(({ id, name }) => ({ id, text: name, case: 'auto' as const })) };
  const bytes = buildIndexFile(input);
  return { file: new IndexFile(bytes), bytes };
}

const sectionBytes = (bytes: Uint8Array, name: string) => readContainer(bytes, INDEX_VERSION).section(name).length;

describe('entity ids in the index file', () => {
  it('makes slugs the way our ids are written, and none where browsers could differ', () => {
    expect(slugOf('Wang Yi')).toBe('wang-yi');
    expect(slugOf("Kevin O'Leary")).toBe('kevin-oleary');
    expect(slugOf('Zéphirin Diabré')).toBe('zephirin-diabre');
    expect(slugOf('U.S. Court of Appeals for the Fourth Circuit')).toBe('us-court-of-appeals-for-the-fourth-circuit');
    expect(slugOf('Dallas–Fort Worth metroplex')).toBe('dallas-fort-worth-metroplex');
    expect(slugOf('习近平')).toBeUndefined();
    expect(slugOf('...')).toBeUndefined();
  });

  it('reads every kind of id back exactly and finds each entity by it', () => {
    const entities: MatcherEntity[] = [
      { id: 'Q148', name: 'China', type: 'country' },
      { id: 'bs:person/wang-yi', name: 'Wang Yi', type: 'person' },
      { id: 'bs:person/kevin-oleary', name: "Kevin O'Leary", type: 'person' },
      { id: 'bs:person/dan-rogers-csis', name: 'Dan Rogers', type: 'person' },
      { id: 'bs:city/wroclaw', name: 'Wrocław', type: 'city' },
      { id: 'bs:org/wmata', name: 'Washington Metropolitan Area Transit Authority', type: 'organization' },
      { id: 'bs:org/house-of-lords', name: 'House of Lords', type: 'organization' },
      { id: 'bs:place/green-zone', name: 'Green Zone', type: 'region' },
      { id: 'bs:region/donbas', name: 'Donbas', type: 'region' },
      { id: 'bs:region/crimea', name: 'Crimea', type: 'region' },
      { id: 'Q4294967295', name: 'Largest Wikidata number', type: 'term' },
      { id: 'Q4294967296', name: 'Beyond it', type: 'term' },
      { id: 'custom:abc', name: '习近平', type: 'person' },
    ];
    const { file } = indexOf(entities);
    entities.forEach(({ id }, e) => {
      expect(file.entityId(e)).toBe(id);
      expect(file.entityIndex(id)).toBe(e);
    });
    expect(file.entityIndex('bs:person/wang-y')).toBe(-1);
    expect(file.entityIndex('Q149')).toBe(-1);
    expect(file.entityIndex('')).toBe(-1);
  });

  it('keeps no text for ids made from names, and finds the last of two entities that share an id', () => {
    const people: MatcherEntity[] = Array.from({ length: 500 }, (_, k) => ({ id: `bs:person/person-${k}`, name: `Person ${k}`, type: 'person' }));
    expect(sectionBytes(indexOf(people).bytes, 'entity.id')).toBe(0);
    const { file } = indexOf([...people, { id: 'bs:person/person-7', name: 'Another Person', type: 'person' }]);
    expect(file.entityId(321)).toBe('bs:person/person-321');
    expect(file.entityIndex('bs:person/person-7')).toBe(500);
    expect(file.entityIndex('bs:person/person-8')).toBe(8);
  });

  it('counts Wikidata ids across blocks of entities of every kind', () => {
    const entities: MatcherEntity[] = Array.from({ length: 700 }, (_, k) =>
      k % 3 === 0 ? { id: `Q${1000 + k}`, name: `Thing ${k}`, type: 'term' } : k % 3 === 1 ? { id: `bs:term/thing-${k}`, name: `Thing ${k}`, type: 'term' } : { id: `x:${k}`, name: `Thing ${k}`, type: 'term' },
    );
    const { file } = indexOf(entities);
    entities.forEach(({ id }, e) => expect(file.entityId(e)).toBe(id));
    expect(file.entityIndex('Q1699')).toBe(699);
  });
});
