/**
 * One cold start, in a fresh Node process (bundled by tools/bench-matcher.mjs and
 * run by scale.ts): nothing compiled, nothing cached, as a background that just
 * woke. Prints one JSON line.
 *   node cold.mjs answer DATA_DIR PAGE_JSON   open the index, answer one page
 *   node cold.mjs card DATA_DIR ID            read one card
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { IndexFile, loadMatcher } from '../../src/matcher';
import { buildCard } from '../../src/shared/card';
import { cardContext, cardRecord, cardShardFile, cardShardOf, type CardShard } from '../../src/shared/card-shards';
import { MATCHER_FILE, META_FILE, parseDataMeta } from '../../src/shared/data-files';
import { kindOf } from '../../src/shared/dataset';

const [mode, dir, arg] = process.argv.slice(2) as [string, string, string];
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const used = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

if (mode === 'answer') {
  const blocks = JSON.parse(readFileSync(arg, 'utf8')) as string[];
  gc();
  const before = used();
  const t0 = performance.now();
  const file = new IndexFile(readFileSync(join(dir, MATCHER_FILE)));
  const t1 = performance.now();
  const matcher = loadMatcher(file);
  const mentions = matcher.find(blocks);
  // The answer names every entity found (matching-store.ts).
  const briefs = new Map(mentions.map(({ id }) => [id, matcher.entity(id)!]));
  for (const [, e] of briefs) kindOf(e.type);
  const t2 = performance.now();
  gc();
  const memoryMb = (used() - before) / 1048576;
  console.log(JSON.stringify({ openMs: t1 - t0, answerMs: t2 - t0, memoryMb, mentions: mentions.length }));
} else if (mode === 'card') {
  const t0 = performance.now();
  const meta = parseDataMeta(JSON.parse(readFileSync(join(dir, META_FILE), 'utf8')));
  const shard = JSON.parse(gunzipSync(readFileSync(join(dir, cardShardFile(cardShardOf(arg, meta.cardShards))))).toString('utf8')) as CardShard;
  const record = cardRecord(shard, arg)!;
  const card = buildCard(record.entity, cardContext(record, new Map(meta.sources.map((s) => [s.id, s])), '2024-05-01', 'article'));
  console.log(JSON.stringify({ cardMs: performance.now() - t0, name: card.name }));
} else throw new Error(`unknown mode ${mode}`);
