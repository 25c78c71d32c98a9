/**
 * The names and aliases of every entity, without the rest of the dataset: what
 * the popup's search, the context menu's fallback and the CLI's `show` look names
 * up in (`data/search.json`, written by the build). One row per entity:
 * `[id, name, type, aliases…]`, aliases as written in the dataset.
 */
import { aliasText, type CompiledDataset, type EntityType } from './dataset';

export const SEARCH_INDEX_VERSION = 1;

export type SearchRow = [id: string, name: string, type: EntityType, ...aliases: string[]];

export interface SearchIndex {
  version: typeof SEARCH_INDEX_VERSION;
  rows: SearchRow[];
}

/** The search index of a dataset. */
export function searchIndexOf(dataset: CompiledDataset): SearchIndex {
  return {
    version: SEARCH_INDEX_VERSION,
    rows: dataset.entities.map((e): SearchRow => [e.id, e.name, e.type, ...(e.aliases ?? []).map(aliasText)]),
  };
}

/** Checks what was read from `search.json`. */
export function parseSearchIndex(json: unknown): SearchIndex {
  const index = json as Partial<SearchIndex>;
  if (index?.version !== SEARCH_INDEX_VERSION || !Array.isArray(index.rows)) throw new Error(`search index is not version ${SEARCH_INDEX_VERSION}`);
  return index as SearchIndex;
}
