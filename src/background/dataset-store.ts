/**
 * The background owns the dataset: cards, search and credits are answered here,
 * so no tab ever parses it. It is read on the first such request (a hover, not a
 * page load: matching uses the prebuilt `matcher.bin`, see matching-store.ts).
 * The reader's custom terms are merged in, rebuilt when they change.
 */
import { buildCard, type CardModel } from '../shared/card';
import { aliasText, kindOf, type CompiledDataset, type Entity, type SourceInfo } from '../shared/dataset';
import { buildLeaderIndex, type Leader } from '../shared/time-lines';
import { today } from '../shared/dates';
import type { SearchResult } from '../shared/messages';
import { CUSTOM_SOURCE, customEntity, readCustomTerms } from './custom-entities';
import { getMatcher } from './matching-store';
import { packagedFile } from './packaged';
import { searchEntries, type Searchable } from './search';

interface LoadedDataset {
  entities: Map<string, Entity>;
  sources: Map<string, SourceInfo>;
  leaders: ReadonlyMap<string, Leader[]>;
  /** The packaged sources only, in the dataset's order (the About section lists these). */
  packagedSources: SourceInfo[];
  searchable: Searchable[];
}

let merged: { revision: string; dataset: LoadedDataset } | undefined;

const loadPackaged = packagedFile('data/dataset.json', (json) => json as CompiledDataset);

function build(dataset: CompiledDataset, custom: Entity[]): LoadedDataset {
  const all = [...dataset.entities, ...custom];
  const customIds = new Set(custom.map((e) => e.id));
  return {
    entities: new Map(all.map((entity) => [entity.id, entity])),
    sources: new Map([...dataset.sources, CUSTOM_SOURCE].map((source) => [source.id, source])),
    packagedSources: dataset.sources,
    leaders: buildLeaderIndex(all),
    searchable: all.map((e) => ({
      id: e.id,
      name: e.name,
      kind: kindOf(e.type),
      aliases: (e.aliases ?? []).map(aliasText),
      isCustom: customIds.has(e.id),
    })),
  };
}

/** The dataset with the reader's custom terms merged in. */
export async function getDataset(): Promise<LoadedDataset> {
  const [dataset, custom] = await Promise.all([loadPackaged(), readCustomTerms()]);
  if (merged?.revision !== custom.revision) {
    merged = { revision: custom.revision, dataset: build(dataset, custom.terms.map(customEntity)) };
  }
  return merged.dataset;
}

/** The card for one entity on a date (the article's, else today). */
export async function lookupCard(id: string, asOf: string | undefined): Promise<CardModel | undefined> {
  const dataset = await getDataset();
  const entity = dataset.entities.get(id);
  if (!entity) return undefined;
  return buildCard(entity, {
    asOf: asOf ?? today(),
    asOfOrigin: asOf ? 'article' : 'today',
    lookup: (other) => dataset.entities.get(other),
    sources: dataset.sources,
    leaders: dataset.leaders,
  });
}

/** Entries whose name or alias starts with the query, best first. */
export async function searchEntities(query: string): Promise<SearchResult[]> {
  return searchEntries((await getDataset()).searchable, query);
}

/**
 * The entity a selected text is about: a mention found in it by the matcher
 * (the same rules as on the page), else the best search hit for the whole text.
 */
export async function bestMatchFor(text: string): Promise<string | undefined> {
  const selection = text.replace(/\s+/g, ' ').trim().slice(0, 500);
  if (!selection) return undefined;
  const [mention] = (await getMatcher()).find([selection], { firstMentionOnly: true });
  if (mention) return mention.id;
  return (await searchEntities(selection))[0]?.id;
}

/** The packaged data's sources and licences, as compiled (for the About section). */
export async function listSources(): Promise<SourceInfo[]> {
  return (await getDataset()).packagedSources;
}
