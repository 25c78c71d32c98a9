/**
 * The matcher index: the build ships it prebuilt (`data/matcher.bin`), and the
 * background reads it in place at start, so the first page after the service
 * worker wakes waits for one file read, not an index build. The reader's custom
 * terms are a small second layer built on top, rebuilt when they change (checked
 * on each use, since a stopped worker keeps no state).
 */
import { kindOf, type EntityKind } from '../shared/dataset';
import { MATCHER_FILE } from '../shared/data-files';
import type { EntityBrief, MatchPageResponse } from '../shared/messages';
import { IndexFile, loadMatcher, matcherInputFromDataset, type Matcher } from '../matcher';
import { customEntity, readCustomTerms } from './custom-entities';
import { indexedDbCopies } from './idb-copies';
import { packagedBytes, packagedBytesKept } from './packaged';
import { translate } from './translate';

let merged: { revision: string; matcher: Matcher } | undefined;

declare const __TARGET__: 'chrome' | 'firefox';
/** A hash of the index file's bytes, written in by the build: which kept copy is this one's. */
declare const __INDEX_REVISION__: string;

/**
 * Chromium reads the index from a copy in IndexedDB, three times faster than its
 * packaged file; Firefox reads its packaged files faster than its IndexedDB, so it
 * keeps none (docs/performance.md, "Background start").
 */
const copies = __TARGET__ === 'chrome' ? indexedDbCopies() : undefined;
const openIndex = (bytes: ArrayBuffer) => new IndexFile(bytes);
const loadPackaged = copies
  ? packagedBytesKept(`data/${MATCHER_FILE}`, openIndex, { store: copies, revision: __INDEX_REVISION__ })
  : packagedBytes(`data/${MATCHER_FILE}`, openIndex);

/** Reads the index ahead of the first page (after an install or update), so that a copy is kept. */
export function prepareIndex(): void {
  if (copies) void loadPackaged().catch(() => undefined);
}

/** The matcher over the packaged index and the reader's custom terms. */
export async function getMatcher(): Promise<Matcher> {
  const [file, custom] = await Promise.all([loadPackaged(), readCustomTerms()]);
  if (merged?.revision !== custom.revision) {
    const extra = custom.terms.length ? matcherInputFromDataset(custom.terms.map(customEntity)) : undefined;
    merged = { revision: custom.revision, matcher: loadMatcher(file, extra) };
  }
  return merged.matcher;
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

/** Whether a page's text could hold a mention at all (see `Matcher.mayFind`). */
export async function mayMatch(text: string): Promise<boolean> {
  return (await getMatcher()).mayFind(text);
}

/** Finds mentions in a page's blocks and names the entities they point at. */
export async function matchPage(blocks: string[], known: readonly string[]): Promise<MatchPageResponse> {
  const matcher = await getMatcher();
  // Every mention: the page counts them all, and shows first mentions itself when the reader asks.
  const found = matcher.find(blocks, { known });
  const entities: Record<string, EntityBrief> = {};
  const mentions = found.map(({ block, start, end, id }) => {
    if (!entities[id]) {
      const entity = matcher.entity(id);
      if (entity) entities[id] = { name: entity.name, type: entity.type, kind: kindOf(entity.type) };
    }
    return { block, start, end, id };
  });
  return { mentions, entities, descriptions: kindDescriptions() };
}
