/**
 * Scanning one block: walks the alias trie from every token and keeps each alias
 * ending whose case and punctuation rules hold. The result is every possible
 * mention; `resolve.ts` then decides which ones a reader sees.
 */
import { AMBIGUOUS, SHORT, TERM, singulars, type AliasIndex, type TrieLayer } from './alias-index';
import { casePasses, casePassesSkipping } from './case-rules';
import { HASH_SEED, hashDone, hashStep, hashText, type HashFilter } from './hash';
import { isAsciiRange, isCapitalizedAt, normalizeGap, type Tokens } from './tokens';
import { NO_NODE } from './trie';
import { isForename } from './words';

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

/** Whether alias `a` may stand for tokens i..j: its inflection, trailing punctuation and case rules hold there. */
function fitsAt(ctx: ScanContext, a: number, tokens: Tokens, i: number, j: number, isInflected: boolean): boolean {
  const f = ctx.index.flags[a]!;
  if (isInflected && !(f & TERM)) return false;
  const tail = ctx.index.trailing.get(a);
  if (tail !== undefined && !tokens.text.startsWith(tail, tokens.ends[j]!)) return false;
  return casePasses(ctx.index, a, tokens, i, j);
}

/** The aliases ending at the cursor's nodes (numbered as the index numbers them) that `fits` keeps, layer by layer. */
function aliasesAt(layers: readonly TrieLayer[], cursor: Cursor, fits: (a: number) => boolean): number[] {
  const kept: number[] = [];
  for (let l = 0; l < layers.length; l++) {
    const node = cursor[l]!;
    if (node === NO_NODE) continue;
    const { trie, aliasOffset } = layers[l]!;
    // Most nodes: the aliases numbered ownFrom…ownTo, no list to make.
    const listed = trie.variantsOf(node);
    if (listed) {
      for (const a of listed) if (fits(a + aliasOffset)) kept.push(a + aliasOffset);
    } else {
      for (let a = trie.ownFrom(node) + aliasOffset, to = trie.ownTo(node) + aliasOffset; a < to; a++) if (fits(a)) kept.push(a);
    }
  }
  return kept;
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
  const layers = ctx.index.layers;
  const kept = aliasesAt(layers, cursor, (a) => fitsAt(ctx, a, tokens, i, j, isInflected));
  if (kept.length === 0) return;
  // The reader's own terms are the top layer: where they end here too, they alone count.
  const readerFrom = layers.length > 1 ? layers[layers.length - 1]!.aliasOffset : Infinity;
  if (kept[kept.length - 1]! >= readerFrom && kept[0]! < readerFrom) kept.splice(0, kept.findIndex((a) => a >= readerFrom));
  let end = tokens.ends[j]!;
  let tailed = 0;
  for (const a of kept) {
    const tail = ctx.index.trailing.get(a);
    if (tail === undefined) continue;
    tailed++;
    end = Math.max(end, tokens.ends[j]! + tail.length);
  }
  // An alias whose punctuation the page shows too says more than one ending at the word:
  // "Disney+" is the streaming service, not the company "Disney" that ends at the same word.
  // (Filtered only when both kinds end here: most candidates have no tail, and this runs for each.)
  const aliases = tailed > 0 && tailed < kept.length ? kept.filter((a) => ctx.index.trailing.get(a) !== undefined) : kept;
  out.push({ block, first: i, last: j, start: tokens.starts[i]!, end, aliases });
}

/** Whether token `t` is a middle initial: one capital letter, a full stop, then a space ("F. "). */
function isMiddleInitial(tokens: Tokens, t: number): boolean {
  const start = tokens.starts[t]!;
  if (tokens.ends[t]! - start !== 1 || t + 1 >= tokens.count) return false;
  const code = tokens.text.charCodeAt(start);
  return code >= 65 && code <= 90 && tokens.text.slice(start + 1, tokens.starts[t + 1]!) === '. ';
}

/**
 * Whether token `t` is a middle name between two capitalized words, one space each side:
 * "Edward Norton Lorenz", "Hillary Rodham Clinton". A word in capitals is not one (a
 * headline's shouting, an acronym).
 */
function isMiddleName(tokens: Tokens, t: number): boolean {
  if (t < 1 || t + 1 >= tokens.count || !isCapitalizedAt(tokens, t) || !isCapitalizedAt(tokens, t + 1)) return false;
  const { text, starts, ends } = tokens;
  if (ends[t]! - starts[t]! < 2 || text.charCodeAt(starts[t]! + 1) < 97) return false;
  return text.slice(ends[t - 1]!, starts[t]!) === ' ' && text.slice(ends[t]!, starts[t + 1]!) === ' ';
}

/**
 * Whether the word after token `i` is one a person's name may skip: a middle initial ("John F.
 * Kerry"), or a middle name after a given name ("Edward Norton Lorenz"; in "Judge Allison
 * Burroughs" the name follows a title, so nothing is skipped).
 */
export function isBeforeMiddle(tokens: Tokens, i: number): boolean {
  return i + 2 < tokens.count && (isMiddleInitial(tokens, i + 1) || (isMiddleName(tokens, i + 1) && isForename(tokens.word(i))));
}

/** Whether alias `a` may be met with a middle initial inside: a person's full name, shared with no one, with no trailing punctuation. */
export function isPersonNamePastInitial(index: AliasIndex, a: number): boolean {
  return (index.flags[a]! & (SHORT | AMBIGUOUS | TERM)) === 0 && index.trailing.get(a) === undefined && index.entityType(index.entityOf(a)) === 'person';
}

/**
 * A person's name with a middle initial or middle name the dataset does not write: "John F.
 * Kerry" and "Charles E. Schumer" (as American papers name people) are John Kerry and Charles
 * Schumer, "Edward Norton Lorenz" is Edward Lorenz (not the actor Edward Norton).
 * The walk goes on from the first name's node past the initial; only a person's full name
 * (not a surname, not a name shared with others) may end there, and only where no alias
 * already spans the same words ("George W. Bush" is a name of its own).
 */
function considerPastMiddle(ctx: ScanContext, out: Candidate[], from: Cursor, tokens: Tokens, block: number, i: number): void {
  const layers = ctx.index.layers;
  const skipped = i + 1;
  const cursor = Int32Array.from(from);
  const next = new Int32Array(layers.length);
  // The gap before the initial stands for the one the name writes between its words.
  let gap = normalizeGap(tokens.text.slice(tokens.ends[i]!, tokens.starts[skipped]!));
  for (let j = skipped + 1; j < tokens.count; j++) {
    if (isEmpty(childOf(layers, cursor, gap + tokens.word(j), next))) return;
    cursor.set(next);
    const kept = aliasesAt(layers, cursor, (a) => isPersonNamePastInitial(ctx.index, a) && casePassesSkipping(ctx.index, a, tokens, i, j, skipped));
    let isSpanned = false;
    for (let k = out.length - 1; k >= 0 && out[k]!.block === block && out[k]!.first === i; k--) isSpanned ||= out[k]!.last === j;
    if (kept.length > 0 && !isSpanned) out.push({ block, first: i, last: j, start: tokens.starts[i]!, end: tokens.ends[j]!, aliases: kept });
    if (j + 1 < tokens.count) gap = normalizeGap(tokens.text.slice(tokens.ends[j]!, tokens.starts[j + 1]!));
  }
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

/** Every candidate in one block, in token order (several may start at one token). */
export function scanBlock(ctx: ScanContext, tokens: Tokens, block: number, out: Candidate[]): void {
  const { layers, firstWords } = ctx.index;
  const { hashes, starts, ends, text, count } = tokens;
  const current = new Int32Array(layers.length);
  const next = new Int32Array(layers.length);
  const variant = new Int32Array(layers.length);
  const { bits, mask, highShift } = firstWords;
  for (let i = 0; i < count; i++) {
    // HashFilter.mayHave and mayBePlural, inline: this runs for every word of every
    // page, and in a background that just woke it runs before the engine has compiled
    // anything, where each call costs more than the arithmetic it wraps.
    const hash = hashes[i]!;
    let mixed = hash ^ (hash >>> 16);
    mixed = Math.imul(mixed, 0x85ebca6b);
    mixed ^= mixed >>> 13;
    mixed = Math.imul(mixed, 0xc2b2ae35);
    mixed ^= mixed >>> 16;
    const low = mixed & mask;
    const high = mixed >>> highShift;
    const isHashHit = (bits[low >>> 5]! & (1 << (low & 31))) !== 0 && (bits[high >>> 5]! & (1 << (high & 31))) !== 0;
    const start = starts[i]!;
    const stop = ends[i]!;
    const last = text.charCodeAt(stop - 1);
    // Non-ASCII endings ("s" + combining mark) are settled on the folded string.
    const mayBePlural = stop - start > 3 && ((last | 32) === 115 || last >= 128);
    if (!isHashHit && !mayBePlural) continue;
    const isPluralHit = mayBePlural && (!isAsciiRange(text, start, stop) || maySingularStart(firstWords, text, start, stop));
    if (!isHashHit && !isPluralHit) continue;
    const word = tokens.word(i);
    if (isPluralHit && word.length > 3 && word.charCodeAt(word.length - 1) === 115) {
      for (const singular of singulars(word)) {
        if (!isEmpty(rootOf(layers, singular, hashText(singular), variant))) consider(ctx, out, variant, tokens, block, i, i, true);
      }
    }
    if (!isHashHit || isEmpty(rootOf(layers, word, hashes[i]!, current))) continue;
    consider(ctx, out, current, tokens, block, i, i, false);
    // Checked before the walk below moves `current` on; the walk's own candidates come after.
    const pastMiddle = isBeforeMiddle(tokens, i) && hasChildren(layers, current) ? Int32Array.from(current) : undefined;
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
    if (pastMiddle) considerPastMiddle(ctx, out, pastMiddle, tokens, block, i);
  }
}
