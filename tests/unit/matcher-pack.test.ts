import { describe, expect, it } from 'vitest';
import { createMatcher, matcherInputFromDataset, packMatcherInput, unpackMatcherInput } from '../../src/matcher';
import { TEST_ENTITIES } from '../matcher-passages/entities';
import { PASSAGES } from '../matcher-passages/passages';

const input = matcherInputFromDataset(TEST_ENTITIES);

describe('packMatcherInput', () => {
  it('round-trips through JSON to the same input', () => {
    const packed = JSON.parse(JSON.stringify(packMatcherInput(input)));
    expect(unpackMatcherInput(packed)).toEqual(input);
  });

  it('is smaller than the input it packs', () => {
    expect(JSON.stringify(packMatcherInput(input)).length).toBeLessThan(JSON.stringify(input).length * 0.8);
  });

  it('gives a matcher that finds exactly what the unpacked one finds', () => {
    const direct = createMatcher(input);
    const packed = createMatcher(unpackMatcherInput(JSON.parse(JSON.stringify(packMatcherInput(input)))));
    for (const passage of PASSAGES) {
      expect(packed.find(passage.blocks, { firstMentionOnly: false })).toEqual(direct.find(passage.blocks, { firstMentionOnly: false }));
    }
  });

  it('refuses a pack of another version', () => {
    expect(() => unpackMatcherInput({ ...packMatcherInput(input), version: 2 as 1 })).toThrow(/version 2/);
  });
});
