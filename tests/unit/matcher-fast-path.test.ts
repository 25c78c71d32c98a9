import { describe, expect, it } from 'vitest';
import { createMatcher } from '../../src/matcher';
import type { MatcherInput } from '../../src/matcher';

// Plain ASCII aliases skip the tokenizer when the index is built; the same alias
// written with a non-breaking space goes through it. Both must match alike.
function input(space: string): MatcherInput {
  return {
    entities: [
      { id: 'a', name: `Great${space}Hall of the People`, type: 'building' },
      { id: 'b', name: `greenhouse${space}gas emitters`, type: 'term' },
      { id: 'c', name: 'Kerry', type: 'person' },
    ],
    aliases: [
      { text: `Great${space}Hall of the People`, id: 'a', case: 'auto' },
      { text: `greenhouse${space}gas emitters`, id: 'b', case: 'auto' },
      { text: 'NATO', id: 'c', case: 'auto' },
    ],
  };
}

describe('index fast path for plain ASCII aliases', () => {
  it('matches exactly what the tokenizer path matches', () => {
    const blocks = [
      'Leaders met in the Great Hall of the People; the largest greenhouse gas emitter spoke.',
      'Greenhouse gas emitters and NATO allies, but not the great hall of the people or nato.',
    ];
    const fast = createMatcher(input(' ')).find(blocks);
    const slow = createMatcher(input('\u00a0')).find(blocks);
    expect(fast.map((m) => m.text)).toEqual(['Great Hall of the People', 'greenhouse gas emitter', 'Greenhouse gas emitters', 'NATO']);
    expect(fast).toEqual(slow);
  });
});
