/**
 * The matcher index: the build ships it prebuilt (`data/matcher.bin`), and the
 * background reads it in place at start, so the first page after the service
 * worker wakes waits for one file read, not an index build. The reader's custom
 * terms are a small second layer built on top, rebuilt when they change (checked
 * on each use, since a stopped worker keeps no state).
 */
import { kindOf } from '../shared/dataset';
import { MATCHER_FILE } from '../shared/data-files';
import type { EntityBrief, MatchPageResponse } from '../shared/messages';
import { IndexFile, loadMatcher, matcherInputFromDataset, type Matcher } from '../matcher';
import { customEntity, readCustomTerms } from './custom-entities';
import { packagedBytes } from './packaged';

let merged: { revision: string; matcher: Matcher } | undefined;

const loadPackaged = packagedBytes(`data/${MATCHER_FILE}`, (bytes) => new IndexFile(bytes));

/** The matcher over the packaged index and the reader's custom terms. */
export async function getMatcher(): Promise<Matcher> {
  const [file, custom] = await Promise.all([loadPackaged(), readCustomTerms()]);
  if (merged?.revision !== custom.revision) {
    const extra = custom.terms.length ? matcherInputFromDataset(custom.terms.map(customEntity)) : undefined;
    merged = { revision: custom.revision, matcher: loadMatcher(file, extra) };
  }
  return merged.matcher;
}

/** Finds mentions in a page's blocks and names the entities they point at. */
export async function matchPage(blocks: string[], firstMentionOnly: boolean): Promise<MatchPageResponse> {
  const matcher = await getMatcher();
  const found = matcher.find(blocks, { firstMentionOnly });
  const entities: Record<string, EntityBrief> = {};
  const mentions = found.map(({ block, start, end, id }) => {
    if (!entities[id]) {
      const entity = matcher.entity(id);
      if (entity) entities[id] = { name: entity.name, type: entity.type, kind: kindOf(entity.type) };
    }
    return { block, start, end, id };
  });
  return { mentions, entities };
}
