/**
 * A page's first look carries its body's text; the blocks it then asks to match are
 * pieces of that same text. So a block is sent by its place in the look's text
 * (`[start, length]`) wherever it is found there, and the background, which kept the
 * text, reads the piece back. On an article that halves what the page serializes and
 * sends (docs/performance.md, stop 53); a block not found (text added since the look)
 * goes as text.
 */
import type { BlockText } from './messages';

/** Shorter blocks go as text: a place would save nothing worth a search. */
const MIN_PLACED_CHARS = 24;

/** Each block's text, or its place in `look` where the same text is found there. */
export function placeBlocks(blocks: readonly string[], look: string): BlockText[] {
  let from = 0;
  return blocks.map((text) => {
    if (text.length < MIN_PLACED_CHARS) return text;
    // Blocks come in document order, as the look's text does: search on from the last
    // one, then from the start. Any place with the same text will do.
    let at = look.indexOf(text, from);
    if (at < 0 && from > 0) at = look.indexOf(text);
    if (at < 0) return text;
    from = at + text.length;
    return [at, text.length];
  });
}

/** The blocks' texts read back from the look's text; undefined if a place lies outside it. */
export function blocksFromPlaces(blocks: readonly BlockText[], look: string): string[] | undefined {
  const texts: string[] = [];
  for (const block of blocks) {
    if (typeof block === 'string') {
      texts.push(block);
      continue;
    }
    const [start, length] = block;
    if (start + length > look.length) return undefined;
    texts.push(look.slice(start, start + length));
  }
  return texts;
}
