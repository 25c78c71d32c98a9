/** The import steps issue 10 added: identity merge, shared-on-purpose aliases, popularity, accent folding. */
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../src/shared/dataset';
import { mergeByIdentity } from '../../tools/import/identity';
import { foldAlias } from '../../tools/import/lib/text';
import { resolveCollisions } from '../../tools/import/resolve';

const e = (id: string, type: Entity['type'], name: string, extra: Partial<Entity> = {}): Entity => ({
  id, type, name, summary: 's', sources: [{ source: 'backstory' }], updated: '2026-01-01', ...extra,
});

describe('mergeByIdentity', () => {
  it('merges two records with one QID, the first source winning its name', () => {
    const { groups } = mergeByIdentity([], [['a', [e('Q5', 'person', 'Ada Lovelace', { facts: [{ label: 'Born', value: '1815', asOf: '1815', source: 'backstory' }] })]], ['b', [e('Q5', 'person', 'Augusta Ada King', { popularity: 90 })]]]);
    const all = groups.flatMap(([, list]) => list);
    expect(all).toHaveLength(1);
    expect(all[0]!.name).toBe('Ada Lovelace');
    expect(all[0]!.popularity).toBe(90);
    expect(all[0]!.aliases).toContain('Augusta Ada King');
  });
  it('folds a QID record into the bs: record of the same name, keeping the id others link to', () => {
    const { groups, renamed } = mergeByIdentity([], [['companies', [e('bs:company/netflix', 'company', 'Netflix')]], ['wikidata', [e('Q907311', 'company', 'Netflix', { popularity: 143 }), e('Q1', 'event', 'Launch', { related: ['Q907311'] })]]]);
    expect(renamed.get('Q907311')).toBe('bs:company/netflix');
    const byId = new Map(groups.flatMap(([, list]) => list).map((x) => [x.id, x]));
    expect(byId.has('Q907311')).toBe(false);
    expect(byId.get('bs:company/netflix')!.popularity).toBe(143);
    expect(byId.get('Q1')!.related).toEqual(['bs:company/netflix']);
  });
  it('re-keys a generated record to the hand entry that carries its name, in the hand entry type', () => {
    const hand = [e('bs:media/cnn', 'media', 'CNN', { aliases: ['Cable News Network'] })];
    const { groups } = mergeByIdentity(hand, [['wikidata', [e('Q48340', 'company', 'Cable News Network')]]]);
    expect(groups[0]![1][0]).toMatchObject({ id: 'bs:media/cnn', type: 'media' });
  });
  it('leaves a generated namesake its own id where the hand entry marks its own name ambiguous', () => {
    const hand = [e('bs:city/cambridge', 'city', 'Cambridge', { aliases: [{ text: 'Cambridge', ambiguous: true }] })];
    const generated = [e('bs:city/cambridge', 'city', 'Cambridge'), e('bs:city/cambridge-us', 'city', 'Cambridge'), e('bs:city/cambridge-ca', 'city', 'Cambridge')];
    const { groups, renamed } = mergeByIdentity(hand, [['cities', generated]]);
    expect(renamed.size).toBe(0);
    expect(groups[0]![1].map((x) => x.id).sort()).toEqual(['bs:city/cambridge', 'bs:city/cambridge-ca', 'bs:city/cambridge-us']);
  });
  it('keeps a generated record whose id a hand entry reuses, even when another hand entry carries its name', () => {
    const hand = [
      e('bs:city/palma-mozambique', 'city', 'Palma', { related: ['Q1029'] }),
      e('bs:city/palma', 'city', 'Palma', { related: ['Q29'] }),
    ];
    const { groups, renamed } = mergeByIdentity(hand, [['cities', [e('bs:city/palma', 'city', 'Palma', { related: ['Q29'] })]]]);
    expect(renamed.size).toBe(0);
    expect(groups[0]![1].map((x) => x.id)).toEqual(['bs:city/palma']);
  });
  it("never re-keys another country's party to a hand party of its name; its own country's hand party takes it", () => {
    const hand = [
      e('bs:party/democratic-party-us', 'party', 'Democratic Party', { related: ['Q30'] }),
      e('bs:party/democratic-party-italy', 'party', 'Democratic Party (Italy)', { related: ['Q38'] }),
    ];
    const generated = [
      e('bs:party/democratic-party-br', 'party', 'Democratic Party', { related: ['Q155'] }),
      e('bs:party/democratic-party-it', 'party', 'Democratic Party', { related: ['Q38'] }),
      e('bs:party/democratic-party-x', 'party', 'Democratic Party', { related: ['Q30'] }),
    ];
    const { groups } = mergeByIdentity(hand, [['factbook', generated]]);
    expect(groups[0]![1].map((x) => x.id).sort()).toEqual(['bs:party/democratic-party-br', 'bs:party/democratic-party-italy', 'bs:party/democratic-party-us']);
  });
  it('never merges two people by name', () => {
    const { groups } = mergeByIdentity([], [['a', [e('Q1', 'person', 'John Smith')]], ['b', [e('Q2', 'person', 'John Smith')]]]);
    expect(groups.flatMap(([, list]) => list)).toHaveLength(2);
  });
});

describe('resolveCollisions for the new kinds', () => {
  it('keeps an alias shared on purpose by a lower-priority entity, ambiguous on both', () => {
    const { entities } = resolveCollisions([], [e('Q230', 'country', 'Georgia'), e('Q1428', 'region', 'Georgia (US state)', { aliases: [{ text: 'Georgia', ambiguous: true }] })]);
    for (const x of entities) expect(x.aliases).toContainEqual({ text: 'Georgia', ambiguous: true });
  });
  it('gives a shared name to the namesake many more Wikipedias know', () => {
    const { entities, dropped } = resolveCollisions([], [e('Q12506', 'building', 'Hagia Sophia', { popularity: 150 }), e('Q1568660', 'building', 'Hagia Sophia', { popularity: 20 })]);
    expect(entities.map((x) => x.id)).toEqual(['Q12506']);
    expect(dropped.map((d) => d.id)).toEqual(['Q1568660']);
  });
  it('lets close namesakes share the name by context', () => {
    const { entities } = resolveCollisions([], [e('Q1', 'building', 'Old Bridge', { popularity: 30 }), e('Q2', 'building', 'Old Bridge', { popularity: 20 })]);
    expect(entities).toHaveLength(2);
    for (const x of entities) expect(x.aliases).toContainEqual({ text: 'Old Bridge', ambiguous: true });
  });
  it('sees accented and plain spellings as one text, as the matcher does', () => {
    expect(foldAlias('Los Ángeles')).toBe(foldAlias('Los Angeles'));
    const { entities } = resolveCollisions([], [e('bs:city/los-angeles', 'city', 'Los Angeles'), e('bs:city/los-angeles-cl', 'city', 'Los Ángeles')]);
    for (const x of entities) expect(x.aliases?.some((a) => typeof a !== 'string' && a.ambiguous)).toBe(true);
  });
});

describe('years from the Wikidata Query Service', () => {
  it('reads astronomical numbering: year 0 is 1 BC, -337 is 338 BC (Chaeronea), -322 is 323 BC (Alexander)', async () => {
    const { yearText } = await import('../../tools/import/wikitrivia-categories');
    expect(yearText('-0337')).toBe('338 BC');
    expect(yearText('-322')).toBe('323 BC');
    expect(yearText('0')).toBe('1 BC');
    expect(yearText('1')).toBe('1');
    expect(yearText('1643')).toBe('1643');
  });
});

describe('names of weapons and aircraft', () => {
  it('takes the designation and an all-capital programme name, not a word or surname after it', async () => {
    const { designationAliases } = await import('../../tools/import/wikitrivia-categories');
    expect(designationAliases('General Dynamics F-16 Fighting Falcon')).toEqual(['General Dynamics F-16', 'F-16 Fighting Falcon', 'F-16']);
    expect(designationAliases('M142 HIMARS')).toEqual(['M142', 'HIMARS']);
    expect(designationAliases('Airbus A320 family')).toEqual(['Airbus A320', 'A320']);
    expect(designationAliases('Sukhoi Su-57')).toEqual(['Su-57']);
    // "Abrams" is a surname, "Javelin" a sport; "M1" and "M4" are too short to stand alone.
    expect(designationAliases('M1 Abrams')).toEqual([]);
    expect(designationAliases('FGM-148 Javelin')).toEqual(['FGM-148']);
    expect(designationAliases('Leopard 2')).toEqual([]);
  });
});
