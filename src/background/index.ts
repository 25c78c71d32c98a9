/**
 * Background: owns the dataset, answers the content scripts, keeps the toolbar
 * button in step with settings. Listeners are registered at the top level so a
 * stopped service worker (Chrome) or event page (Firefox) wakes up for them.
 */
import browser, { type Runtime } from 'webextension-polyfill';
import { isBackgroundRequest, type LookupEntityResponse } from '../shared/messages';
import { parseSettings, SETTINGS_KEY } from '../shared/settings';
import { showCount, showEnabled } from './action-state';
import { lookupCard, matchPage } from './dataset-store';

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  if (!isBackgroundRequest(message)) return undefined;
  switch (message.type) {
    case 'matchPage':
      return matchPage(message.blocks, message.firstMentionOnly);
    case 'lookupEntity':
      return lookupCard(message.id, message.asOf).then(
        (card): LookupEntityResponse => (card ? { ok: true, card } : { ok: false, error: `unknown entity ${message.id}` }),
      );
    case 'pageStats':
      if (sender.tab?.id !== undefined) return showCount(sender.tab.id, message.count).then(() => true);
      return undefined;
  }
});

async function syncIcon(): Promise<void> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  await showEnabled(parseSettings(stored[SETTINGS_KEY]).enabled);
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) void syncIcon();
});
browser.runtime.onStartup.addListener(() => void syncIcon());
browser.runtime.onInstalled.addListener(() => void syncIcon());
