import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/matcher';
import { HashFilter, hashText } from '../../src/matcher/hash';
import { PageWords } from '../../src/matcher/page-words';
import { tokenize } from '../../src/matcher/tokens';

describe('matcher word hashes', () => {
  it('hashes each token exactly as its folded word, whatever the script or invisible characters', () => {
    const tokens = tokenize('São PAULO Bei\u00adjing e\u0301te Straße x\u0301 İstanbul 2024 naïve');
    expect(tokens.count).toBe(9);
    for (let i = 0; i < tokens.count; i++) expect(tokens.hashes[i]).toBe(hashText(tokens.word(i)));
    expect(tokens.words(0, 2)).toEqual(['sao', 'paulo', 'beijing']);
  });

  it('never answers no for a word it holds', () => {
    const filter = new HashFilter();
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`);
    for (const w of words) filter.add(hashText(w));
    expect(words.every((w) => filter.mayHave(hashText(w)))).toBe(true);
    const others = Array.from({ length: 5000 }, (_, i) => `other${i}`);
    expect(others.filter((w) => filter.mayHave(hashText(w))).length).toBeLessThan(250);
  });

  it('is sized to its words, and a small one still never answers no for a word it holds', () => {
    expect(HashFilter.bitsFor(100)).toBe(11);
    expect(HashFilter.bitsFor(10_000)).toBe(18);
    expect(HashFilter.bitsFor(1_000_000)).toBe(20);
    const words = Array.from({ length: 3000 }, (_, i) => `w${i}`);
    const filter = new HashFilter(HashFilter.bitsFor(words.length));
    for (const w of words) filter.add(hashText(w));
    expect(words.every((w) => filter.mayHave(hashText(w)))).toBe(true);
    const others = Array.from({ length: 5000 }, (_, i) => `other${i}`);
    expect(others.filter((w) => filter.mayHave(hashText(w))).length).toBeLessThan(100);
  });

  it('knows which words a page has, and which it also writes in lower case', () => {
    const page = new PageWords([tokenize('May said Turkey would'), tokenize('carve the turkey in May')]);
    expect(page.has('turkey')).toBe(true);
    expect(page.has('chase')).toBe(false);
    expect(page.hasLowercase('turkey')).toBe(true);
    expect(page.hasLowercase('may')).toBe(false);
  });
});

describe('matcher lookups that skip strings', () => {
  const matcher = createMatcher({
    entities: [
      { id: 'Q1', name: 'sanction', type: 'term' },
      { id: 'Q2', name: 'policy', type: 'term' },
      { id: 'Q3', name: 'Straße', type: 'term' },
      { id: 'Q4', name: 'Ana Pérez', type: 'person' },
    ],
    aliases: [
      { text: 'sanction', id: 'Q1', case: 'auto' },
      { text: 'policy', id: 'Q2', case: 'auto' },
      { text: 'straße', id: 'Q3', case: 'auto' },
      { text: 'Ana Pérez', id: 'Q4', case: 'auto' },
    ],
  });
  const every = {};

  it('finds plurals of terms whose singular starts an alias (s, es, ies)', () => {
    const found = matcher.find(['New SANCTIONS and policies.'], every);
    expect(found.map((m) => [m.text, m.id])).toEqual([['SANCTIONS', 'Q1'], ['policies', 'Q2']]);
  });

  it('finds non-ASCII words and plurals through the folded string', () => {
    const found = matcher.find(['Die Straßes, ANA PEREZ and Ana Perez.'], every);
    expect(found.map((m) => [m.text, m.id])).toEqual([['Straßes', 'Q3'], ['ANA PEREZ', 'Q4'], ['Ana Perez', 'Q4']]);
  });

  it('keeps the case rule of names: lower-case words are not a name', () => {
    expect(matcher.find(['ana pérez spoke.'], every)).toEqual([]);
  });
});
