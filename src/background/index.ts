/**
 * Background: owns the dataset, the settings' defaults and migrations, the
 * toolbar button, the shortcut and the context menu. Listeners are registered at
 * the top level so a stopped service worker (Chrome) or event page (Firefox)
 * wakes up for them; nothing that matters is kept only in memory.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isBackgroundRequest, type ListSourcesResponse, type LookupEntityResponse, type SearchEntitiesResponse } from '../shared/messages';
import { isActiveOn, SETTINGS_KEY } from '../shared/settings';
import { readSettings } from '../shared/settings-storage';
import { showCount, showEnabled } from './action-state';
import { onCommand, toggleSiteInTab } from './commands';
import { createMenus, lookUpSelection, onMenuClick } from './context-menu';
import { listSources, lookupCard, searchEntities } from './dataset-store';
import { matchPage, mayMatch, prepareIndex } from './matching-store';
import { migrateStoredSettings } from './migrate';
import { injectPageUi } from './page-ui';

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** Badge count and, for that tab, the on/off icon of its site (the sender's URL needs no `tabs` permission). */
async function onPageStats(tabId: number, count: number, url: string | undefined): Promise<boolean> {
  await showCount(tabId, count);
  const host = hostOf(url);
  if (host) await showEnabled(isActiveOn(await readSettings(), host), tabId);
  return true;
}

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isBackgroundRequest(message)) return undefined;
  switch (message.type) {
    case 'matchPage':
      return matchPage(message.blocks, message.known ?? []);
    case 'mayMatch':
      return mayMatch(message.text);
    case 'lookupEntity':
      return lookupCard(message.id, message.asOf).then(
        (card): LookupEntityResponse => (card ? { ok: true, card } : { ok: false, error: `unknown entity ${message.id}` }),
      );
    case 'pageStats':
      if (sender.tab?.id !== undefined) return onPageStats(sender.tab.id, message.count, sender.url ?? sender.tab.url);
      return undefined;
    case 'loadUi':
      if (sender.tab?.id !== undefined) return injectPageUi(sender.tab.id, sender.frameId ?? 0);
      return Promise.resolve(false);
    case 'searchEntities':
      return searchEntities(message.query).then((results): SearchEntitiesResponse => ({ results }));
    case 'listSources':
      return listSources().then((sources): ListSourcesResponse => ({ sources }));
  }
});

async function syncIcon(): Promise<void> {
  await showEnabled((await readSettings()).enabled);
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) void syncIcon();
});
browser.runtime.onStartup.addListener(() => void syncIcon());
browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings().then(syncIcon);
  void createMenus();
  prepareIndex();
});
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

/** True only in the test build (`node build.mjs --test-hooks` writes dist/test/): never in a release. */
declare const __TEST_HOOKS__: boolean;

// Headless browsers cannot press a browser-level shortcut or open a native
// context menu, so the end-to-end tests call the handlers behind them here
// (reachable only from the extension's own background context). esbuild drops
// this block from release builds, and build.mjs checks that it did.
if (__TEST_HOOKS__) Object.assign(globalThis, { backstoryControl: { toggleSiteInTab, lookUpSelection } });
