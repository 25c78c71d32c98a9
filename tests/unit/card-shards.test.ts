import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildCard } from '../../src/shared/card';
import { cardContext, cardRecord, cardShardCount, cardShardOf, cardShards, datasetCardContext } from '../../src/shared/card-shards';
import { dataFiles, MATCHER_FILE, META_FILE, parseDataMeta, SEARCH_FILE } from '../../src/shared/data-files';
import type { CompiledDataset } from '../../src/shared/dataset';
import { compileDataset } from '../../tools/dataset/compile';
import { syntheticDataset } from '../../tools/bench/synthetic-dataset';
import { checkDataBudget, DATA_BUDGET, gzipData } from '../../tools/dataset/ship';

const DATES = ['1999-03-01', '2016-01-01', '2023-07-19', '2026-06-01'];

/** Every entity's card on every date, built from its shard and from the whole dataset, must be the same. */
function expectSameCards(dataset: CompiledDataset): number {
  const count = cardShardCount(dataset);
  const shards = cardShards(dataset, count);
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  let cards = 0;
  for (const asOf of DATES) {
    const whole = datasetCardContext(dataset, asOf, 'article');
    for (const entity of dataset.entities) {
      const record = cardRecord(shards[cardShardOf(entity.id, count)]!, entity.id)!;
      expect(buildCard(record.entity, cardContext(record, sources, asOf, 'article'))).toEqual(buildCard(entity, whole));
      cards++;
    }
  }
  return cards;
}

describe('card shards', () => {
  const real = compileDataset('data');

  it('give every card of the real dataset exactly as the whole dataset does, on any date', () => {
    expect(expectSameCards(real)).toBe(real.entities.length * DATES.length);
    // Every card of 81,500 entities on each date: ~25 s on an idle 2-core machine, over 60 s
    // when the machine is busy. The time grows with the dataset; it asserts sameness, not speed.
  }, 240_000);

  it('give country cards their leaders on the date, from the shard alone', () => {
    const count = cardShardCount(real);
    const china = cardRecord(cardShards(real, count)[cardShardOf('Q148', count)]!, 'Q148')!;
    const leaders = (china.leaders ?? []).map(([id]) => china.refs[id]![0]);
    expect(leaders.length).toBeGreaterThan(2);
    const card = buildCard(china.entity, cardContext(china, new Map(real.sources.map((s) => [s.id, s])), '2020-01-01', 'article'));
    expect(leaders.some((name) => card.atTime?.includes(name))).toBe(true);
  });

  it('agree on a synthetic dataset with leaders, namesakes and long related lists', () => {
    expect(expectSameCards(syntheticDataset(3000, 3))).toBe(3000 * DATES.length);
  }, 300_000);

  it('hold every entity once, in shards near the target size', () => {
    const dataset = syntheticDataset(20_000, 4);
    const count = cardShardCount(dataset);
    const shards = cardShards(dataset, count);
    expect(shards.reduce((n, s) => n + Object.keys(s.cards).length, 0)).toBe(dataset.entities.length);
    const largest = Math.max(...shards.map((s) => JSON.stringify(s).length));
    expect(largest).toBeLessThan(DATA_BUDGET.shardBytes);
    expect(count & (count - 1)).toBe(0);
  });
});

describe('the shipped data', () => {
  it('holds the index, the search names, the sources and every shard the meta file counts', () => {
    const files = dataFiles(syntheticDataset(2000, 1), gzipData);
    const meta = parseDataMeta(JSON.parse(String(files.get(META_FILE))));
    expect(meta.sources.map((s) => s.id)).toEqual(['synthetic', 'synthetic-facts']);
    expect([...files.keys()].filter((name) => name.startsWith('cards/'))).toHaveLength(meta.cardShards);
    expect(files.get(MATCHER_FILE)).toBeInstanceOf(Uint8Array);
    expect(JSON.parse(gunzipSync(files.get(SEARCH_FILE) as Uint8Array).toString('utf8')).rows).toHaveLength(2000);
  });

  it('is held to its budget, naming what is over and by how much', () => {
    const files = Object.fromEntries(dataFiles(syntheticDataset(500, 2), gzipData));
    expect(checkDataBudget(files).problems).toEqual([]);
    const tooBig = { ...files, [MATCHER_FILE]: new Uint8Array(DATA_BUDGET.matcherBytes + 1), 'cards/001.json.gz': 'x'.repeat(DATA_BUDGET.shardBytes + 1) };
    const { problems } = checkDataBudget(tooBig);
    expect(problems).toHaveLength(2);
    const kb = (DATA_BUDGET.matcherBytes / 1024).toLocaleString('en');
    expect(problems[0]).toContain(`data/matcher.bin is ${kb} KB, over its budget of ${kb} KB`);
    expect(problems[1]).toMatch(/data\/cards\/001\.json\.gz .* raise/);
  });
});
