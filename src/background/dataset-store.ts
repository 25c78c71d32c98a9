/**
 * The background owns the dataset and the matcher index: content scripts send
 * block texts and get mentions back, so no tab ever parses the dataset or builds
 * an index (a page with nothing to match pays only for its own text walk).
 * The reader's custom terms are merged in; the merged index is rebuilt when
 * they change (checked on each use, since a stopped worker keeps no state).
 */
import browser from 'webextension-polyfill';
import { buildCard, type CardModel } from '../shared/card';
import { aliasText, kindOf, type CompiledDataset, type Entity, type SourceInfo } from '../shared/dataset';
import { buildLeaderIndex, type Leader } from '../shared/time-lines';
import { today } from '../shared/dates';
import type { EntityBrief, MatchPageResponse, SearchResult } from '../shared/messages';
import { createMatcher, matcherInputFromDataset, type Matcher } from '../matcher';
import { CUSTOM_SOURCE, customEntity, readCustomTerms } from './custom-entities';
import { searchEntries, type Searchable } from './search';

interface LoadedDataset {
  entities: Map<string, Entity>;
  sources: Map<string, SourceInfo>;
  leaders: ReadonlyMap<string, Leader[]>;
  /** The packaged sources only, in the dataset's order (the About section lists these). */
  packagedSources: SourceInfo[];
  matcher: Matcher;
  searchable: Searchable[];
}

let packaged: Promise<CompiledDataset> | undefined;
let merged: { revision: string; dataset: LoadedDataset } | undefined;

function loadPackaged(): Promise<CompiledDataset> {
  // Our own packaged file: this is not a network request.
  packaged ??= fetch(browser.runtime.getURL('data/dataset.json'))
    .then((response) => response.json() as Promise<CompiledDataset>)
    .catch((error: unknown) => {
      packaged = undefined;
      throw error;
    });
  return packaged;
}

function build(dataset: CompiledDataset, custom: Entity[]): LoadedDataset {
  const all = [...dataset.entities, ...custom];
  const customIds = new Set(custom.map((e) => e.id));
  return {
    entities: new Map(all.map((entity) => [entity.id, entity])),
    sources: new Map([...dataset.sources, CUSTOM_SOURCE].map((source) => [source.id, source])),
    packagedSources: dataset.sources,
    leaders: buildLeaderIndex(all),
    matcher: createMatcher(matcherInputFromDataset(all)),
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

/** Finds mentions in a page's blocks and names the entities they point at. */
export async function matchPage(blocks: string[], firstMentionOnly: boolean): Promise<MatchPageResponse> {
  const { matcher, entities } = await getDataset();
  const found = matcher.find(blocks, { firstMentionOnly });
  const briefs: Record<string, EntityBrief> = {};
  const mentions = found.map(({ block, start, end, id }) => {
    const entity = entities.get(id);
    if (entity && !briefs[id]) briefs[id] = { name: entity.name, type: entity.type, kind: kindOf(entity.type) };
    return { block, start, end, id };
  });
  return { mentions, entities: briefs };
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
  const { matcher } = await getDataset();
  const [mention] = matcher.find([selection], { firstMentionOnly: true });
  if (mention) return mention.id;
  return (await searchEntities(selection))[0]?.id;
}

/** The packaged data's sources and licences, as compiled (for the About section). */
export async function listSources(): Promise<SourceInfo[]> {
  return (await getDataset()).packagedSources;
}
