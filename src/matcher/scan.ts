/**
 * Scanning one block: walks the alias trie from every token and keeps each alias
 * ending whose case and punctuation rules hold. The result is every possible
 * mention; `resolve.ts` then decides which ones a reader sees.
 */
import { DEMONYM, TERM, singulars, type AliasIndex, type TrieLayer } from './alias-index';
import { casePasses, type CasePattern } from './case-rules';
import { HASH_SEED, hashDone, hashStep, hashText, type HashFilter } from './hash';
import { isAsciiRange, normalizeGap, type Tokens } from './tokens';
import { NO_NODE } from './trie';

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

/**
 * Where a walk stands: one node per trie layer (NO_NODE where that layer has no
 * such words). The layers together behave as one trie built from all their aliases.
 */
type Cursor = Int32Array;

function isEmpty(cursor: Cursor): boolean {
  for (let l = 0; l < cursor.length; l++) if (cursor[l] !== NO_NODE) return false;
  return true;
}

function hasChildren(layers: readonly TrieLayer[], cursor: Cursor): boolean {
  for (let l = 0; l < cursor.length; l++) if (cursor[l] !== NO_NODE && layers[l]!.trie.hasChildren(cursor[l]!)) return true;
  return false;
}

/** Moves `into` to the root's children for a folded first word. */
function rootOf(layers: readonly TrieLayer[], word: string, hash: number, into: Cursor): Cursor {
  for (let l = 0; l < layers.length; l++) into[l] = layers[l]!.trie.root(word, hash);
  return into;
}

/** Moves `into` to the children of `from` under a key. */
function childOf(layers: readonly TrieLayer[], from: Cursor, key: string, into: Cursor): Cursor {
  for (let l = 0; l < layers.length; l++) into[l] = from[l] === NO_NODE ? NO_NODE : layers[l]!.trie.child(from[l]!, key);
  return into;
}

function consider(
  ctx: ScanContext,
  out: Candidate[],
  cursor: Cursor,
  tokens: Tokens,
  block: number,
  i: number,
  j: number,
  isInflected: boolean,
): void {
  const { flags, trailing, layers } = ctx.index;
  let kept: number[] | null = null;
  let end = tokens.ends[j]!;
  for (let l = 0; l < layers.length; l++) {
    if (cursor[l] === NO_NODE) continue;
    const { trie, aliasOffset } = layers[l]!;
    for (const own of trie.entriesOf(cursor[l]!)) {
      const a = own + aliasOffset;
      const f = flags[a]!;
      if (f & DEMONYM && !ctx.useDemonyms) continue;
      if (isInflected && !(f & TERM)) continue;
      const tail = trailing.get(a);
      if (tail !== undefined && !tokens.text.startsWith(tail, tokens.ends[j]!)) continue;
      if (!casePasses(ctx.index, ctx.caseCache, a, tokens, i, j)) continue;
      if (tail !== undefined) end = Math.max(end, tokens.ends[j]! + tail.length);
      (kept ??= []).push(a);
    }
  }
  if (kept) out.push({ block, first: i, last: j, start: tokens.starts[i]!, end, aliases: kept });
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
  const { layers, firstWords } = ctx.index;
  const { hashes, starts, ends, text, count } = tokens;
  const current = new Int32Array(layers.length);
  const next = new Int32Array(layers.length);
  const variant = new Int32Array(layers.length);
  for (let i = 0; i < count; i++) {
    const isHashHit = firstWords.mayHave(hashes[i]!);
    const start = starts[i]!;
    const stop = ends[i]!;
    const isPluralHit =
      mayBePlural(text, start, stop) &&
      (!isAsciiRange(text, start, stop) || maySingularStart(firstWords, text, start, stop));
    if (!isHashHit && !isPluralHit) continue;
    const word = tokens.word(i);
    if (isPluralHit && word.length > 3 && word.charCodeAt(word.length - 1) === 115) {
      for (const singular of singulars(word)) {
        if (!isEmpty(rootOf(layers, singular, hashText(singular), variant))) consider(ctx, out, variant, tokens, block, i, i, true);
      }
    }
    if (!isHashHit || isEmpty(rootOf(layers, word, hashes[i]!, current))) continue;
    consider(ctx, out, current, tokens, block, i, i, false);
    for (let j = i + 1; j < count && hasChildren(layers, current); j++) {
      const gap = normalizeGap(text.slice(ends[j - 1]!, starts[j]!));
      const wordJ = tokens.word(j);
      childOf(layers, current, gap + wordJ, next);
      for (const singular of singulars(wordJ)) {
        if (!isEmpty(childOf(layers, current, gap + singular, variant))) consider(ctx, out, variant, tokens, block, i, j, true);
      }
      if (isEmpty(next)) break;
      consider(ctx, out, next, tokens, block, i, j, false);
      current.set(next);
    }
  }
}
