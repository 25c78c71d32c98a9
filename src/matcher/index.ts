/**
 * The matcher: finds every mention of a dataset entity in a page's text blocks and
 * nothing else. Pure TypeScript (no DOM, no browser API). See README.md for the
 * rules, the disambiguation score and the index file. The extension ships the
 * index prebuilt (`buildIndexFile` at build time); the background opens it in
 * place (`new IndexFile(bytes)`) and `loadMatcher` puts the reader's own terms on
 * top. `createMatcher` does both steps from matcher input (CLI, tests).
 */
import { buildIndexFile } from './index-build';
import { IndexFile } from './index-file';
import { MatcherIndex } from './layers';
import { SHORT, UNAMBIGUOUS, type AliasIndex } from './alias-index';
import { PageContext } from './context';
import { resolveCandidates } from './resolve';
import { scanBlock, type Candidate, type ScanContext } from './scan';
import { tokenize, type Tokens } from './tokens';
import { TITLES } from './words';
import type { Matcher, MatcherInput, MatchOptions, Mention } from './types';

export type { Matcher, MatcherAlias, MatcherEntity, MatcherInput, MatchOptions, Mention } from './types';
export { matcherInputFromDataset } from './from-dataset';
export { buildIndexFile, INDEX_VERSION } from './index-build';
export { IndexFile } from './index-file';

/** Ids this matcher returned lately, kept so naming their entities needs no search. */
const MAX_REMEMBERED_IDS = 10_000;

/** A matcher over an index. */
export function matcherOver(index: AliasIndex): Matcher {
  const returned = new Map<string, number>();

  return {
    find(blocks: readonly string[], options: MatchOptions = {}): Mention[] {
      const ctx: ScanContext = { index };
      const tokens = blocks.map(tokenize);
      const candidates: Candidate[] = [];
      tokens.forEach((t, b) => scanBlock(ctx, t, b, candidates));
      if (candidates.length === 0) return [];
      const page = new PageContext(tokens, index);
      const mentions: Mention[] = [];
      // Ids the page already knows were, as a rule, returned by this matcher: no search for them.
      const known = (options.known ?? []).flatMap((id) => {
        const entity = returned.get(id) ?? index.entityIndex(id);
        return entity === -1 ? [] : [entity];
      });
      if (returned.size > MAX_REMEMBERED_IDS) returned.clear();
      for (const { candidate: c, entity } of resolveCandidates(index, page, candidates, known)) {
        const text = blocks[c.block]!.slice(c.start, c.end);
        const id = index.entityId(entity);
        returned.set(id, entity);
        mentions.push({ block: c.block, start: c.start, end: c.end, id, text });
      }
      return mentions;
    },

    mayFind(text: string): boolean {
      const ctx: ScanContext = { index };
      const mayBeShown = (tokens: Tokens) => (c: Candidate) => c.aliases.some((a) => !isShortOnly(index, a)) || isAfterTitle(tokens, c.first);
      const look = (at: string) => {
        const tokens = tokenize(at);
        const found: Candidate[] = [];
        scanBlock(ctx, tokens, 0, found);
        return found.some(mayBeShown(tokens));
      };
      if (look(text)) return true;
      // Blocks run together join words ("in Paris" + "Hilton said" → "ParisHilton"): read the
      // seams apart too, where a lower-case letter meets a capital, digit or letter.
      const split = text.replace(/(\p{Ll})(?=\p{Lu})|(\p{L})(?=\p{N})|(\p{N})(?=\p{L})/gu, '$1$2$3 ');
      return split !== text && look(split);
    },

    entity(id: string) {
      const e = returned.get(id) ?? index.entityIndex(id);
      return e === -1 ? undefined : index.entity(e);
    },
  };
}

/**
 * A short form ("Times" for The New York Times, a surname) is shown only after its entity's
 * full name, which is a candidate of its own, or right after a title or honorific ("President
 * Xi", "Mr. Price"). So a text whose only candidates are short forms with no title before them
 * cannot show anything, and `mayFind` says no: a page whose footer reads "© The Example Times"
 * pays no scan. (The first look and a new session's look know no entity yet; `find` with
 * `known` ids is what matches text added to a page that named them.)
 */
function isShortOnly(index: AliasIndex, a: number): boolean {
  return (index.flags[a]! & (SHORT | UNAMBIGUOUS)) === SHORT;
}

function isAfterTitle(tokens: Tokens, first: number): boolean {
  if (first === 0) return false;
  return /^\.?\s+$/u.test(tokens.text.slice(tokens.ends[first - 1]!, tokens.starts[first]!)) && TITLES.has(tokens.word(first - 1));
}

/** The matcher over a shipped index file, with the reader's own terms (if any) on top. */
export function loadMatcher(file: IndexFile, extra?: MatcherInput): Matcher {
  if (!extra || extra.entities.length === 0) return matcherOver(new MatcherIndex(file));
  const layer = new IndexFile(buildIndexFile(extra, { external: (id) => file.entityIndex(id), filterBitsLog2: file.firstWords.bitsLog2 }));
  return matcherOver(new MatcherIndex(file, layer));
}

/** Builds a matcher over the given entities and aliases (the index is built in memory). */
export function createMatcher(input: MatcherInput): Matcher {
  return loadMatcher(new IndexFile(buildIndexFile(input)));
}
