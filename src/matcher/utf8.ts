/**
 * UTF-8 for the index file's strings, and comparing a JS string with stored bytes
 * without decoding them: the scan looks keys up in the prebuilt trie this way.
 *
 * One deviation from standard UTF-8, on purpose: a lone surrogate is written as the
 * byte 0xFF (never part of valid UTF-8) instead of U+FFFD, so a key with a lone
 * surrogate equals only itself, as JS string equality has it.
 */

const LONE_SURROGATE = 0xff;
const decoder = new TextDecoder();

/** The code point at `i` and how many UTF-16 units it takes; -1 for a lone surrogate. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return c;
  if (c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
  }
  return -1;
}

/** Writes the bytes of one code point (or the lone-surrogate byte) at `at`; returns the next position. */
function putCodePoint(out: Uint8Array, at: number, cp: number): number {
  if (cp < 0) out[at++] = LONE_SURROGATE;
  else if (cp < 0x80) out[at++] = cp;
  else if (cp < 0x800) {
    out[at++] = 0xc0 | (cp >> 6);
    out[at++] = 0x80 | (cp & 63);
  } else if (cp < 0x10000) {
    out[at++] = 0xe0 | (cp >> 12);
    out[at++] = 0x80 | ((cp >> 6) & 63);
    out[at++] = 0x80 | (cp & 63);
  } else {
    out[at++] = 0xf0 | (cp >> 18);
    out[at++] = 0x80 | ((cp >> 12) & 63);
    out[at++] = 0x80 | ((cp >> 6) & 63);
    out[at++] = 0x80 | (cp & 63);
  }
  return at;
}

/** The bytes of `text` in this module's UTF-8. */
export function encodeUtf8(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 3);
  let at = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = codePointAt(text, i);
    if (cp > 0xffff) i++;
    at = putCodePoint(out, at, cp);
  }
  return out.slice(0, at);
}

/** Decodes stored bytes (a lone-surrogate byte comes back as U+FFFD). */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  let ascii = true;
  for (let i = start; i < end; i++) {
    if (bytes[i]! >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii && end - start < 64) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  return decoder.decode(bytes.subarray(start, end));
}

const scratch = new Uint8Array(4);

/**
 * Compares stored bytes `[start, end)` with the encoding of `text`, in byte order:
 * negative when the bytes sort first, 0 when equal, positive when they sort after.
 */
export function compareUtf8(bytes: Uint8Array, start: number, end: number, text: string): number {
  let p = start;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if (p === end) return -1;
      const d = bytes[p++]! - c;
      if (d !== 0) return d;
      continue;
    }
    const cp = codePointAt(text, i);
    if (cp > 0xffff) i++;
    const n = putCodePoint(scratch, 0, cp);
    for (let k = 0; k < n; k++) {
      if (p === end) return -1;
      const d = bytes[p++]! - scratch[k]!;
      if (d !== 0) return d;
    }
  }
  return p === end ? 0 : 1;
}

/** Byte-order comparison of two byte strings (for sorting keys as `compareUtf8` sees them). */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
