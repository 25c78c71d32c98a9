/**
 * The page's `matchPage` request. Where the background kept the text of the page's
 * first look, blocks go as places in it (src/shared/block-places.ts); a background
 * that no longer keeps it (it was stopped since) answers `lookGone`, and the blocks
 * go again as text. A page without its UI yet says so (`ui`), and the background puts
 * the UI in with an answer that has something to show.
 */
import { placeBlocks } from '../shared/block-places';
import type { LookGone, MatchPageResponse } from '../shared/messages';

/** A look the background answered "start" to, and so keeps under `key`. */
export interface KeptLook {
  key: string;
  text: string;
}

export type Send = <T>(message: unknown) => Promise<T | undefined>;

/** The background's answer, and the look to use next time (undefined once the background has forgotten it). */
export async function requestMatch(
  send: Send,
  blocks: string[],
  known: string[],
  look: KeptLook | undefined,
  needsUi = false,
): Promise<{ answer: MatchPageResponse | undefined; look: KeptLook | undefined }> {
  const ui = needsUi ? { ui: true } : {};
  if (look) {
    const answer = await send<MatchPageResponse | LookGone>({ type: 'matchPage', blocks: placeBlocks(blocks, look.text), known, look: look.key, ...ui });
    if (!answer || !('lookGone' in answer)) return { answer, look };
  }
  return { answer: await send<MatchPageResponse>({ type: 'matchPage', blocks, known, ...ui }), look: undefined };
}
