/** The popup's line to the page it was opened over (or the tab named by `?tab=<id>`). */
import browser from 'webextension-polyfill';
import type { ContentCommand, ContentRequest } from '../shared/messages';

/** The tab the popup is about: `?tab=<id>` (tests open the popup as a tab) or the active tab. */
export async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Sends to the tab's content script; undefined when there is none (a browser page, the store, a PDF). */
export async function sendToTab<T>(tabId: number | undefined, message: ContentRequest | ContentCommand): Promise<T | undefined> {
  if (tabId === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tabId, message)) as T;
  } catch {
    return undefined;
  }
}
