/**
 * The background answers cards, search and credits, so no tab ever reads the
 * dataset, and it never reads the whole dataset either: a card reads the one
 * shard its entity is in (`data/cards/`) and the sources (`data/meta.json`), the
 * search reads the names and aliases (`data/search.json`), the credits read the
 * sources. The reader's custom terms are merged in (their ids have a prefix of
 * their own, so a card knows where to look).
 */
import { buildCard, type CardModel } from '../shared/card';
import { cardContext, cardRecord, cardShardFile, cardShardOf, CARD_SHARD_VERSION, type CardShard } from '../shared/card-shards';
import { META_FILE, parseDataMeta, SEARCH_FILE } from '../shared/data-files';
import type { SourceInfo } from '../shared/dataset';
import { today } from '../shared/dates';
import { CUSTOM_ID_PREFIX } from '../shared/custom-terms';
import { translate } from './translate';
import type { SearchResult } from '../shared/messages';
import { parseSearchIndex } from '../shared/search-index';
import { CUSTOM_SOURCE, customEntity, readCustomTerms } from './custom-entities';
import { getMatcher } from './matching-store';
import { packagedFile } from './packaged';
import { searchableOf, searchEntries, type Searchable } from './search';

/** How many card shards the build wrote (build.mjs defines it from the data it ships). */
declare const __CARD_SHARDS__: number;

const loadMeta = packagedFile(`data/${META_FILE}`, (json) => {
  const meta = parseDataMeta(json);
  if (meta.cardShards !== __CARD_SHARDS__) throw new Error(`data/${META_FILE} has ${meta.cardShards} card shards, the code expects ${__CARD_SHARDS__}`);
  return { ...meta, sourceMap: new Map(meta.sources.map((source) => [source.id, source])) };
});
const loadSearchIndex = packagedFile(`data/${SEARCH_FILE}`, parseSearchIndex);
const shardLoaders = new Map<number, () => Promise<CardShard>>();

function parseShard(json: unknown): CardShard {
  const shard = json as CardShard;
  if (shard?.version !== CARD_SHARD_VERSION) throw new Error(`card shard is not version ${CARD_SHARD_VERSION}`);
  return shard;
}

function loadShard(shard: number): Promise<CardShard> {
  let load = shardLoaders.get(shard);
  if (!load) shardLoaders.set(shard, (load = packagedFile(`data/${cardShardFile(shard)}`, parseShard)));
  return load();
}

/** The card for one entity on a date (the article's, else today). */
export async function lookupCard(id: string, asOf: string | undefined): Promise<CardModel | undefined> {
  const day = asOf ?? today();
  const origin = asOf ? 'article' : 'today';
  if (id.startsWith(CUSTOM_ID_PREFIX)) {
    // The reader's own entry (only those ids have the prefix) cites only the reader and refers to no other entity.
    const term = (await readCustomTerms()).terms.find((t) => t.id === id);
    if (!term) return undefined;
    return buildCard(customEntity(term), { t: translate, asOf: day, asOfOrigin: origin, lookup: () => undefined, sources: new Map([[CUSTOM_SOURCE.id, CUSTOM_SOURCE]]) });
  }
  const [shard, meta] = await Promise.all([loadShard(cardShardOf(id, __CARD_SHARDS__)), loadMeta()]);
  const record = cardRecord(shard, id);
  if (!record) return undefined;
  return buildCard(record.entity, { ...cardContext(record, meta.sourceMap, day, origin), t: translate });
}

let searchable: { revision: string; entries: Searchable[] } | undefined;

/** Entries whose name or alias starts with the query, best first. */
export async function searchEntities(query: string): Promise<SearchResult[]> {
  const [index, custom] = await Promise.all([loadSearchIndex(), readCustomTerms()]);
  if (searchable?.revision !== custom.revision) {
    const own = custom.terms.map((term) => searchableOf(customEntity(term), true));
    searchable = { revision: custom.revision, entries: [...index.rows.map((row) => searchableOf(row, false)), ...own] };
  }
  return searchEntries(searchable.entries, query);
}

/**
 * The entity a selected text is about: a mention found in it by the matcher
 * (the same rules as on the page), else the best search hit for the whole text.
 */
export async function bestMatchFor(text: string): Promise<string | undefined> {
  const selection = text.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!selection) return undefined;
  const [mention] = (await getMatcher()).find([selection]);
  if (mention) return mention.id;
  return (await searchEntities(selection))[0]?.id;
}

/** The packaged data's sources and licences, as compiled (for the About section). */
export async function listSources(): Promise<SourceInfo[]> {
  return (await loadMeta()).sources;
}
