/**
 * The keyboard shortcut (declared under `commands` in manifest.json, changeable in
 * the browser's shortcut settings): toggles Backstory for the current tab's site.
 * The host comes from the tab's content script, so no `tabs` permission is needed.
 */
import browser, { type Tabs } from 'webextension-polyfill';
import type { PageInfo } from '../shared/messages';
import { isSiteOn, withSite } from '../shared/settings';
import { updateSettings } from '../shared/settings-storage';

export const TOGGLE_SITE_COMMAND = 'toggle-site';

async function hostOf(tabId: number): Promise<string | undefined> {
  try {
    const info = (await browser.tabs.sendMessage(tabId, { type: 'getPageInfo' })) as PageInfo | undefined;
    return info?.host || undefined;
  } catch {
    return undefined; // No content script here (a browser page, the store, a PDF): nothing to toggle.
  }
}

/** Flips the site of a tab between on and off; resolves with the new state, or undefined when the tab has no site. */
export async function toggleSiteInTab(tabId: number): Promise<boolean | undefined> {
  const host = await hostOf(tabId);
  if (!host) return undefined;
  const next = await updateSettings((settings) => withSite(settings, host, !isSiteOn(settings, host)));
  return isSiteOn(next, host);
}

/** `commands.onCommand` handler. */
export async function onCommand(command: string, tab?: Tabs.Tab): Promise<void> {
  if (command !== TOGGLE_SITE_COMMAND) return;
  // Firefox before 126 passes no tab: the active tab of the focused window is the one meant.
  const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (tabId !== undefined) await toggleSiteInTab(tabId);
}
