import { describe, expect, it } from 'vitest';
import { createMatcher, matcherInputFromDataset } from '../../src/matcher';
import { TEST_ENTITIES } from '../matcher-passages/entities';
import { PASSAGES } from '../matcher-passages/passages';
import { expectedMentions } from '../matcher-passages/score';

const matcher = createMatcher(matcherInputFromDataset(TEST_ENTITIES));

describe('matcher on the written passages', () => {
  for (const passage of PASSAGES) {
    it(passage.name, () => {
      const found = matcher.find(passage.blocks, passage.options);
      expect(found).toEqual(expectedMentions(passage));
    });
  }
});
