/**
 * "Look up in Backstory" on a text selection: the background finds the best
 * entry for the selected text and asks that tab's content script to show its
 * card by the selection (or to say that nothing matched).
 */
import browser, { type Menus, type Tabs } from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { ContentCommand } from '../shared/messages';
import { bestMatchFor } from './dataset-store';

export const LOOKUP_MENU_ID = 'backstory-lookup';

/** Creates the menu item; called from `runtime.onInstalled`, since menus persist across restarts. */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: LOOKUP_MENU_ID, title: t('menuLookUp'), contexts: ['selection'] });
}

/** Matches a selected text and tells the tab what to show; resolves with the entity id, or null. */
export async function lookUpSelection(tabId: number, text: string): Promise<string | null> {
  const id = (await bestMatchFor(text)) ?? null;
  const command: ContentCommand = { type: 'showCard', id, text };
  // Only the top frame runs the content script: frame 0 is where the card can appear.
  await browser.tabs.sendMessage(tabId, command, { frameId: 0 }).catch(() => undefined);
  return id;
}

/** `contextMenus.onClicked` handler. */
export async function onMenuClick(info: Menus.OnClickData, tab?: Tabs.Tab): Promise<void> {
  if (info.menuItemId !== LOOKUP_MENU_ID || tab?.id === undefined || !info.selectionText) return;
  await lookUpSelection(tab.id, info.selectionText);
}
