/**
 * The texts of recent first looks that were answered "start": the page's `matchPage`
 * then names its blocks by their place in this text instead of sending them again
 * (src/shared/block-places.ts). Kept in memory only, a few at a time: a stopped
 * background forgets them, and the page then sends its texts.
 */

import { blocksFromPlaces } from '../shared/block-places';
import type { BlockText } from '../shared/messages';

/** At most this many looks, and this many characters in all, are kept (the oldest go first). */
const MAX_TEXTS = 32;
const MAX_CHARS = 4_000_000;

const texts = new Map<string, string>();
let chars = 0;

export function keepLookText(key: string, text: string): void {
  forget(key);
  texts.set(key, text);
  chars += text.length;
  for (const [oldest, kept] of texts) {
    if (texts.size <= MAX_TEXTS && chars <= MAX_CHARS) break;
    texts.delete(oldest);
    chars -= kept.length;
  }
}

/**
 * A `matchPage`'s block texts: as sent, or read back from the look `look` names.
 * Undefined when that look is not kept (any more) or a place lies outside it.
 */
export function blockTexts(blocks: readonly BlockText[], look: string | undefined): string[] | undefined {
  if (look === undefined) return blocks.every((b) => typeof b === 'string') ? (blocks as string[]) : undefined;
  const text = texts.get(look);
  return text === undefined ? undefined : blocksFromPlaces(blocks, text);
}

function forget(key: string): void {
  const kept = texts.get(key);
  if (kept === undefined) return;
  texts.delete(key);
  chars -= kept.length;
}
