/**
 * Background: owns the dataset, the settings' defaults and migrations, the
 * toolbar button, the shortcut and the context menu. Listeners are registered at
 * the top level so a stopped service worker (Chrome) or event page (Firefox)
 * wakes up for them; nothing that matters is kept only in memory.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { CUSTOM_TERMS_KEY } from '../shared/custom-terms';
import {
  isBackgroundRequest,
  type BlockText,
  type ListSourcesResponse,
  type LookGone,
  type LookResponse,
  type LookupEntityResponse,
  type MatchPageResponse,
  type SearchEntitiesResponse,
} from '../shared/messages';
import { isActiveOn, SETTINGS_KEY, type Settings } from '../shared/settings';
import { readSettings } from '../shared/settings-storage';
import { showCount, showEnabled } from './action-state';
import { onCommand, toggleSiteInTab } from './commands';
import { createMenus, lookUpSelection, onMenuClick } from './context-menu';
import { listSources, lookupCard, searchEntities } from './dataset-store';
import { blockTexts, keepLookText } from './look-texts';
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

/**
 * Badge count and, for that tab, the on/off icon of its site (the sender's URL needs no `tabs`
 * permission); `settings` when the caller has just read them.
 */
async function onPageStats(tabId: number, count: number, url: string | undefined, settings?: Settings): Promise<boolean> {
  await showCount(tabId, count);
  const host = hostOf(url);
  if (host) await showEnabled(isActiveOn(settings ?? (await readSettings()), host), tabId);
  return true;
}

/**
 * A page's first look: start only where Backstory is on and the body's text could match.
 * Where it is off, the icon shows so for that tab, as the content script's report would.
 */
async function lookAtPage(text: string, host: string, key: string | undefined, tabId: number | undefined, url: string | undefined): Promise<LookResponse> {
  const settings = await readSettings();
  if (!isActiveOn(settings, host)) {
    if (tabId !== undefined) await onPageStats(tabId, 0, url, settings);
    return false;
  }
  if (!(await mayMatch(text))) return false;
  if (key !== undefined) keepLookText(key, text);
  return { settings };
}

/**
 * Matches a page's blocks, read back from its look's text where it named them by place.
 * `uiFrame`: the page asked for its UI (it has none yet); where something matched that the
 * reader's kinds show, the UI goes into that frame before the answer does, which saves the
 * page a `loadUi` message.
 */
async function matchBlocks(
  blocks: BlockText[],
  known: string[],
  look: string | undefined,
  uiFrame: { tabId: number; frameId: number; url: string | undefined } | undefined,
): Promise<MatchPageResponse | LookGone> {
  const texts = blockTexts(blocks, look);
  if (!texts) return { lookGone: true };
  const answer = await matchPage(texts, known);
  if (uiFrame && (await showsAny(answer))) {
    await injectPageUi(uiFrame.tabId, uiFrame.frameId);
    if (__TEST_HOOKS__) received.push({ url: uiFrame.url, type: 'ui' });
  }
  return answer;
}

/** Whether the reader shows any kind the answer names: a page whose mentions are all of kinds turned off needs no UI. */
async function showsAny(answer: MatchPageResponse): Promise<boolean> {
  if (answer.mentions.length === 0) return false;
  const { kinds } = await readSettings();
  return answer.mentions.some((m) => {
    const kind = answer.entities[m.id]?.kind;
    return kind !== undefined && kinds[kind];
  });
}

/**
 * Pages that stopped at their first look do not follow the settings: after a change
 * that may turn one on (a switch, the reader's own terms), every tab is asked to start.
 * Tabs without our content script (browser pages, the store) refuse, which is fine.
 */
async function wakeTabs(): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((tab) => (tab.id === undefined ? undefined : browser.tabs.sendMessage(tab.id, { type: 'wake' }).catch(() => undefined))));
}

/** True only in the test build (`node build.mjs --test-hooks` writes dist/test/): never in a release. */
declare const __TEST_HOOKS__: boolean;
/** Test build only: what each page asked, in order, and `ui` where its page UI came with an answer (the tests check what a page pays). */
const received: { url: string | undefined; type: string }[] = [];

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isBackgroundRequest(message)) return undefined;
  if (__TEST_HOOKS__) received.push({ url: sender.url, type: message.type });
  switch (message.type) {
    case 'matchPage': {
      const tabId = sender.tab?.id;
      const uiFrame = message.ui === true && tabId !== undefined ? { tabId, frameId: sender.frameId ?? 0, url: sender.url } : undefined;
      return matchBlocks(message.blocks, message.known ?? [], message.look, uiFrame);
    }
    case 'mayMatch':
      return mayMatch(message.text);
    case 'look':
      return lookAtPage(message.text, message.host, message.key, sender.tab?.id, sender.url ?? sender.tab?.url);
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
  const isSettings = area === 'sync' && SETTINGS_KEY in changes;
  if (isSettings) void syncIcon();
  if (isSettings || (area === 'local' && CUSTOM_TERMS_KEY in changes)) void wakeTabs();
});
browser.runtime.onStartup.addListener(() => void syncIcon());
browser.runtime.onInstalled.addListener(() => {
  void migrateStoredSettings().then(syncIcon);
  void createMenus();
  prepareIndex();
});
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClick(info, tab));

// Headless browsers cannot press a browser-level shortcut or open a native
// context menu, so the end-to-end tests call the handlers behind them here
// (reachable only from the extension's own background context). esbuild drops
// this block from release builds, and build.mjs checks that it did.
if (__TEST_HOOKS__) {
  const messagesFrom = (urlPart: string) => received.filter((r) => r.url?.includes(urlPart)).map((r) => r.type);
  Object.assign(globalThis, { backstoryControl: { toggleSiteInTab, lookUpSelection, messagesFrom } });
}
