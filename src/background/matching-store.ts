/**
 * The matcher index: built at background start from the packed matcher input
 * (`data/matcher.json`), not from the whole dataset, so the first page after the
 * service worker wakes waits for the smaller file only. The reader's custom terms
 * are merged in; the index is rebuilt when they change (checked on each use, since
 * a stopped worker keeps no state).
 */
import { kindOf, type EntityKind } from '../shared/dataset';
import type { EntityBrief, MatchPageResponse } from '../shared/messages';
import { createMatcher, matcherInputFromDataset, unpackMatcherInput, type Matcher, type PackedMatcherInput } from '../matcher';
import { customEntity, readCustomTerms } from './custom-entities';
import { packagedFile } from './packaged';
import { translate } from './translate';

interface Matching {
  matcher: Matcher;
  briefs: Map<string, EntityBrief>;
}

let merged: { revision: string; matching: Matching } | undefined;

const loadPackaged = packagedFile('data/matcher.json', (json) => unpackMatcherInput(json as PackedMatcherInput));

/** The matcher over the packaged aliases and the reader's custom terms. */
export async function getMatching(): Promise<Matching> {
  const [input, custom] = await Promise.all([loadPackaged(), readCustomTerms()]);
  if (merged?.revision !== custom.revision) {
    const extra = matcherInputFromDataset(custom.terms.map(customEntity));
    const entities = [...input.entities, ...extra.entities];
    merged = {
      revision: custom.revision,
      matching: {
        matcher: createMatcher({ entities, aliases: [...input.aliases, ...extra.aliases] }),
        briefs: new Map(entities.map((e) => [e.id, { name: e.name, type: e.type, kind: kindOf(e.type) }])),
      },
    };
  }
  return merged.matching;
}

/** What a highlight of each kind says to a screen reader. */
function kindDescriptions(): Record<EntityKind, string> {
  return {
    person: translate('kind_person_description'),
    place: translate('kind_place_description'),
    organization: translate('kind_organization_description'),
    term: translate('kind_term_description'),
  };
}

/** Finds mentions in a page's blocks and names the entities they point at. */
export async function matchPage(blocks: string[], known: readonly string[]): Promise<MatchPageResponse> {
  const { matcher, briefs } = await getMatching();
  // Every mention: the page counts them all, and shows first mentions itself when the reader asks.
  const found = matcher.find(blocks, { firstMentionOnly: false, known });
  const entities: Record<string, EntityBrief> = {};
  const mentions = found.map(({ block, start, end, id }) => {
    const brief = briefs.get(id);
    if (brief && !entities[id]) entities[id] = brief;
    return { block, start, end, id };
  });
  return { mentions, entities, descriptions: kindDescriptions() };
}
