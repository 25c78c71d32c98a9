/**
 * The matcher: finds every mention of a dataset entity in a page's text blocks and
 * nothing else. Pure TypeScript (no DOM, no browser API). See README.md for the
 * rules and the disambiguation score; `createMatcher` builds the index once, and
 * `find` is then called per page.
 */
import { buildAliasIndex } from './alias-index';
import type { CasePattern } from './case-rules';
import { PageContext } from './context';
import { resolveCandidates } from './resolve';
import { scanBlock, type Candidate, type ScanContext } from './scan';
import { tokenize } from './tokens';
import type { Matcher, MatcherInput, MatchOptions, Mention } from './types';

export type { Matcher, MatcherAlias, MatcherEntity, MatcherInput, MatchOptions, Mention } from './types';
export { matcherInputFromDataset } from './from-dataset';

/** Builds a matcher over the given entities and aliases. */
export function createMatcher(input: MatcherInput): Matcher {
  const index = buildAliasIndex(input);
  // Caches that only grow with the dataset, never with the pages seen.
  const caseCache = new Map<number, CasePattern>();
  const contextCache = new Map<number, string[]>();
  const relatedCache = new Map<number, ReadonlySet<number>>();

  return {
    find(blocks: readonly string[], options: MatchOptions = {}): Mention[] {
      const ctx: ScanContext = { index, useDemonyms: options.demonyms ?? true, caseCache };
      const tokens = blocks.map(tokenize);
      const candidates: Candidate[] = [];
      tokens.forEach((t, b) => scanBlock(ctx, t, b, candidates));
      if (candidates.length === 0) return [];
      const page = new PageContext(tokens, index, contextCache, relatedCache);
      const firstOnly = options.firstMentionOnly ?? true;
      const seen = new Set<number>();
      const mentions: Mention[] = [];
      const known = (options.known ?? []).flatMap((id) => {
        const entity = index.entityIndex.get(id);
        return entity === undefined ? [] : [entity];
      });
      for (const { candidate: c, entity } of resolveCandidates(index, page, candidates, known)) {
        if (firstOnly && seen.has(entity)) continue;
        seen.add(entity);
        const text = blocks[c.block]!.slice(c.start, c.end);
        mentions.push({ block: c.block, start: c.start, end: c.end, id: index.entities[entity]!.id, text });
      }
      return mentions;
    },
  };
}
export { packMatcherInput, unpackMatcherInput, type PackedMatcherInput } from './pack';
