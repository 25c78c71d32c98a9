/**
 * Scanning one block: walks the alias trie from every token and keeps each alias
 * ending whose case and punctuation rules hold. The result is every possible
 * mention; `resolve.ts` then decides which ones a reader sees.
 */
import { DEMONYM, TERM, singulars, type AliasIndex, type TrieNode } from './alias-index';
import { casePasses, type CasePattern } from './case-rules';
import { HASH_SEED, hashDone, hashStep, type HashFilter } from './hash';
import { isAsciiRange, normalizeGap, type Tokens } from './tokens';

/** A possible mention: tokens `first..last` of one block, and the aliases that fit it. */
export interface Candidate {
  block: number;
  first: number;
  last: number;
  start: number;
  end: number;
  aliases: number[];
}

export interface ScanContext {
  index: AliasIndex;
  useDemonyms: boolean;
  caseCache: Map<number, CasePattern>;
}

function consider(
  ctx: ScanContext,
  out: Candidate[],
  node: TrieNode,
  tokens: Tokens,
  block: number,
  i: number,
  j: number,
  isInflected: boolean,
): void {
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
    if (!casePasses(ctx.index, ctx.caseCache, a, tokens, i, j)) continue;
    if (tail !== undefined) end = Math.max(end, tokens.ends[j]! + tail.length);
    (kept ??= []).push(a);
  }
  if (kept) out.push({ block, first: i, last: j, start: tokens.starts[i]!, end, aliases: kept });
}

function hasChildren(node: TrieNode): boolean {
  return node.keys !== null || node.map !== null;
}

/**
 * Whether a plural-looking ASCII token [from, to) may have a singular that starts an
 * alias: the filter is asked with hashes of "word" minus "s", "es" and "ies" + "y",
 * built from the token's characters, so no string is made for a certain "no".
 */
function maySingularStart(filter: HashFilter, text: string, from: number, to: number): boolean {
  let hash = HASH_SEED;
  for (let k = from; k < to - 3; k++) hash = hashStep(hash, text.charCodeAt(k) | 32);
  const withoutIes = hash;
  const withoutEs = hashStep(withoutIes, text.charCodeAt(to - 3) | 32);
  const withoutS = hashStep(withoutEs, text.charCodeAt(to - 2) | 32);
  return (
    filter.mayHave(hashDone(withoutS)) ||
    filter.mayHave(hashDone(withoutEs)) ||
    filter.mayHave(hashDone(hashStep(withoutIes, 121 /* y */)))
  );
}

/** Whether the folded form of token i may be a plural ("…s", longer than 3). */
function mayBePlural(text: string, start: number, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  // Non-ASCII endings ("s" + combining mark) are settled on the folded string.
  return end - start > 3 && ((last | 32) === 115 || last >= 128);
}

/** Every candidate in one block, in token order (several may start at one token). */
export function scanBlock(ctx: ScanContext, tokens: Tokens, block: number, out: Candidate[]): void {
  const { root, firstWords } = ctx.index;
  const { hashes, starts, ends, text, count } = tokens;
  for (let i = 0; i < count; i++) {
    const isHashHit = firstWords.mayHave(hashes[i]!);
    const start = starts[i]!;
    const stop = ends[i]!;
    const isPluralHit =
      mayBePlural(text, start, stop) &&
      (!isAsciiRange(text, start, stop) || maySingularStart(firstWords, text, start, stop));
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
  }
}
