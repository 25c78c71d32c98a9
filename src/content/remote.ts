/**
 * What the toolbar popup and the background ask of this tab besides its page
 * info: reveal an entity, show a card for a selection (context menu), read or
 * override the "as of" date, and re-match when the reader's custom terms change.
 * Kept apart from index.ts so the page session's code stays about the page.
 */
import browser from 'webextension-polyfill';
import type { CardModel } from '../shared/card';
import { CUSTOM_TERMS_KEY } from '../shared/custom-terms';
import { isIsoDay } from '../shared/dates';
import { isContentCommand, type ArticleDateInfo, type ContentCommand } from '../shared/messages';
import { HIGHLIGHT_TAG } from './highlighter';
import { SelectionCard } from './selection-card';

// Long enough to catch the eye after a smooth scroll, short enough not to linger.
const FLASH_MS = 1600;
// A smooth scroll can be dropped (headless Firefox never runs one; a busy page may
// cut it short): if the mention is still out of view after this, jump to it.
const SMOOTH_SCROLL_GRACE_MS = 800;

export interface RemoteHooks {
  /** Scrolls to an entity's first highlight and focuses it; false when it is not highlighted. */
  scrollTo(id: string): boolean;
  loadCard(id: string): Promise<CardModel | undefined>;
  /** Called after the "as of" date changes: cached cards are stale. */
  onAsOfChanged(): void;
  /** Called when custom terms change: the page must be matched again. */
  rematch(): void;
}

export interface Remote {
  /** The date cards are built for: the reader's override for this tab, else the article's. */
  asOf(): string | undefined;
  destroy(): void;
}

function isInView(el: HTMLElement): boolean {
  const rect = el.getBoundingClientRect();
  const height = el.ownerDocument.defaultView?.innerHeight ?? 0;
  return rect.bottom > 0 && rect.top < height;
}

function flash(doc: Document, id: string): void {
  const target = doc.querySelector<HTMLElement>(`${HIGHLIGHT_TAG}[data-bs-entity="${CSS.escape(id)}"]`);
  if (!target) return;
  setTimeout(() => {
    if (target.isConnected && !isInView(target)) target.scrollIntoView({ block: 'center' });
  }, SMOOTH_SCROLL_GRACE_MS);
  target.setAttribute('data-bs-flash', '');
  // Web Animations, not a class: nothing to add to the page's stylesheet and nothing left behind.
  target.animate(
    [{ boxShadow: '0 0 0 4px rgba(242, 169, 0, 0.9)' }, { boxShadow: '0 0 0 4px rgba(242, 169, 0, 0)' }],
    { duration: FLASH_MS, easing: 'ease-out' },
  ).finished.then(
    () => target.removeAttribute('data-bs-flash'),
    () => target.removeAttribute('data-bs-flash'),
  );
}

/** Starts answering content commands; `detectedAsOf` is the date found in the page. */
export function startRemote(doc: Document, detectedAsOf: string | undefined, hooks: RemoteHooks): Remote {
  let override: string | undefined;
  const selectionCard = new SelectionCard(doc);

  async function handle(message: ContentCommand): Promise<unknown> {
    switch (message.type) {
      case 'revealEntity': {
        const found = hooks.scrollTo(message.id);
        if (found) flash(doc, message.id);
        return found;
      }
      case 'showCard': {
        const card = message.id ? await hooks.loadCard(message.id) : undefined;
        selectionCard.show(card, message.text, {
          title: browser.i18n.getMessage('lookupNoMatchTitle') || 'No match',
          body: browser.i18n.getMessage('lookupNoMatchBody') || 'Backstory has no entry for “%s”.',
        });
        return card !== undefined;
      }
      case 'getArticleDate': {
        const info: ArticleDateInfo = {};
        if (detectedAsOf) info.detected = detectedAsOf;
        if (override) info.override = override;
        return info;
      }
      case 'setAsOf':
        if (message.date !== null && !isIsoDay(message.date)) return false;
        override = message.date ?? undefined;
        hooks.onAsOfChanged();
        return true;
    }
  }

  const onMessage = (message: unknown) => (isContentCommand(message) ? handle(message) : undefined);
  const onStorage = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && CUSTOM_TERMS_KEY in changes) hooks.rematch();
  };
  browser.runtime.onMessage.addListener(onMessage);
  browser.storage.onChanged.addListener(onStorage);
  return {
    asOf: () => override ?? detectedAsOf,
    destroy() {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
      selectionCard.close();
    },
  };
}
