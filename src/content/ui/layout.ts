/**
 * Where the card goes: a pure function of measurements, so it is tested with
 * recorded numbers, LTR and RTL, without a browser.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface LayoutInput {
  /** The highlighted word, in viewport coordinates. */
  anchor: Rect;
  card: { width: number; height: number };
  viewport: { width: number; height: number };
  direction: 'ltr' | 'rtl';
}

export interface Layout {
  left: number;
  top: number;
  placement: 'below' | 'above';
  /** Set when the card must scroll inside to fit. */
  maxHeight?: number;
}

/** Space between the word and the card, so the word stays readable. */
export const GAP_PX = 6;
/** Distance kept from the viewport's edges. */
export const EDGE_MARGIN_PX = 8;

/** Places the card below the word, or above when it fits only there; never over the word. */
export function placeCard({ anchor, card, viewport, direction }: LayoutInput): Layout {
  const below = viewport.height - anchor.bottom - GAP_PX - EDGE_MARGIN_PX;
  const above = anchor.top - GAP_PX - EDGE_MARGIN_PX;
  const placement = card.height <= below || below >= above ? 'below' : 'above';
  const room = Math.max(0, placement === 'below' ? below : above);
  const height = Math.min(card.height, room);
  const top = placement === 'below' ? anchor.bottom + GAP_PX : anchor.top - GAP_PX - height;

  const preferred = direction === 'rtl' ? anchor.right - card.width : anchor.left;
  const maxLeft = viewport.width - card.width - EDGE_MARGIN_PX;
  const left = Math.max(EDGE_MARGIN_PX, Math.min(preferred, maxLeft));

  const layout: Layout = { left: Math.round(left), top: Math.round(top), placement };
  if (height < card.height) layout.maxHeight = Math.floor(height);
  return layout;
}
