/**
 * Tokenizing and folding, shared by the index (aliases) and the scan (page text),
 * so both sides always agree on what a word is.
 *
 * A token is a maximal run of word characters (Unicode letters, digits, marks).
 * Soft hyphens and zero-width characters inside a word are transparent: they stay
 * inside the token's span but not in its folded form. Folding = lower case +
 * diacritics removed ("São" → "sao"). Offsets are UTF-16 offsets into the string
 * as passed in; nothing is ever shifted.
 */
import { foldText, INVISIBLE_CODES } from '../shared/fold';
import { HASH_SEED, hashDone, hashStep, hashText } from './hash';

/** Character classes: 0 not yet known, 1 word, 2 separator, 3 transparent inside a word. */
const CLASS = new Uint8Array(65536);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const MARK = /\p{M}/gu;
const WORD = 1;
const SEPARATOR = 2;
const TRANSPARENT = 3;

for (let code = 0; code < 128; code++) {
  const isWord = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  CLASS[code] = isWord ? WORD : SEPARATOR;
}
// Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: inside a word's span, out of its folded form.
for (const code of INVISIBLE_CODES) CLASS[code] = TRANSPARENT;
// Surrogate halves: astral characters are rare in news text; treat them as separators.
for (let code = 0xd800; code <= 0xdfff; code++) CLASS[code] = SEPARATOR;

function classOf(code: number): number {
  let kind = CLASS[code]!;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : SEPARATOR;
    CLASS[code] = kind;
  }
  return kind;
}

export { foldText, isAsciiRange } from '../shared/fold';

/**
 * The tokens of one string: parallel arrays, so a 50,000-word page costs few objects.
 * Folded words are not stored: the scan works from `hashes` and folds a word only
 * when its hash says it may start an alias (`word(i)`).
 */
export class Tokens {
  readonly count: number;

  constructor(
    readonly text: string,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    /** `hashText` of each token's folded form. */
    readonly hashes: Int32Array,
  ) {
    this.count = starts.length;
  }

  /** The folded form of token `i`. */
  word(i: number): string {
    return foldText(this.text.slice(this.starts[i]!, this.ends[i]!));
  }

  /** The folded forms of tokens `from..to`, inclusive. */
  words(from: number, to: number): string[] {
    const out: string[] = [];
    for (let i = from; i <= to; i++) out.push(this.word(i));
    return out;
  }
}

// Scratch space for one block (a block has at most length/2 + 1 tokens), reused so a
// page's tokens cost one exact-size copy instead of arrays grown push by push.
let scratch = new Int32Array(3 * 1024);

/** Splits `text` into word tokens with the hashes of their folded forms. */
export function tokenize(text: string): Tokens {
  const length = text.length;
  const room = (length >> 1) + 1;
  if (scratch.length < 3 * room) scratch = new Int32Array(3 * room);
  const buffer = scratch;
  let count = 0;
  let i = 0;
  while (i < length) {
    const first = text.charCodeAt(i);
    if ((first < 128 ? CLASS[first]! : classOf(first)) !== WORD) {
      i++;
      continue;
    }
    const start = i;
    let isPlain = true;
    let hash = HASH_SEED;
    let end = i;
    while (i < length) {
      const code = text.charCodeAt(i);
      const kind = code < 128 ? CLASS[code]! : classOf(code);
      if (kind === WORD) {
        // ASCII folds by lower-casing A-Z; anything else is folded as a string below.
        if (code >= 128) isPlain = false;
        else hash = hashStep(hash, code >= 65 && code <= 90 ? code + 32 : code);
        i++;
        end = i;
      } else if (kind === TRANSPARENT) {
        isPlain = false;
        i++;
      } else break;
    }
    buffer[count] = start;
    buffer[room + count] = end;
    buffer[2 * room + count] = isPlain ? hashDone(hash) : hashText(foldText(text.slice(start, end)));
    count++;
    i = end;
  }
  return new Tokens(text, buffer.slice(0, count), buffer.slice(room, room + count), buffer.slice(2 * room, 2 * room + count));
}

const DASHES = /[\u002d\u2010\u2011\u2012\u2013\u2014\u2212\u00a0\s]+/gu;
const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/gu;
const QUOTES = /[\u201c\u201d\u201e\u00ab\u00bb]/gu;
const INVISIBLE = /[\u00ad\u200b\u200c\u200d\u2060\ufeff]/gu;

/** A gap that normalizing would not change: ASCII punctuation then at most one plain space. */
function isPlainGap(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    if (code > 126 || code === 45 /* - */ || code === 96 /* ` */ || (code < 32)) return false;
    if (code === 32 && i !== gap.length - 1) return false;
  }
  return true;
}

/**
 * Normalizes the characters between two tokens so alias and page agree: runs of
 * spaces, non-breaking spaces and hyphens/dashes become one space ("net-zero" =
 * "net zero"), typographic apostrophes become "'", soft hyphens vanish.
 */
export function normalizeGap(gap: string): string {
  if (gap === ' ' || isPlainGap(gap)) return gap;
  return gap.replace(INVISIBLE, '').replace(APOSTROPHES, "'").replace(QUOTES, '"').replace(DASHES, ' ');
}

/** Whether a raw token starts with an upper-case letter. */
export function isCapitalized(raw: string): boolean {
  const first = raw.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether tokens `i` and `i + 1` are joined by one hyphen and nothing else ("Smith-Jones", "Stoke-on-Trent"). */
export function isHyphenJoined(tokens: Tokens, i: number): boolean {
  return i >= 0 && i + 1 < tokens.count && /^[-‐‑]$/u.test(tokens.text.slice(tokens.ends[i]!, tokens.starts[i + 1]!));
}

/** Whether token `i` starts with an upper-case letter (ASCII without a string). */
export function isCapitalizedAt(tokens: Tokens, i: number): boolean {
  const code = tokens.text.charCodeAt(tokens.starts[i]!);
  if (code < 128) return code >= 65 && code <= 90;
  return isCapitalized(tokens.text.slice(tokens.starts[i]!, tokens.ends[i]!));
}

/** Whether every cased letter of a raw string is upper case and it has at least two letters. */
export function isAllCaps(raw: string): boolean {
  if (raw !== raw.toUpperCase() || raw === raw.toLowerCase()) return false;
  const letters = raw.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Drops diacritics and invisible characters but keeps case: what "exact case" compares. */
export function stripMarks(raw: string): string {
  return raw.normalize('NFD').replace(MARK, '').replace(INVISIBLE, '');
}
