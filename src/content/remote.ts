/**
 * What the toolbar popup and the background ask of this tab besides its page
 * info: reveal an entity, show a card for a selection (context menu), and read
 * or override the "as of" date cards are built for.
 */
import type { CardModel } from '../shared/card';
import { isIsoDay } from '../shared/dates';
import type { ArticleDateInfo, ContentCommand } from '../shared/messages';
import type { UiModule } from './ui-loader';

export interface RemoteHooks {
  /** Scrolls to an entity's first highlight and flashes it; false when it is not highlighted. */
  reveal(id: string): boolean;
  loadCard(id: string): Promise<CardModel | undefined>;
  loadUi(): Promise<UiModule>;
  /** The publication date found in the page, looked for when first asked. */
  detectedDate(): string | undefined;
  /** Called after the "as of" date changes: cached cards are stale. */
  onAsOfChanged(): void;
}

export interface Remote {
  /** The date cards are built for: the reader's override for this tab, else the article's. */
  asOf(): string | undefined;
  /** Forgets the override (a single-page site moved to another article). */
  reset(): void;
  /** Answers one command (the content script's one message listener hands them over). */
  handle(message: ContentCommand): Promise<unknown>;
}

/** What answers content commands. */
export function startRemote(doc: Document, hooks: RemoteHooks): Remote {
  let override: string | undefined;

  async function handle(message: ContentCommand): Promise<unknown> {
    switch (message.type) {
      case 'revealEntity':
        return hooks.reveal(message.id);
      case 'showCard': {
        const [card, ui] = await Promise.all([message.id ? hooks.loadCard(message.id) : undefined, hooks.loadUi()]);
        ui.showSelectionCard(doc, card, message.text);
        return card !== undefined;
      }
      case 'getArticleDate': {
        const info: ArticleDateInfo = {};
        const detected = hooks.detectedDate();
        if (detected) info.detected = detected;
        if (override) info.override = override;
        return info;
      }
      case 'setAsOf':
        if (message.date !== null && !isIsoDay(message.date)) return false;
        override = message.date ?? undefined;
        hooks.onAsOfChanged();
        return true;
      case 'wake':
        return true;
    }
  }

  return {
    asOf: () => override ?? hooks.detectedDate(),
    reset() {
      override = undefined;
    },
    handle,
  };
}
