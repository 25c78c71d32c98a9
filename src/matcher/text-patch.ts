/**
 * An alias's text as a few edits of its trie path, where no whole-text shape rebuilds it:
 * "Syrian civil war" is the path "syrian civil war" with its first letter raised, "Aktürkoğlu"
 * the path "akturkoglu" with one letter raised and two replaced. Most stored texts differ from
 * their path only so, and an edit takes one byte (two to four with its letter) where the text
 * took one a character.
 *
 * A patch is a string of steps, each a character that says how many characters of the path to
 * copy first (0–47) and what to do with the next one:
 * - U+0020 + gap (up to U+004F): copy `gap` characters, then write the next one in upper case;
 * - U+0050 + gap (up to U+007F): copy `gap` characters, then write the patch's following character instead.
 * The rest of the path is copied after the last step. A text that is not the path's length, or
 * whose edits lie further apart, keeps being stored whole.
 */

import { encodeUtf8 } from './utf8';

const RAISE = 0x20;
const REPLACE = 0x50;
const MAX_GAP = REPLACE - RAISE - 1;

const isSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** The patch that turns `path` into `text`, or undefined where there is none (or none shorter than the text). */
export function patchOf(path: string, text: string): string | undefined {
  if (path.length !== text.length) return undefined;
  let patch = '';
  let gap = 0;
  for (let i = 0; i < text.length; i++) {
    const want = text[i]!;
    const have = path[i]!;
    if (want === have) {
      gap++;
      continue;
    }
    if (gap > MAX_GAP) return undefined;
    if (have.toUpperCase() === want) patch += String.fromCharCode(RAISE + gap);
    else if (isSurrogate(want.charCodeAt(0)) || isSurrogate(have.charCodeAt(0))) return undefined;
    else patch += String.fromCharCode(REPLACE + gap) + want;
    gap = 0;
  }
  return patch.length > 0 && encodeUtf8(patch).length < encodeUtf8(text).length ? patch : undefined;
}

/** `path` with `patch` applied (patchOf's inverse). */
export function applyPatch(path: string, patch: string): string {
  let out = '';
  let at = 0;
  for (let k = 0; k < patch.length; k++) {
    const step = patch.charCodeAt(k);
    const replace = step >= REPLACE;
    const gap = step - (replace ? REPLACE : RAISE);
    out += path.slice(at, at + gap);
    at += gap;
    out += replace ? patch[++k]! : path[at]!.toUpperCase();
    at++;
  }
  return out + path.slice(at);
}
