/**
 * Passes storage changes on to the content script of every tab: pages never load
 * the storage API themselves (see `StorageNotice`), so this is how an open page
 * follows the switches, the settings and the reader's own terms, live.
 */
import browser from 'webextension-polyfill';
import type { StorageNotice } from '../shared/messages';

export async function tellTabs(notice: StorageNotice): Promise<void> {
  const tabs = await browser.tabs.query({});
  // A tab without our content script (a browser page, a file not matched) has no receiver: nothing to tell.
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, notice).catch(() => undefined))));
}
