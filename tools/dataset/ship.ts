/**
 * The files the extension ships, made from the compiled dataset (see
 * src/shared/data-files.ts), and the size budget the build holds them to.
 */
import { gzipSync } from 'node:zlib';
import type { CompiledDataset } from '../../src/shared/dataset';
import { dataFiles, MATCHER_FILE, META_FILE, parseDataMeta, SEARCH_FILE } from '../../src/shared/data-files';

const MIB = 1024 * 1024;

/**
 * Budgets, from what each file costs a reader (measured in a cold Chromium service
 * worker, ~4 ms per MB fetched on the 2-core test machine; docs/performance.md):
 * - the matcher's index is read at every background start before the first
 *   answer: 10 MiB (6 MiB until 60,400 entities, 7 MiB until 81,500, 8 MiB until
 *   89,200, where the index stood at 96.5% of it). Chromium reads
 *   it from a copy kept in IndexedDB (~15 ms per MB on the slower machines of this
 *   kind), Firefox from the package; each MiB more is felt only by the first page
 *   after the background wakes, and the cold-start targets are set on
 *   synthetic data of a fixed size, which this budget does not change. The round
 *   after stop 46's would not fit in 7 MiB, the one after stop 51's not in 8; at
 *   ~90 KB per 1,000 entities, 10 MiB leaves room for about 25,000 more;
 * - a card reads one shard: 256 KiB keeps a card from a cold background near 5 ms;
 * - the search index is read on the first search in the popup;
 * - all data together: what the reader downloads and keeps on disk (the shards and
 *   the search names are gzip-compressed already; the matcher's index is not, as every
 *   background start reads it).
 */
export const DATA_BUDGET = {
  matcherBytes: 10 * MIB,
  shardBytes: 256 * 1024,
  searchBytes: 8 * MIB,
  totalBytes: 40 * MIB,
};

/** How the build compresses the files that ship packed (the smallest gzip; reading it is no slower). */
export const gzipData = (text: string): Uint8Array => gzipSync(text, { level: 9 });

/** File name (under `data/` in each build) → contents. */
export function shippedFiles(dataset: CompiledDataset): Record<string, string | Uint8Array> {
  return Object.fromEntries(dataFiles(dataset, gzipData));
}

/** The matcher's index among the files (its hash is the index's revision in the code). */
export function indexFileIn(files: Record<string, string | Uint8Array>): Uint8Array {
  const bytes = files[MATCHER_FILE];
  if (!(bytes instanceof Uint8Array)) throw new Error(`the shipped data has no ${MATCHER_FILE}`);
  return bytes;
}

/** How many card shards the files hold (the background's code is built knowing it). */
export function cardShardsIn(files: Record<string, string | Uint8Array>): number {
  return parseDataMeta(JSON.parse(String(files[META_FILE]))).cardShards;
}

const sizeOf = (contents: string | Uint8Array) => (typeof contents === 'string' ? Buffer.byteLength(contents) : contents.length);
const kb = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KB`;

export interface DataReport {
  /** One line for the build's output. */
  summary: string;
  /** What is over budget, one message each (empty when all is well). */
  problems: string[];
}

/** Sizes of the shipped data against DATA_BUDGET. */
export function checkDataBudget(files: Record<string, string | Uint8Array>): DataReport {
  const sizes = Object.entries(files).map(([name, contents]) => [name, sizeOf(contents)] as const);
  const total = sizes.reduce((n, [, size]) => n + size, 0);
  const shards = sizes.filter(([name]) => name.startsWith('cards/'));
  const [largestShard, largestShardBytes] = shards.reduce((best, entry) => (entry[1] > best[1] ? entry : best), ['none', 0] as const);
  const matcher = files[MATCHER_FILE] ? sizeOf(files[MATCHER_FILE]) : 0;
  const search = files[SEARCH_FILE] ? sizeOf(files[SEARCH_FILE]) : 0;
  const problems: string[] = [];
  const over = (what: string, bytes: number, budget: number, advice: string) => {
    if (bytes > budget) problems.push(`${what} is ${kb(bytes)}, over its budget of ${kb(budget)}: ${advice}`);
  };
  over(`data/${MATCHER_FILE}`, matcher, DATA_BUDGET.matcherBytes, 'every background start reads it before answering a page');
  over(`data/${largestShard}`, largestShardBytes, DATA_BUDGET.shardBytes, 'raise CARD_SHARDS in src/shared/card-shards.ts');
  over(`data/${SEARCH_FILE}`, search, DATA_BUDGET.searchBytes, 'the popup reads it on the first search');
  over('data/ in all', total, DATA_BUDGET.totalBytes, 'see DATA_BUDGET in tools/dataset/ship.ts');
  const summary = `data ${kb(total)} (${MATCHER_FILE} ${kb(matcher)}, ${shards.length} card shards up to ${kb(largestShardBytes)}, ${SEARCH_FILE} ${kb(search)})`;
  return { summary, problems };
}
