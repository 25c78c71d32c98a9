import { describe, expect, it } from 'vitest';
import { EDGE_MARGIN_PX, GAP_PX, placeCard, type LayoutInput, type Rect } from '../../src/content/ui/layout';

// Measurements recorded in Chromium on the demo article (1280×900 viewport):
// "John Kerry" in the first paragraph and the card it opens.
const KERRY: Rect = { left: 407, top: 296, right: 505, bottom: 318 };
const CARD = { width: 360, height: 390 };
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 700 };

function input(anchor: Rect, overrides: Partial<LayoutInput> = {}): LayoutInput {
  return { anchor, card: CARD, viewport: DESKTOP, direction: 'ltr', ...overrides };
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function cardRect(layout: ReturnType<typeof placeCard>, card = CARD): Rect {
  const height = layout.maxHeight ?? card.height;
  return { left: layout.left, top: layout.top, right: layout.left + card.width, bottom: layout.top + height };
}

function expectOnScreen(rect: Rect, viewport = DESKTOP): void {
  expect(rect.left).toBeGreaterThanOrEqual(EDGE_MARGIN_PX);
  expect(rect.top).toBeGreaterThanOrEqual(EDGE_MARGIN_PX - 0.5);
  expect(rect.right).toBeLessThanOrEqual(viewport.width - EDGE_MARGIN_PX);
  expect(rect.bottom).toBeLessThanOrEqual(viewport.height - EDGE_MARGIN_PX + 0.5);
}

describe('placeCard', () => {
  it('puts the card below the word, aligned with its start, in LTR', () => {
    const layout = placeCard(input(KERRY));
    expect(layout).toEqual({ left: 407, top: 318 + GAP_PX, placement: 'below' });
  });

  it('aligns the card with the word’s right edge in RTL', () => {
    const layout = placeCard(input(KERRY, { direction: 'rtl' }));
    expect(layout.left).toBe(505 - 360);
    expect(layout.placement).toBe('below');
  });

  it('flips above a word near the bottom edge', () => {
    const anchor = { left: 300, top: 850, right: 380, bottom: 872 };
    const layout = placeCard(input(anchor));
    expect(layout.placement).toBe('above');
    expect(layout.top).toBe(850 - GAP_PX - 390);
    expect(overlaps(cardRect(layout), anchor)).toBe(false);
  });

  it('stays below a word at the top edge', () => {
    const anchor = { left: 300, top: 4, right: 380, bottom: 26 };
    const layout = placeCard(input(anchor));
    expect(layout.placement).toBe('below');
    expectOnScreen(cardRect(layout));
  });

  it('shifts left from the right edge and right from the left edge', () => {
    const right = placeCard(input({ left: 1230, top: 300, right: 1275, bottom: 322 }));
    expect(right.left).toBe(1280 - 360 - EDGE_MARGIN_PX);
    const left = placeCard(input({ left: 0, top: 300, right: 40, bottom: 322 }));
    expect(left.left).toBe(EDGE_MARGIN_PX);
    const rtlLeft = placeCard(input({ left: 2, top: 300, right: 60, bottom: 322 }, { direction: 'rtl' }));
    expect(rtlLeft.left).toBe(EDGE_MARGIN_PX);
  });

  it('scrolls inside, on the roomier side, when neither side fits; never covers the word', () => {
    const anchor = { left: 100, top: 300, right: 180, bottom: 322 };
    const layout = placeCard({ anchor, card: { width: 360, height: 600 }, viewport: PHONE, direction: 'ltr' });
    expect(layout.placement).toBe('below');
    expect(layout.maxHeight).toBe(700 - 322 - GAP_PX - EDGE_MARGIN_PX);
    const rect = cardRect(layout, { width: 360, height: 600 });
    expect(overlaps(rect, anchor)).toBe(false);
    expectOnScreen(rect, PHONE);

    const low = { left: 100, top: 500, right: 180, bottom: 522 };
    const above = placeCard({ anchor: low, card: { width: 360, height: 600 }, viewport: PHONE, direction: 'ltr' });
    expect(above.placement).toBe('above');
    expect(above.top).toBe(EDGE_MARGIN_PX);
    expect(overlaps(cardRect(above, { width: 360, height: 600 }), low)).toBe(false);
  });

  it('keeps every corner placement on screen and off the word', () => {
    const corners: Rect[] = [
      { left: 8, top: 10, right: 90, bottom: 32 },
      { left: 1190, top: 10, right: 1272, bottom: 32 },
      { left: 8, top: 860, right: 90, bottom: 882 },
      { left: 1190, top: 860, right: 1272, bottom: 882 },
    ];
    for (const direction of ['ltr', 'rtl'] as const) {
      for (const anchor of corners) {
        const layout = placeCard(input(anchor, { direction }));
        const rect = cardRect(layout);
        expectOnScreen(rect);
        expect(overlaps(rect, anchor)).toBe(false);
      }
    }
  });
});
