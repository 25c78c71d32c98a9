/**
 * Case rules per alias word, worked out once per alias when the index is built
 * (the index file stores them), not per page word checked: acronyms and exact
 * aliases must be written as they are ("US" is not "us"), the capitalized words of
 * a name must be capitalized on the page, terms take any case.
 */
import { CAPITALIZED, EXACT, TERM, type AliasIndex } from './alias-index';
import { isAllCaps, isAsciiRange, isCapitalized, isCapitalizedAt, stripMarks, tokenize, type Tokens } from './tokens';

const ANY_CASE = 0;
const MUST_CAPITALIZE = 1;
const AS_WRITTEN = 2;

/** One alias's rule: per word, a mode and (for AS_WRITTEN) the word without marks. */
export interface CasePattern {
  modes: number[];
  written: string[];
}

/** The rule of an alias with these flags and text (terms need none: see casePasses). */
export function casePatternOf(flags: number, text: string): CasePattern {
  const tokens = tokenize(text);
  const modes: number[] = [];
  const written: string[] = [];
  for (let t = 0; t < tokens.count; t++) {
    const raw = text.slice(tokens.starts[t]!, tokens.ends[t]!);
    if (flags & EXACT || isAllCaps(raw)) modes.push(AS_WRITTEN);
    else if (flags & CAPITALIZED && isCapitalized(raw)) modes.push(MUST_CAPITALIZE);
    else modes.push(ANY_CASE);
    written.push(modes[t] === AS_WRITTEN ? stripMarks(raw) : '');
  }
  return { modes, written };
}

/** Whether token `i` of the page, marks and invisible characters aside, is exactly `written`. */
function isWrittenAt(tokens: Tokens, i: number, written: string): boolean {
  const start = tokens.starts[i]!;
  const end = tokens.ends[i]!;
  if (isAsciiRange(tokens.text, start, end)) return end - start === written.length && tokens.text.startsWith(written, start);
  return stripMarks(tokens.text.slice(start, end)) === written;
}

/** The longest word written in capitals alone that is read as an acronym, not as a name. */
const ACRONYM_MAX = 4;

/** Whether token `i` is written in capitals alone. */
function isAllCapsAt(tokens: Tokens, i: number): boolean {
  return i >= 0 && i < tokens.count && isAllCaps(tokens.text.slice(tokens.starts[i]!, tokens.ends[i]!));
}

/** Kinds whose one-word names a short word in capitals does not stand for (brands do: SONY, ASDA). */
const PLAIN_NAME_KINDS = new Set(['city', 'place', 'region', 'person', 'building']);

/**
 * Whether a one-word name of a place or person is met as a short word in capitals alone amid
 * ordinary text: an acronym, not the name ("ICA", Colombia's farm institute, is not the
 * Peruvian city Ica; the water-treatment system "ALPS" is not the Alps). A dateline opens its
 * paragraph ("ROME —"), and a headline in capitals has capitals on either side.
 */
function isAcronymForName(tokens: Tokens, i: number): boolean {
  const length = tokens.ends[i]! - tokens.starts[i]!;
  return i > 0 && length <= ACRONYM_MAX && isAllCapsAt(tokens, i) && !isAllCapsAt(tokens, i - 1) && !isAllCapsAt(tokens, i + 1);
}

/**
 * Whether the page's words i..j but `skipped` (a person's middle initial, "John F. Kennedy"
 * for "John Kennedy") are written in a case alias `a` allows.
 */
export function casePassesSkipping(index: AliasIndex, a: number, tokens: Tokens, i: number, j: number, skipped: number): boolean {
  const pattern = index.casePattern(a);
  if (j - i !== pattern.modes.length) return false;
  for (let t = 0, p = i; t < pattern.modes.length; t++, p++) {
    if (p === skipped) p++;
    const mode = pattern.modes[t]!;
    if (mode === AS_WRITTEN && !isWrittenAt(tokens, p, pattern.written[t]!)) return false;
    if (mode === MUST_CAPITALIZE && !isCapitalizedAt(tokens, p)) return false;
  }
  return true;
}

/** Whether the page's words i..j are written in a case alias `a` allows. */
export function casePasses(index: AliasIndex, a: number, tokens: Tokens, i: number, j: number): boolean {
  if (index.flags[a]! & TERM) return true;
  // A ticker ("$TRUMP", the memecoin; "$MELANIA") is never the person of that name.
  if (tokens.starts[i]! > 0 && tokens.text.charCodeAt(tokens.starts[i]! - 1) === 36 /* $ */ && index.entityType(index.entityOf(a)) === 'person') return false;
  const pattern = index.casePattern(a);
  if (j - i >= pattern.modes.length) return false;
  let named = 0;
  let acronym = false;
  for (let t = 0; t <= j - i; t++) {
    const mode = pattern.modes[t]!;
    if (mode === AS_WRITTEN && !isWrittenAt(tokens, i + t, pattern.written[t]!)) return false;
    if (mode === MUST_CAPITALIZE) {
      if (!isCapitalizedAt(tokens, i + t)) return false;
      named++;
      acronym ||= isAcronymForName(tokens, i + t);
    }
  }
  // A name of one capitalized word ("Ica", "the Alps") met as an acronym.
  return !(acronym && named === 1 && PLAIN_NAME_KINDS.has(index.entityType(index.entityOf(a))));
}
