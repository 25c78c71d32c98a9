/**
 * The background owns the dataset and the matcher index: content scripts send
 * block texts and get mentions back, so no tab ever parses the dataset or builds
 * an index (a page with nothing to match pays only for its own text walk).
 */
import browser from 'webextension-polyfill';
import { buildCard, type CardModel } from '../shared/card';
import { buildLeaderIndex, type Leader } from '../shared/time-lines';
import { kindOf, type CompiledDataset, type Entity, type SourceInfo } from '../shared/dataset';
import { today } from '../shared/dates';
import type { EntityBrief, MatchPageResponse } from '../shared/messages';
import { createMatcher, matcherInputFromDataset, type Matcher } from '../matcher';

interface LoadedDataset {
  entities: Map<string, Entity>;
  sources: Map<string, SourceInfo>;
  leaders: ReadonlyMap<string, Leader[]>;
  matcher: Matcher;
}

let loading: Promise<LoadedDataset> | undefined;

async function load(): Promise<LoadedDataset> {
  // Our own packaged file: this is not a network request.
  const response = await fetch(browser.runtime.getURL('data/dataset.json'));
  const dataset = (await response.json()) as CompiledDataset;
  return {
    entities: new Map(dataset.entities.map((entity) => [entity.id, entity])),
    sources: new Map(dataset.sources.map((source) => [source.id, source])),
    leaders: buildLeaderIndex(dataset.entities),
    matcher: createMatcher(matcherInputFromDataset(dataset.entities)),
  };
}

/** The dataset, loaded once per background lifetime (a service worker may be stopped at any time). */
export function getDataset(): Promise<LoadedDataset> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
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
