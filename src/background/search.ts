/**
 * Looking up dataset entries by what the reader types: pure, so ranking is
 * unit-tested in node. Names beat aliases, whole matches beat prefixes, and a
 * word inside a name ("Blinken" in "Antony Blinken") comes last.
 */
import { foldName as fold, type EntityKind } from '../shared/dataset';
import type { SearchResult } from '../shared/messages';

export const MAX_SEARCH_RESULTS = 8;

export interface Searchable {
  id: string;
  name: string;
  kind: EntityKind;
  aliases: string[];
  isCustom: boolean;
}

/** Names are compared folded: the shared rule, also used by the CLI's `show`. */
export { fold };

// Lower is better; one rank per way a text can match the query.
const RANK = { exactName: 0, namePrefix: 1, exactAlias: 2, aliasPrefix: 3, wordPrefix: 4 } as const;

function wordStarts(folded: string, query: string): boolean {
  return folded.split(/[\s\-–.,()]+/).some((word) => word.startsWith(query));
}

function rankOf(entry: Searchable, query: string): { rank: number; alias?: string } | undefined {
  const name = fold(entry.name);
  if (name === query) return { rank: RANK.exactName };
  if (name.startsWith(query)) return { rank: RANK.namePrefix };
  let best: { rank: number; alias?: string } | undefined;
  for (const alias of entry.aliases) {
    const folded = fold(alias);
    const rank = folded === query ? RANK.exactAlias : folded.startsWith(query) ? RANK.aliasPrefix : undefined;
    if (rank !== undefined && (!best || rank < best.rank)) best = { rank, alias };
  }
  if (best) return best;
  if (wordStarts(name, query)) return { rank: RANK.wordPrefix };
  return undefined;
}

/** The best matches for a query, best first; an empty query finds nothing. */
export function searchEntries(entries: Iterable<Searchable>, query: string, limit = MAX_SEARCH_RESULTS): SearchResult[] {
  const q = fold(query);
  if (!q) return [];
  const hits: { entry: Searchable; rank: number; alias?: string }[] = [];
  for (const entry of entries) {
    const hit = rankOf(entry, q);
    if (hit) hits.push({ entry, ...hit });
  }
  hits.sort(
    (a, b) =>
      a.rank - b.rank ||
      // The reader's own terms first among equals: they added them for a reason.
      Number(b.entry.isCustom) - Number(a.entry.isCustom) ||
      a.entry.name.length - b.entry.name.length ||
      a.entry.name.localeCompare(b.entry.name),
  );
  return hits.slice(0, limit).map(({ entry, alias }) => {
    const result: SearchResult = { id: entry.id, name: entry.name, kind: entry.kind, isCustom: entry.isCustom };
    if (alias) result.alias = alias;
    return result;
  });
}
