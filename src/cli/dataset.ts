/**
 * The data the CLI reads: the files the build ships under `dist/chrome/data/`
 * (the same ones the extension reads, the same way), or a compiled dataset.json
 * made into those files in memory.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { createMatcher, IndexFile, loadMatcher, matcherInputFromDataset, type Matcher } from '../matcher';
import { cardIds, cardRecord, cardShardFile, cardShardOf, type CardRecord, type CardShard } from '../shared/card-shards';
import { dataFiles, MATCHER_FILE, META_FILE, parseDataMeta, SEARCH_FILE, type DataMeta } from '../shared/data-files';
import type { CompiledDataset, Entity } from '../shared/dataset';
import { isGzip } from '../shared/packed-json';
import { parseSearchIndex, type SearchIndex } from '../shared/search-index';

/** A runtime failure that is not the caller's fault in syntax: exit code 1. */
export class CliFailure extends Error {
  override name = 'CliFailure';
}

/** Where the data is: --dataset, then BACKSTORY_DATASET, then dist/chrome/data next to dist/cli.mjs. */
export function datasetPath(explicit: string | undefined): string {
  if (explicit) return explicit;
  const fromEnv = process.env.BACKSTORY_DATASET;
  if (fromEnv) return fromEnv;
  return fileURLToPath(new URL('./chrome/data/', import.meta.url));
}

/** The shipped files, read on demand. */
export class ShippedData {
  private matcherCache: Matcher | undefined;
  private searchCache: SearchIndex | undefined;
  private metaCache: DataMeta | undefined;

  constructor(
    private readonly where: string,
    private readonly read: (name: string) => Uint8Array | string | undefined,
  ) {}

  private file(name: string): Uint8Array | string {
    const contents = this.read(name);
    if (contents === undefined) throw new CliFailure(`${name} missing in ${this.where}; run "npm run build" again`);
    return contents;
  }

  private json(name: string): unknown {
    const contents = this.file(name);
    try {
      if (typeof contents === 'string') return JSON.parse(contents);
      return JSON.parse(new TextDecoder().decode(isGzip(contents) ? gunzipSync(contents) : contents));
    } catch (error) {
      throw new CliFailure(`${name} in ${this.where} is not valid JSON (${(error as Error).message})`);
    }
  }

  meta(): DataMeta {
    return (this.metaCache ??= parseDataMeta(this.json(META_FILE)));
  }

  matcher(): Matcher {
    const bytes = this.file(MATCHER_FILE);
    return (this.matcherCache ??= loadMatcher(new IndexFile(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes)));
  }

  search(): SearchIndex {
    return (this.searchCache ??= parseSearchIndex(this.json(SEARCH_FILE)));
  }

  /** Every entity, read from the card shards (for a matcher built as of a date). */
  entities(): Entity[] {
    const out: Entity[] = [];
    for (let shard = 0; shard < this.meta().cardShards; shard++) {
      const file = this.json(cardShardFile(shard)) as CardShard;
      for (const id of cardIds(file)) out.push(cardRecord(file, id)!.entity);
    }
    return out;
  }

  /**
   * The matcher for a page of `asOf` (a person's titles count only for roles held then),
   * built here from the entities; without a date, the shipped index.
   */
  matcherFor(asOf: string | undefined): Matcher {
    return asOf ? createMatcher(matcherInputFromDataset(this.entities(), { asOf })) : this.matcher();
  }

  /** An entity's card record, or undefined. */
  card(id: string): CardRecord | undefined {
    const shard = this.json(cardShardFile(cardShardOf(id, this.meta().cardShards))) as CardShard;
    return cardRecord(shard, id);
  }
}

/** Opens a data directory, or a compiled dataset.json; a missing or malformed one is a CliFailure. */
export function loadDataset(path: string): ShippedData {
  if (!existsSync(path)) throw new CliFailure(`dataset not found at ${path}; run "npm run build" first (or pass --dataset PATH)`);
  if (statSync(path).isDirectory()) {
    return new ShippedData(path, (name) => (existsSync(join(path, name)) ? readFileSync(join(path, name)) : undefined));
  }
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new CliFailure(`dataset at ${path} is not valid JSON (${(error as Error).message})`);
  }
  const dataset = data as Partial<CompiledDataset>;
  if (dataset.version !== 1 || !Array.isArray(dataset.entities)) {
    throw new CliFailure(`dataset at ${path} is not a version 1 Backstory dataset`);
  }
  // Read back at once from memory: compressing them only to inflate them again would be wasted.
  const encoder = new TextEncoder();
  const files = dataFiles(dataset as CompiledDataset, (text) => encoder.encode(text));
  return new ShippedData(path, (name) => files.get(name));
}
