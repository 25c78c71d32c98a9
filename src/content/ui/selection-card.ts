/**
 * The card shown by the context menu's "Look up in Backstory": the same popover
 * as for highlights, placed by the selection, closed by Escape, its close button
 * or a click elsewhere. When nothing matched it says so instead of staying silent.
 */
import type { CardModel } from '../../shared/card';
import { SELECTION_CARD_ATTR } from '../page-names';
import type { Rect } from './layout';
import { Popover } from './popover';

function selectionRect(doc: Document): Rect {
  const selection = doc.getSelection();
  if (selection && selection.rangeCount > 0) {
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) return rect;
  }
  // No visible selection left (the page cleared it): near the top centre of the view.
  const width = doc.defaultView?.innerWidth ?? 800;
  return { left: width / 2, right: width / 2, top: 80, bottom: 100 };
}

/** The words of the no-match notice: its title, its text (naming the selection), and the card's close label. */
export interface NoMatchWords {
  title: string;
  body: string;
  close: string;
}

/** A card-shaped notice for a selection that matched nothing. */
function noMatchModel(words: NoMatchWords): CardModel {
  return {
    id: '',
    name: words.title,
    type: 'term',
    kind: 'term',
    typeLabel: '',
    asOf: '',
    asOfOrigin: 'today',
    when: '',
    labels: { later: '', related: '', readMore: '', sources: '', close: words.close },
    summary: words.body,
    facts: [],
    related: [],
    sources: [],
  };
}

export class SelectionCard {
  private popover: Popover | undefined;
  private abort: AbortController | undefined;

  constructor(private readonly doc: Document) {}

  /** Shows a card (or the no-match notice) by the current selection and focuses it. */
  show(card: CardModel | undefined, messages: NoMatchWords): void {
    this.close();
    this.abort = new AbortController();
    const popover = new Popover(this.doc, { onClose: () => this.close(), onRelated: () => this.close() });
    this.popover = popover;
    popover.show(card ?? noMatchModel(messages), selectionRect(this.doc));
    popover.host.setAttribute(SELECTION_CARD_ATTR, card ? 'match' : 'none');
    if (!card) popover.card.querySelector('.bs-foot, .bs-kind')?.remove();
    popover.card.focus({ preventScroll: true });
    const signal = this.abort.signal;
    this.doc.addEventListener('keydown', (event) => event.key === 'Escape' && this.close(), { capture: true, signal });
    this.doc.addEventListener('pointerdown', (event) => !popover.contains(event.target as Node) && this.close(), { capture: true, signal });
  }

  close(): void {
    this.abort?.abort();
    this.popover?.destroy();
    this.popover = this.abort = undefined;
  }
}
