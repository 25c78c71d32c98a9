/**
 * The matcher as it was before the index was prebuilt: a trie of Maps and arrays
 * built from matcher input at every start, scanned by walking those objects, with
 * context words and the related graph worked out lazily per page. Kept as the
 * reference the shipped index must agree with (tests/unit/matcher-index.test.ts).
 * The rules after the scan (resolve.ts, context.ts scoring) are shared: what is
 * compared is the index and its scan, which is what changed.
 */
import { aliasPaths, DEMONYM, SHARED, TERM, singulars, type AliasIndex } from '../../src/matcher/alias-index';
import { casePasses, casePassesSkipping, casePatternOf, type CasePattern } from '../../src/matcher/case-rules';
import { contextWordsOf, PageContext } from '../../src/matcher/context';
import { HASH_SEED, HashFilter, hashDone, hashStep, hashText } from '../../src/matcher/hash';
import { resolveCandidates } from '../../src/matcher/resolve';
import { isBeforeMiddle, isPersonNamePastInitial, type Candidate } from '../../src/matcher/scan';
import { isAsciiRange, normalizeGap, tokenize, type Tokens } from '../../src/matcher/tokens';
import type { Matcher, MatcherInput, MatchOptions, Mention } from '../../src/matcher/types';

const MAX_ARRAY_CHILDREN = 12;

class TrieNode {
  keys: string[] | null = null;
  kids: TrieNode[] | null = null;
  map: Map<string, TrieNode> | null = null;
  entries: number[] | null = null;

  child(key: string): TrieNode | undefined {
    if (this.map) return this.map.get(key);
    const keys = this.keys;
    if (!keys) return undefined;
    for (let i = 0; i < keys.length; i++) if (keys[i] === key) return this.kids![i];
    return undefined;
  }

  addChild(key: string): TrieNode {
    const found = this.child(key);
    if (found) return found;
    const node = new TrieNode();
    if (this.map) this.map.set(key, node);
    else if (!this.keys) {
      this.keys = [key];
      this.kids = [node];
    } else if (this.keys.length < MAX_ARRAY_CHILDREN) {
      this.keys.push(key);
      this.kids!.push(node);
    } else {
      this.map = new Map(this.keys.map((k, i) => [k, this.kids![i]!]));
      this.map.set(key, node);
      this.keys = this.kids = null;
    }
    return node;
  }
}

interface ReferenceIndex extends AliasIndex {
  root: Map<string, TrieNode>;
}

function insertPath(root: Map<string, TrieNode>, first: string, rest: readonly string[], a: number): TrieNode {
  let node = root.get(first);
  if (!node) root.set(first, (node = new TrieNode()));
  for (const key of rest) node = node.addChild(key);
  (node.entries ??= []).push(a);
  return node;
}

function buildReferenceIndex(input: MatcherInput): ReferenceIndex {
  const { aliases, entities } = input;
  const entityIndex = new Map<string, number>();
  entities.forEach((entity, i) => entityIndex.set(entity.id, i));
  const entityOf = new Int32Array(aliases.length);
  const flags = new Uint8Array(aliases.length);
  const trailing = new Map<number, string>();
  const root = new Map<string, TrieNode>();
  const ends: TrieNode[] = [];
  for (let a = 0; a < aliases.length; a++) {
    entityOf[a] = entityIndex.get(aliases[a]!.id) ?? -1;
    if (entityOf[a] === -1) continue;
    const paths = aliasPaths(aliases[a]!, aliases[a]!.text === entities[entityOf[a]!]!.name);
    if (!paths) continue;
    flags[a] = paths.flags;
    if (paths.tail) trailing.set(a, paths.tail);
    ends.push(insertPath(root, paths.path.first, paths.path.rest, a));
    for (const v of paths.variants) ends.push(insertPath(root, v.first, v.rest, a));
  }
  for (const node of ends) {
    const list = node.entries!;
    const owner = entityOf[list[0]!];
    if (list.some((a) => entityOf[a] !== owner)) for (const a of list) flags[a]! |= SHARED;
  }
  const firstWords = new HashFilter();
  for (const key of root.keys()) firstWords.add(hashText(key));
  const related = new Map<number, Set<number>>();
  const link = (from: number, to: number) => related.set(from, (related.get(from) ?? new Set()).add(to));
  entities.forEach((source, e) => {
    for (const id of source.related ?? []) {
      const other = entityIndex.get(id);
      if (other === undefined || other === e) continue;
      link(e, other);
      link(other, e);
    }
  });
  const patterns = new Map<number, CasePattern>();
  return {
    root,
    layers: [],
    casePattern(a) {
      let pattern = patterns.get(a);
      if (!pattern) patterns.set(a, (pattern = casePatternOf(flags[a]!, aliases[a]!.text)));
      return pattern;
    },
    firstWords,
    flags,
    entityOf: (a) => entityOf[a]!,
    trailing,
    entityCount: entities.length,
    aliasText: (a) => aliases[a]!.text,
    entityId: (e) => entities[e]!.id,
    entityType: (e) => entities[e]!.type,
    entity: (e) => entities[e]!,
    contextWords: (e) => contextWordsOf(entities[e]!.context ?? []),
    related: (e) => [...(related.get(e) ?? [])],
    entityIndex: (id) => entityIndex.get(id) ?? -1,
  };
}

interface Ctx {
  index: ReferenceIndex;
  useDemonyms: boolean;
}

function consider(ctx: Ctx, out: Candidate[], node: TrieNode, tokens: Tokens, block: number, i: number, j: number, isInflected: boolean): void {
  if (!node.entries) return;
  const { flags, trailing } = ctx.index;
  let kept: number[] | null = null;
  let end = tokens.ends[j]!;
  for (const a of node.entries) {
    const f = flags[a]!;
    if (f & DEMONYM && !ctx.useDemonyms) continue;
    if (isInflected && !(f & TERM)) continue;
    const tail = trailing.get(a);
    if (tail !== undefined && !tokens.text.startsWith(tail, tokens.ends[j]!)) continue;
    if (!casePasses(ctx.index, a, tokens, i, j)) continue;
    if (tail !== undefined) end = Math.max(end, tokens.ends[j]! + tail.length);
    (kept ??= []).push(a);
  }
  if (!kept) return;
  // An alias ending in punctuation the page shows ("Disney+") outranks those ending at the word.
  const tailed = kept.filter((a) => trailing.get(a) !== undefined);
  out.push({ block, first: i, last: j, start: tokens.starts[i]!, end, aliases: tailed.length > 0 ? tailed : kept });
}

const hasChildren = (node: TrieNode) => node.keys !== null || node.map !== null;

function maySingularStart(filter: HashFilter, text: string, from: number, to: number): boolean {
  let hash = HASH_SEED;
  for (let k = from; k < to - 3; k++) hash = hashStep(hash, text.charCodeAt(k) | 32);
  const withoutEs = hashStep(hash, text.charCodeAt(to - 3) | 32);
  const withoutS = hashStep(withoutEs, text.charCodeAt(to - 2) | 32);
  return filter.mayHave(hashDone(withoutS)) || filter.mayHave(hashDone(withoutEs)) || filter.mayHave(hashDone(hashStep(hash, 121)));
}

function scanBlock(ctx: Ctx, tokens: Tokens, block: number, out: Candidate[]): void {
  const { root, firstWords } = ctx.index;
  const { hashes, starts, ends, text, count } = tokens;
  for (let i = 0; i < count; i++) {
    const isHashHit = firstWords.mayHave(hashes[i]!);
    const start = starts[i]!;
    const stop = ends[i]!;
    const last = text.charCodeAt(stop - 1);
    const mayBePlural = stop - start > 3 && ((last | 32) === 115 || last >= 128);
    const isPluralHit = mayBePlural && (!isAsciiRange(text, start, stop) || maySingularStart(firstWords, text, start, stop));
    if (!isHashHit && !isPluralHit) continue;
    const word = tokens.word(i);
    const node = isHashHit ? root.get(word) : undefined;
    if (isPluralHit && word.length > 3 && word.charCodeAt(word.length - 1) === 115) {
      for (const singular of singulars(word)) {
        const variant = root.get(singular);
        if (variant) consider(ctx, out, variant, tokens, block, i, i, true);
      }
    }
    if (!node) continue;
    consider(ctx, out, node, tokens, block, i, i, false);
    let current = node;
    for (let j = i + 1; j < count && hasChildren(current); j++) {
      const gap = normalizeGap(text.slice(ends[j - 1]!, starts[j]!));
      const next = current.child(gap + tokens.word(j));
      for (const singular of singulars(tokens.word(j))) {
        const variant = current.child(gap + singular);
        if (variant) consider(ctx, out, variant, tokens, block, i, j, true);
      }
      if (!next) break;
      consider(ctx, out, next, tokens, block, i, j, false);
      current = next;
    }
    // A middle initial or middle name the name does not write ("John F. Kerry", "Edward Norton
    // Lorenz" after a given name): the walk goes on past it.
    if (isBeforeMiddle(tokens, i)) {
      let past: TrieNode | undefined = node;
      for (let j = i + 2; j < count && past; j++) {
        const gap = normalizeGap(text.slice(ends[j === i + 2 ? i : j - 1]!, starts[j === i + 2 ? i + 1 : j]!));
        past = past.child(gap + tokens.word(j));
        const kept = (past?.entries ?? []).filter((a) => isPersonNamePastInitial(ctx.index, a) && casePassesSkipping(ctx.index, a, tokens, i, j, i + 1));
        if (kept.length > 0 && !out.some((c) => c.block === block && c.first === i && c.last === j)) {
          out.push({ block, first: i, last: j, start: starts[i]!, end: ends[j]!, aliases: kept });
        }
      }
    }
  }
}

/** The matcher as it was: index built from input, Map trie, lazy context. */
export function referenceMatcher(input: MatcherInput): Matcher {
  const index = buildReferenceIndex(input);
  return {
    // Not part of the matcher as it was: a full match over the text as one block stands in.
    mayFind(text: string): boolean {
      return this.find([text]).length > 0;
    },
    find(blocks: readonly string[], _options: MatchOptions = {}): Mention[] {
      // The matcher as it was, with its options now gone (every mention, demonyms on).
      const options = { firstMentionOnly: false, demonyms: true };
      const ctx: Ctx = { index, useDemonyms: options.demonyms };
      const tokens = blocks.map(tokenize);
      const candidates: Candidate[] = [];
      tokens.forEach((t, b) => scanBlock(ctx, t, b, candidates));
      if (candidates.length === 0) return [];
      const page = new PageContext(tokens, index);
      const seen = new Set<number>();
      const mentions: Mention[] = [];
      for (const { candidate: c, entity } of resolveCandidates(index, page, candidates)) {
        if (options.firstMentionOnly && seen.has(entity)) continue;
        seen.add(entity);
        mentions.push({ block: c.block, start: c.start, end: c.end, id: input.entities[entity]!.id, text: blocks[c.block]!.slice(c.start, c.end) });
      }
      return mentions;
    },
    entity: (id) => input.entities[index.entityIndex(id)],
  };
}
