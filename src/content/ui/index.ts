/**
 * The page UI, bundled apart as `content-ui.js` (entry.ts) and injected by the
 * background only when a page has something to show: highlights (mark.js), the
 * hover card, keyboard reach, the highlight style, the reveal flash and the
 * context menu's card. A page with nothing to highlight never evaluates any of it.
 */
import type { CardModel } from '../../shared/card';
import type { EntityKind } from '../../shared/dataset';
import type { EntityBrief, PageMention } from '../../shared/messages';
import type { HighlightStyle } from '../../shared/settings';
import { t } from '../api';
import { ENTITY_ATTR, FLASH_ATTR, HIGHLIGHT_TAG, STYLE_ATTR } from '../page-names';
import { isIntact, type TextBlock } from '../text-block';
import { highlight, slicesByBlock, type Highlights } from './highlighter';
import { HoverController } from './hover';
import { pageCss } from './popover-style';
import { makeReachable } from './reachable';
import { SelectionCard } from './selection-card';

// A long article is wrapped a slice at a time, yielding to the page in between, so
// wrapping a thousand mentions never becomes one long task that delays input. An
// ordinary article (a few dozen first mentions) fits in one slice: one task, one
// frame to render them (each extra frame costs the page its paint and commit again).
const SLICE_BUDGET_MS = 16;
// Long enough to catch the eye after a smooth scroll, short enough not to linger.
const FLASH_MS = 1600;
// A smooth scroll can be dropped (headless Firefox never runs one; a busy page may
// cut it short): if the mention is still out of view after this, jump to it.
const SMOOTH_SCROLL_GRACE_MS = 800;

export interface RendererOptions {
  style: HighlightStyle;
  hoverDelayMs: number;
  loadCard(id: string): Promise<CardModel | undefined>;
  /** Entities present on this page (a card lists related entities only when here). */
  isOnPage(id: string): boolean;
}

/** Called around each DOM write, so a watcher of the page's own changes can ignore ours. */
export interface WriteGuard {
  pause(): void;
  resume(): void;
}

export interface Renderer {
  /** Wraps mentions found in `blocks`, a slice at a time; blocks the page changed meanwhile are skipped. */
  highlight(
    blocks: readonly TextBlock[],
    mentions: readonly PageMention[],
    entities: Record<string, EntityBrief>,
    descriptions: Record<EntityKind, string>,
    guard: WriteGuard,
  ): Promise<void>;
  /** Scrolls to an entity's first highlight and focuses it; false when it has none. */
  scrollTo(id: string): boolean;
  /** Scrolls to an entity and flashes its highlight (the popup's "reveal"). */
  reveal(id: string): boolean;
  /** Removes every highlight, listener and element we added: the page is as it was. */
  destroy(): void;
}

function yieldToPage(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function isInView(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  const height = el.ownerDocument.defaultView?.innerHeight ?? 0;
  return rect.bottom > 0 && rect.top < height;
}

/** Starts the page UI for one session. */
export function createRenderer(doc: Document, options: RendererOptions): Renderer {
  const highlights: Highlights[] = [];
  const cleanups: (() => void)[] = [];
  /** Only elements we created open cards: a page's own <bs-mark> is not ours. */
  const own = new WeakSet<Element>();
  const focusable = new Set<string>();
  let hover: HoverController | undefined;
  let style: HTMLStyleElement | undefined;
  let isDestroyed = false;

  const firstHighlight = (id: string) =>
    doc.querySelector<HTMLElement>(`${HIGHLIGHT_TAG}[${ENTITY_ATTR}="${CSS.escape(id)}"][tabindex]`);

  function scrollTo(id: string): boolean {
    const target = firstHighlight(id);
    if (!target) return false;
    const smooth = !doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
    return true;
  }

  function ensureUi(): void {
    if (hover) return;
    style = doc.createElement('style');
    style.setAttribute(STYLE_ATTR, '');
    style.textContent = pageCss(options.style);
    (doc.head ?? doc.documentElement).append(style);
    hover = new HoverController(doc, {
      dwellMs: options.hoverDelayMs,
      loadCard: options.loadCard,
      isOnPage: options.isOnPage,
      scrollToEntity: (id) => scrollTo(id),
      isOwnHighlight: (element) => own.has(element),
    });
  }

  return {
    async highlight(blocks, mentions, entities, descriptions, guard) {
      if (mentions.length === 0 || isDestroyed) return;
      let sinceYield = performance.now();
      for (const slice of slicesByBlock(mentions)) {
        const intact = slice.filter((m) => isIntact(blocks[m.block]!));
        if (intact.length > 0) {
          ensureUi();
          guard.pause();
          const added = highlight(blocks, intact, entities);
          for (const element of added.elements) own.add(element);
          highlights.push(added);
          cleanups.push(makeReachable(doc, added.elements, focusable, (kind) => descriptions[kind]));
          guard.resume();
        }
        if (performance.now() - sinceYield > SLICE_BUDGET_MS) {
          await yieldToPage();
          if (isDestroyed) return;
          sinceYield = performance.now();
        }
      }
    },
    scrollTo,
    reveal(id) {
      if (!scrollTo(id)) return false;
      const target = firstHighlight(id)!;
      setTimeout(() => {
        if (target.isConnected && !isInView(target)) target.scrollIntoView({ block: 'center' });
      }, SMOOTH_SCROLL_GRACE_MS);
      target.setAttribute(FLASH_ATTR, '');
      // Web Animations, not a class: nothing to add to the page's stylesheet and nothing left behind.
      const done = () => target.removeAttribute(FLASH_ATTR);
      target
        .animate([{ boxShadow: '0 0 0 4px rgba(242, 169, 0, 0.9)' }, { boxShadow: '0 0 0 4px rgba(242, 169, 0, 0)' }], { duration: FLASH_MS, easing: 'ease-out' })
        .finished.then(done, done);
      return true;
    },
    destroy() {
      isDestroyed = true;
      hover?.destroy();
      cleanups.splice(0).forEach((cleanup) => cleanup());
      highlights.splice(0).reverse().forEach((h) => h.remove());
      style?.remove();
      hover = style = undefined;
    },
  };
}

let selectionCard: SelectionCard | undefined;

/** The context menu's card for a selection, or the notice that `text` matched nothing. */
export function showSelectionCard(doc: Document, card: CardModel | undefined, text: string): void {
  selectionCard ??= new SelectionCard(doc);
  selectionCard.show(card, {
    title: t('lookupNoMatchTitle'),
    body: t('lookupNoMatchBody', text.length > 60 ? `${text.slice(0, 57)}…` : text),
    close: t('card_close'),
  });
}

/** Closes the context menu's card, if open. */
export function closeSelectionCard(): void {
  selectionCard?.close();
}
