// The matcher's word lists: each entry written the way page words are folded (or
// it could never match), no list repeating itself, and for each list a case its
// rule decides — so emptying a list, or breaking an entry, fails a test here.
import { describe, expect, it } from 'vitest';
import { createMatcher, matcherInputFromDataset } from '../../src/matcher';
import { foldText } from '../../src/matcher/tokens';
import { WORD_LISTS } from '../../src/matcher/words';
import type { Entity } from '../../src/shared/dataset';

const person = (id: string, name: string, surname: string, summary: string, role?: string): Entity => ({
  id, type: 'person', name, aliases: [{ text: surname, short: true }], summary, sources: [{ source: 'test' }], updated: '2026-01-01',
  ...(role ? { roles: [{ title: role, start: '2013', source: 'test' }] } : {}),
});
const ENTITIES: Entity[] = [
  person('Q-charles', 'Pierre Charles', 'Charles', 'Prime minister of Dominica.'),
  person('Q-kerry', 'John Kerry', 'Kerry', 'American diplomat.', 'Secretary of State'),
  person('Q-may', 'Theresa May', 'May', 'British prime minister.'),
  { id: 'Q-jan6', type: 'event', name: 'January 6 attack', aliases: [{ text: 'January 6', ambiguous: true }], summary: 'Attack on the Capitol by supporters of Trump.', sources: [{ source: 'test' }], updated: '2026-01-01' },
  { id: 'Q-jordan', type: 'country', name: 'Jordan', summary: 'Country in the Middle East.', sources: [{ source: 'test' }], updated: '2026-01-01' },
  { id: 'Q-chase', type: 'company', name: 'Chase', summary: 'American bank.', sources: [{ source: 'test' }], updated: '2026-01-01' },
  // Two places share "Springfield"; one is described only in words too common to be evidence.
  {
    id: 'Q-spring-il', type: 'city', name: 'Springfield, Illinois', aliases: [{ text: 'Springfield', ambiguous: true }], summary: 'A city.',
    facts: [{ label: 'Known for', value: 'the city of the council and the mayor', asOf: '2025', source: 'test' }], sources: [{ source: 'test' }], updated: '2026-01-01',
  },
  { id: 'Q-spring-ma', type: 'city', name: 'Springfield, Massachusetts', aliases: [{ text: 'Springfield', ambiguous: true }], summary: 'Holyoke Connecticut valley city.', sources: [{ source: 'test' }], updated: '2026-01-01' },
];
const matcher = createMatcher(matcherInputFromDataset(ENTITIES));
const found = (...blocks: string[]) => matcher.find(blocks).map((m) => [m.text, m.id]);

describe('word lists', () => {
  for (const [name, list] of Object.entries(WORD_LISTS) as [string, readonly string[]][]) {
    it(`${name}: every entry folded as page words are, none repeated`, () => {
      expect(list.filter((word) => foldText(word) !== word)).toEqual([]);
      expect(list.filter((word, i) => list.indexOf(word) !== i)).toEqual([]);
      expect(list.length).toBeGreaterThan(0);
    });
  }
});

describe('the rule each list drives', () => {
  it('GIVEN_NAMES: a title before a given name proves nothing ("Mr Charles" is not Pierre Charles)', () => {
    // Both people are named later on the page, so only the given name keeps "Charles" plain.
    expect(found('Mr Charles said the vote would wait.', 'Pierre Charles left.')).toEqual([['Pierre Charles', 'Q-charles']]);
    expect(found('Mr Kerry said the vote would wait.', 'John Kerry left.')).toEqual([['Kerry', 'Q-kerry'], ['John Kerry', 'Q-kerry']]);
  });

  it('TITLES and HONORIFICS: a role title must fit the person, an honorific fits anyone the page is about', () => {
    expect(found('Secretary Kerry spoke.')).toEqual([['Kerry', 'Q-kerry']]);
    expect(found('Dr Kerry spoke.')).toEqual([]);
    expect(found('Dr Kerry spoke.', 'John Kerry left.')).toEqual([['Kerry', 'Q-kerry'], ['John Kerry', 'Q-kerry']]);
    expect(found('Judge Kerry spoke.')).toEqual([]);
    expect(found('Captain Kerry spoke.')).toEqual([]);
  });

  it('FORENAMES: a place after a given name, even at a sentence start, is a person\'s surname', () => {
    expect(found('Scott Jordan spoke.')).toEqual([]);
    expect(found('The coach, Scott Jordan, spoke.')).toEqual([]);
    expect(found('Officials in Jordan spoke.')).toEqual([['Jordan', 'Q-jordan']]);
  });

  it('COMMON_WORDS: a common word at a sentence start proves nothing', () => {
    expect(found('Chase the ball, the coach shouted.')).toEqual([]);
    expect(found('Customers of Chase waited.')).toEqual([['Chase', 'Q-chase']]);
  });

  it('MONTHS and DATE_WORDS: "in May" is a date even after Theresa May is named', () => {
    expect(found('Theresa May resigned.', 'In May she had promised stability. May said so again.')).toEqual([
      ['Theresa May', 'Q-may'],
      ['May', 'Q-may'],
    ]);
  });

  it('MONTH_ABBREVIATIONS and WEEKDAYS: a month and day with a year or a weekday are a calendar date, not an event named after it', () => {
    expect(found('Supporters of Trump stormed the Capitol. Trump was impeached over January 6.')).toEqual([['January 6', 'Q-jan6']]);
    expect(found('Supporters of Trump stormed the Capitol. The judge was sworn in on Monday, January 6, and again on Jan. 6, 2020.')).toEqual([]);
  });

  it('STOPWORDS: words like "the" and "of" are no evidence for a shared name', () => {
    expect(found('The aldermen of the town and the clerk of Springfield met.')).toEqual([]);
    expect(found('The Connecticut valley town of Springfield met.')).toEqual([['Springfield', 'Q-spring-ma']]);
  });
});
