import { describe, expect, it } from 'vitest';
import { longFormStart } from '../../src/matcher/acronyms';

/** The long form longFormStart finds in `before`, or undefined. */
const longForm = (acronym: string, before: string) => {
  const start = longFormStart(acronym, before);
  return start === undefined ? undefined : before.slice(start);
};

describe('the long form of a defined acronym', () => {
  it('takes the fewest words whose letters spell the acronym, the first at a word start', () => {
    expect(longForm('NASA', 'Raila Odinga led the National Super Alliance')).toBe('National Super Alliance');
    expect(longForm('IEBC', "Kenya's Independent Electoral and Boundaries Commission")).toBe('Independent Electoral and Boundaries Commission');
    expect(longForm('ICC', 'a ruling by the International Cricket Council')).toBe('International Cricket Council');
  });

  it('finds none when a letter is missing or the first letter starts no word', () => {
    expect(longForm('ICE', 'agents from the border bureau')).toBeUndefined();
    expect(longForm('NASA', 'the Pan-African Students Association')).toBeUndefined();
  });
});
