import { describe, expect, it } from 'vitest';
import { createMatcher, matcherInputFromDataset } from '../../src/matcher';
import { compileDataset } from '../../tools/dataset/compile';
import { BREADTH_PASSAGES } from '../matcher-passages/breadth';
import { expectedMentions } from '../matcher-passages/score';

// The real dataset: these passages check the context rules on the entities people read about.
const matcher = createMatcher(matcherInputFromDataset(compileDataset('data').entities));

describe('matcher on the breadth passages (real dataset)', () => {
  for (const passage of BREADTH_PASSAGES) {
    it(passage.name, () => {
      const found = matcher.find(passage.blocks, passage.options);
      expect(found.map((m) => [m.id, m.text, m.block])).toEqual(expectedMentions(passage).map((m) => [m.id, m.text, m.block]));
    });
  }
});
