/**
 * Looking up dataset entries by what the reader types: pure, so ranking is
 * unit-tested in node. Names beat aliases, whole matches beat prefixes, and a
 * word inside a name ("Blinken" in "Antony Blinken") comes last.
 */
import { aliasText, foldName as fold, kindOf, type Entity, type EntityKind } from '../shared/dataset';
import type { SearchResult } from '../shared/messages';
import type { SearchRow } from '../shared/search-index';

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

/** An entry of the search index (`data/search.json`) or an entity (the reader's own terms), as searched. */
export function searchableOf(source: SearchRow | Entity, isCustom: boolean): Searchable {
  if (Array.isArray(source)) {
    const [id, name, type, ...aliases] = source;
    return { id, name, kind: kindOf(type), aliases, isCustom };
  }
  return { id: source.id, name: source.name, kind: kindOf(source.type), aliases: (source.aliases ?? []).map(aliasText), isCustom };
}

/**
 * `fold`, with a shortcut for plain ASCII with single inner spaces (most names),
 * where folding is lower-casing: a search looks at every name and alias.
 */
function quickFold(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 126 || c < 32 || (c === 32 && (i === 0 || i === text.length - 1 || text.charCodeAt(i + 1) === 32))) return fold(text);
  }
  return text.toLowerCase();
}

interface Folded {
  name: string;
  aliases: string[];
}

/** Folded names and aliases, worked out once per entry rather than once per keystroke. */
const foldedEntries = new WeakMap<Searchable, Folded>();

function foldedOf(entry: Searchable): Folded {
  let folded = foldedEntries.get(entry);
  if (!folded) foldedEntries.set(entry, (folded = { name: quickFold(entry.name), aliases: entry.aliases.map(quickFold) }));
  return folded;
}

// Lower is better; one rank per way a text can match the query.
const RANK = { exactName: 0, namePrefix: 1, exactAlias: 2, aliasPrefix: 3, wordPrefix: 4 } as const;

function wordStarts(folded: string, query: string): boolean {
  return folded.split(/[\s\-–.,()]+/).some((word) => word.startsWith(query));
}

function rankOf(entry: Searchable, query: string): { rank: number; alias?: string } | undefined {
  const { name, aliases } = foldedOf(entry);
  if (name === query) return { rank: RANK.exactName };
  if (name.startsWith(query)) return { rank: RANK.namePrefix };
  let best: { rank: number; alias?: string } | undefined;
  for (let k = 0; k < aliases.length; k++) {
    const alias = entry.aliases[k]!;
    const folded = aliases[k]!;
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
