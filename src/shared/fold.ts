/**
 * The one way Backstory folds text for comparing: lower case, diacritics off,
 * letters that carry no combining mark mapped too (Støre is Store, Łódź is Lodz),
 * invisible characters (soft hyphens, zero-width joiners) dropped. The matcher
 * folds page words with it, so aliases compared with it here (dataset checks,
 * merges, imports, search, the CLI's lookup) are the same words the matcher sees.
 */

const MARK = /\p{M}/gu;
/** Soft hyphen, zero-width space/non-joiner/joiner, word joiner, BOM: inside a word, they are nothing. */
export const INVISIBLE_CODES: readonly number[] = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const INVISIBLE = new Set(INVISIBLE_CODES);
/** Letters NFD leaves whole: what a reader types without them. */
const UNDECOMPOSED: Record<string, string> = { ø: 'o', æ: 'ae', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', œ: 'oe', þ: 'th', ð: 'd' };

const FOLDED = new Map<number, string>();

/** Folds one UTF-16 unit ('' for a bare combining mark or an invisible character). */
export function foldChar(code: number): string {
  let folded = FOLDED.get(code);
  if (folded === undefined) {
    folded = INVISIBLE.has(code) ? '' : String.fromCharCode(code).normalize('NFD').replace(MARK, '').toLowerCase();
    folded = UNDECOMPOSED[folded] ?? folded;
    FOLDED.set(code, folded);
  }
  return folded;
}

/** Whether every unit of `text[from, to)` is ASCII (then folding is plain lower-casing). */
export function isAsciiRange(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) >= 128) return false;
  return true;
}

/** Folds a string unit by unit (offsets of words stay where they were in the raw text). */
export function foldText(text: string): string {
  if (isAsciiRange(text, 0, text.length)) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out += code < 128 ? text[i]!.toLowerCase() : foldChar(code);
  }
  return out;
}

/** A name or alias folded for comparing whole texts: `foldText`, with runs of space made one ("Zürich  Hbf" ~ "zurich hbf"). */
export function foldName(text: string): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}
