/**
 * When the card opens and closes: a small state machine driven by pointer,
 * keyboard and touch events delegated from the document, all removed by one
 * abort() when Backstory is turned off.
 */
import type { CardModel } from '../../shared/card';
import { ENTITY_ATTR, HIGHLIGHT_TAG } from '../page-names';
import { Popover } from './popover';

// mouseout fires when moving between the word and the card, or between the
// parts of one highlight: waiting this long before closing lets the pointer
// travel into the card without it vanishing.
export const ABANDON_DELAY_MS = 300;

export interface HoverOptions {
  /** The dwell before a card opens: long enough that crossing a word on the way elsewhere opens nothing. */
  dwellMs: number;
  loadCard(id: string): Promise<CardModel | undefined>;
  /** Entities present on this page (related entities are listed only when here). */
  isOnPage(id: string): boolean;
  scrollToEntity(id: string): void;
  /** Whether an element is one of our own highlights: a page's own `<bs-mark>` opens nothing. */
  isOwnHighlight(element: Element): boolean;
}

export class HoverController {
  /** Made on the first open: a page whose reader never hovers pays nothing for the card. */
  private card: Popover | undefined;
  private readonly abort = new AbortController();
  private dwellTimer: ReturnType<typeof setTimeout> | undefined;
  private abandonTimer: ReturnType<typeof setTimeout> | undefined;
  private anchor: HTMLElement | null = null;
  private pending: HTMLElement | null = null;
  private request = 0;

  constructor(private readonly doc: Document, private readonly options: HoverOptions) {
    const signal = this.abort.signal;
    const on = <K extends keyof DocumentEventMap>(type: K, handler: (event: DocumentEventMap[K]) => void) =>
      doc.addEventListener(type, handler as EventListener, { capture: true, signal });
    on('mouseover', (event) => this.onPointerOver(event));
    on('mouseout', (event) => this.onPointerOut(event));
    on('focusin', (event) => this.onFocus(event));
    on('keydown', (event) => this.onKey(event));
    on('pointerdown', (event) => this.onPointerDown(event));
    doc.defaultView?.addEventListener('scroll', () => this.onScroll(), { capture: true, passive: true, signal });
    doc.defaultView?.addEventListener('resize', () => this.onScroll(), { passive: true, signal });
  }

  /** The highlight an event happened in, if it is one of ours. */
  private highlightOf(target: EventTarget | null): HTMLElement | null {
    const mark = target instanceof Element ? (target.closest(HIGHLIGHT_TAG) as HTMLElement | null) : null;
    return mark && this.options.isOwnHighlight(mark) ? mark : null;
  }

  get isOpen(): boolean {
    return this.card?.isOpen ?? false;
  }

  private contains(node: Node | null): boolean {
    return this.card?.contains(node) ?? false;
  }

  private popover(): Popover {
    this.card ??= new Popover(this.doc, {
      onClose: () => this.close(true),
      onRelated: (id) => {
        this.close(false);
        this.options.scrollToEntity(id);
      },
    });
    return this.card;
  }

  /** Opens the card for a highlight now (keyboard and touch skip the dwell). */
  async open(highlight: HTMLElement): Promise<void> {
    this.cancelTimers();
    const id = highlight.getAttribute(ENTITY_ATTR);
    if (!id) return;
    const request = ++this.request;
    const card = await this.options.loadCard(id);
    if (!card || request !== this.request || !highlight.isConnected) return;
    const model: CardModel = { ...card, related: card.related.filter((r) => r.id !== id && this.options.isOnPage(r.id)) };
    if (this.anchor && this.anchor !== highlight) this.anchor.setAttribute('aria-expanded', 'false');
    this.anchor = highlight;
    highlight.setAttribute('aria-expanded', 'true');
    this.popover().show(model, highlight.getBoundingClientRect());
  }

  /** Closes the card; with `returnFocus`, focus goes back to its highlight. */
  close(returnFocus: boolean): void {
    this.cancelTimers();
    this.request++;
    this.pending = null;
    if (!this.isOpen) return;
    this.card?.hide();
    const anchor = this.anchor;
    this.anchor = null;
    anchor?.setAttribute('aria-expanded', 'false');
    if (returnFocus && anchor?.isConnected) anchor.focus({ preventScroll: true });
  }

  destroy(): void {
    this.close(false);
    this.abort.abort();
    this.card?.destroy();
    this.card = undefined;
  }

  private cancelTimers(): void {
    clearTimeout(this.dwellTimer);
    clearTimeout(this.abandonTimer);
    this.dwellTimer = this.abandonTimer = undefined;
  }

  private startDwell(highlight: HTMLElement): void {
    if (this.anchor === highlight && this.isOpen) {
      clearTimeout(this.abandonTimer);
      return;
    }
    clearTimeout(this.dwellTimer);
    this.pending = highlight;
    this.dwellTimer = setTimeout(() => {
      if (this.pending === highlight) void this.open(highlight);
    }, this.options.dwellMs);
  }

  private startAbandon(): void {
    clearTimeout(this.dwellTimer);
    this.pending = null;
    if (!this.isOpen) return;
    clearTimeout(this.abandonTimer);
    this.abandonTimer = setTimeout(() => this.close(false), ABANDON_DELAY_MS);
  }

  private onPointerOver(event: MouseEvent): void {
    if (this.contains(event.target as Node)) {
      clearTimeout(this.abandonTimer);
      return;
    }
    const highlight = this.highlightOf(event.target);
    if (highlight) this.startDwell(highlight);
  }

  private onPointerOut(event: MouseEvent): void {
    const to = event.relatedTarget as Node | null;
    const fromHighlight = this.highlightOf(event.target);
    const fromCard = this.contains(event.target as Node);
    if (!fromHighlight && !fromCard) return;
    if (this.contains(to)) return;
    if (fromHighlight && this.highlightOf(to) === fromHighlight) return;
    this.startAbandon();
  }

  /**
   * Focus alone opens nothing: a reader tabbing through the article would get
   * a card at every stop. Enter or Space opens (the highlight is a button);
   * focus moving elsewhere on the page closes a card left open.
   */
  private onFocus(event: FocusEvent): void {
    if (!this.isOpen || this.contains(event.target as Node)) return;
    if (this.highlightOf(event.target) !== this.anchor) this.close(false);
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'Escape' && (this.isOpen || this.pending)) {
      const wasOpen = this.isOpen;
      const inCard = this.contains(this.doc.activeElement);
      this.close(inCard || this.doc.activeElement === this.anchor);
      // The page's own Escape handlers (closing its dialogs) must not fire for ours.
      if (wasOpen) event.stopPropagation();
      return;
    }
    if (event.key === 'Tab' && this.contains(event.target as Node) && this.card!.isFocusEdge(event.shiftKey)) {
      // The card lives at the end of the document: tabbing past its edge would
      // jump there. Going back to the highlight keeps the reader's place.
      event.preventDefault();
      this.close(true);
      return;
    }
    const highlight = this.highlightOf(event.target);
    if (highlight && (event.key === 'Enter' || event.key === ' ') && event.target === highlight) {
      event.preventDefault();
      void this.open(highlight).then(() => {
        if (this.anchor === highlight) this.card?.card.focus();
      });
    }
  }

  private onPointerDown(event: PointerEvent): void {
    if (this.contains(event.target as Node)) return;
    const highlight = this.highlightOf(event.target);
    if (highlight && event.pointerType !== 'mouse') {
      // A tap opens the card: touch has no hover, so nothing may be hover-only.
      void this.open(highlight);
      return;
    }
    if (this.isOpen && highlight !== this.anchor) this.close(false);
  }

  private onScroll(): void {
    if (!this.isOpen || !this.anchor) return;
    const rect = this.anchor.getBoundingClientRect();
    const win = this.doc.defaultView!;
    if (rect.bottom < 0 || rect.top > win.innerHeight || !this.anchor.isConnected) this.close(false);
    else this.card?.place(rect);
  }
}
