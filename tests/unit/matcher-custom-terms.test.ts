// The reader's own terms sit on top of the shipped index (issue 12): where a term
// of theirs and a dataset alias are the same words, theirs wins on their device —
// before, both became "shared" and neither reached the disambiguation threshold.
import { describe, expect, it } from 'vitest';
import { buildIndexFile, IndexFile, loadMatcher, matcherInputFromDataset } from '../../src/matcher';
import type { Entity } from '../../src/shared/dataset';
import { TEST_ENTITIES } from '../matcher-passages/entities';

const shipped = new IndexFile(buildIndexFile(matcherInputFromDataset(TEST_ENTITIES)));
const term = (id: string, name: string, aliases: string[] = []): Entity => ({
  id, type: 'term', name, aliases: aliases.map((text) => ({ text, case: 'auto' })), summary: 'My note.', sources: [{ source: 'custom' }], updated: '2026-12-02',
});
const find = (extra: Entity[], text: string) =>
  loadMatcher(shipped, extra.length ? matcherInputFromDataset(extra) : undefined).find([text]).map((m) => [m.text, m.id]);

describe('the reader’s own terms over the dataset', () => {
  it('a term named like a dataset alias wins ("Chase": the reader’s, not the bank)', () => {
    expect(find([], 'Customers of Chase reported an outage.')).toEqual([['Chase', 'Q192314']]);
    expect(find([term('custom:chase', 'Chase')], 'Customers of Chase reported an outage.')).toEqual([['Chase', 'custom:chase']]);
  });

  it('an alias of the reader’s wins the same way, and the dataset keeps every other name', () => {
    const found = find([term('custom:bank', 'My bank', ['Chase'])], 'Customers of Chase in Taiwan and Beijing waited.');
    expect(found).toEqual([['Chase', 'custom:bank'], ['Taiwan', 'Q865'], ['Beijing', 'Q956']]);
  });

  it('two terms of the reader’s own on the same words are still settled by context', () => {
    const found = find([term('custom:a', 'Chase', []), term('custom:b', 'Chase Lake', ['Chase'])], 'Customers of Chase reported an outage.');
    expect(found).toEqual([]);
  });
});
