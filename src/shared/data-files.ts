/**
 * The files the extension ships under `data/`, made from the compiled dataset by
 * the build (and by the CLI in memory, given a dataset.json). Nothing reads the
 * whole dataset at run time: each reader opens the file it needs.
 * - `matcher.bin`: the matcher's index, prebuilt (src/matcher/README.md), read at
 *   every background start;
 * - `cards/NNN.json.gz`: entities with what their cards need (card-shards.ts);
 * - `search.json.gz`: names and aliases of every entity (search-index.ts);
 * - `meta.json`: the number of card shards, and the sources and their licences
 *   (cards name them; the credits list them).
 * The shards and the search names are gzip-compressed (packed-json.ts): the
 * writer passes the compressor, so this module stays free of Node's zlib.
 */
import { buildIndexFile, matcherInputFromDataset } from '../matcher';
import { cardShardCount, cardShardFile, cardShards } from './card-shards';
import type { CompiledDataset, SourceInfo } from './dataset';
import { searchIndexOf } from './search-index';

export const MATCHER_FILE = 'matcher.bin';
export const SEARCH_FILE = 'search.json.gz';
export const META_FILE = 'meta.json';
export const DATA_VERSION = 1;

export interface DataMeta {
  version: typeof DATA_VERSION;
  cardShards: number;
  sources: SourceInfo[];
}

/**
 * How a packed file's text is stored: gzip (Node's `zlib.gzipSync`) for what the build
 * writes; the CLI, which reads a compiled dataset's files back at once from memory,
 * leaves them plain (readers tell a packed file by its first bytes).
 */
export type Pack = (text: string) => Uint8Array;

/** Path under `data/` → contents. */
export function dataFiles(dataset: CompiledDataset, pack: Pack): Map<string, string | Uint8Array> {
  const files = new Map<string, string | Uint8Array>();
  const cardCount = cardShardCount(dataset);
  const meta: DataMeta = { version: DATA_VERSION, cardShards: cardCount, sources: dataset.sources };
  files.set(META_FILE, JSON.stringify(meta));
  files.set(MATCHER_FILE, buildIndexFile(matcherInputFromDataset(dataset.entities)));
  files.set(SEARCH_FILE, pack(JSON.stringify(searchIndexOf(dataset))));
  cardShards(dataset, cardCount).forEach((shard, k) => files.set(cardShardFile(k), pack(JSON.stringify(shard))));
  return files;
}

/** Checks what was read from `meta.json`. */
export function parseDataMeta(json: unknown): DataMeta {
  const meta = json as Partial<DataMeta>;
  if (meta?.version !== DATA_VERSION || !Number.isInteger(meta.cardShards) || !Array.isArray(meta.sources)) {
    throw new Error(`data/meta.json is not version ${DATA_VERSION}`);
  }
  return meta as DataMeta;
}
