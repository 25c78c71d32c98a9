import { describe, expect, it } from 'vitest';
import { createMatcher, matcherInputFromDataset } from '../../src/matcher';
import { TEST_ENTITIES } from '../matcher-passages/entities';

const matcher = createMatcher(matcherInputFromDataset(TEST_ENTITIES));
const every = {};

describe('matcher offsets and options', () => {
  it('reports offsets into the blocks exactly as passed in, whatever normalization did', () => {
    const blocks = ['«São\u00a0Paulo» and Bei\u00adjing', 'x\u0301 Taiwan’s US-China'];
    const found = matcher.find(blocks, every);
    expect(found.length).toBe(5);
    for (const m of found) expect(blocks[m.block]!.slice(m.start, m.end)).toBe(m.text);
    expect(found.map((m) => m.text)).toEqual(['São\u00a0Paulo', 'Bei\u00adjing', 'Taiwan', 'US', 'China']);
  });

  it('is deterministic and in document order', () => {
    const blocks = ['Chinese officials met US envoys.', 'China and Taiwan, then the US again.'];
    const first = matcher.find(blocks, every);
    expect(matcher.find(blocks, every)).toEqual(first);
    const positions = first.map((m) => m.block * 1000 + m.start);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('reports every mention: showing first mentions only is the page’s choice, made there', () => {
    const found = matcher.find(['The US and the US.', 'U.S. again.']);
    expect(found.map((m) => [m.block, m.text])).toEqual([[0, 'US'], [0, 'US'], [1, 'U.S.']]);
  });

  it('takes entities the page named in earlier batches as named before: a later "Kerry said" matches', () => {
    const later = ['Kerry said the talks would go on.'];
    expect(matcher.find(later, every)).toEqual([]);
    expect(matcher.find(later, { ...every, known: ['Q22316'] }).map((m) => [m.text, m.id])).toEqual([['Kerry', 'Q22316']]);
    // An id the index does not know is ignored, not an error.
    expect(matcher.find(later, { ...every, known: ['Q0'] })).toEqual([]);
  });

  it('says whether a page could match at all, without a false "no" where blocks run together', () => {
    expect(matcher.mayFind('Officials met for a second day of talks about the river.')).toBe(false);
    expect(matcher.mayFind('Officials met in Taiwan.')).toBe(true);
    // textContent joins blocks: "…met in" + "Taiwan said…" reads "inTaiwan", "2024Taiwan".
    expect(matcher.mayFind('The talks ended in 2024Taiwan said no.')).toBe(true);
    expect(matcher.mayFind('They metTaiwan officials.')).toBe(true);
    // A surname alone shows nothing on a page that names no one yet: no scan for it. After a
    // title or an honorific it may be the person, and after the full name it is.
    expect(matcher.mayFind('Kerry said the talks would go on.')).toBe(false);
    expect(matcher.mayFind('Secretary Kerry said the talks would go on.')).toBe(true);
    expect(matcher.mayFind('Mr. Kerry said the talks would go on.')).toBe(true);
    expect(matcher.mayFind('John Kerry arrived. Kerry said the talks would go on.')).toBe(true);
    // Its "no" agrees with find on the same text.
    for (const text of ['Chinese officials met US envoys.', 'A quiet day by the river.', 'Kerry said the talks would go on.']) {
      expect(matcher.mayFind(text)).toBe(matcher.find([text], every).length > 0);
    }
  });

  it('returns nothing for empty input and pages without names', () => {
    expect(matcher.find([])).toEqual([]);
    expect(matcher.find(['', '   ', 'Nothing to see here.'])).toEqual([]);
  });

  it('builds from the dataset with context words and related ids', () => {
    const input = matcherInputFromDataset(TEST_ENTITIES);
    const georgia = input.entities.find((e) => e.id === 'Q230')!;
    expect(georgia.context).toEqual(expect.arrayContaining(['Tbilisi', 'Caucasus']));
    const kerry = input.aliases.find((a) => a.text === 'Kerry')!;
    expect(kerry).toMatchObject({ id: 'Q22316', short: true, case: 'auto' });
    expect(input.entities.find((e) => e.id === 'Q15031')!.related).toContain('Q148');
  });
});
