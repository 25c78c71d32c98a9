/**
 * The toolbar popup: the two switches, what the page mentions, the "as of" date,
 * a search box and a link to the options. It can also be opened as a tab with
 * `?tab=<id>` (tests do this where the real popup panel cannot be reached).
 */
import browser from 'webextension-polyfill';
import { localize, t } from '../shared/i18n';
import type { ArticleDateInfo, PageInfo } from '../shared/messages';
import { isSiteOn, SETTINGS_KEY, siteState, withSite } from '../shared/settings';
import { readSettings, updateSettings } from '../shared/settings-storage';
import { renderEntities, setUpAsOf } from './page-panel';
import { setUpSearch } from './search-panel';
import { RedrawGuard } from './redraw-guard';
import { enabledChange } from './switch-intent';
import { sendToTab, targetTabId } from './tab-link';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const enabledSwitch = $<HTMLInputElement>('enabled');
const siteSwitch = $<HTMLInputElement>('site');

/** Whether the switches show the stored settings yet (see switch-intent.ts). */
let isDrawn = false;
let guard: RedrawGuard;

function changeSettings(change: Parameters<typeof updateSettings>[0]): void {
  const done = guard.write();
  updateSettings(change).then(done, done);
}

async function refresh(tabId: number | undefined): Promise<void> {
  const token = guard.beginRead();
  const [settings, info] = await Promise.all([readSettings(), sendToTab<PageInfo>(tabId, { type: 'getPageInfo' })]);
  if (!guard.mayDraw(token)) return;
  enabledSwitch.checked = settings.enabled;
  isDrawn = true;
  const note = $('note');
  if (info) {
    $('host').textContent = `(${info.host})`;
    siteSwitch.disabled = false;
    // A page that is not an article is read only when its site is switched on by
    // the reader, so the switch shows off there until they do.
    const isExplicitlyOn = siteState(settings, info.host) === 'on';
    siteSwitch.checked = isSiteOn(settings, info.host) && (info.isArticle !== false || isExplicitlyOn);
    siteSwitch.dataset.host = info.host;
    note.textContent = t('popupNotArticle');
    note.hidden = !(info.isArticle === false && !isExplicitlyOn && settings.enabled);
  } else {
    siteSwitch.disabled = true;
    siteSwitch.checked = false;
    note.textContent = t('popupNoPage');
    note.hidden = false;
  }
  renderEntities(info, tabId);
}

async function main(): Promise<void> {
  localize();
  const tabId = await targetTabId();
  guard = new RedrawGuard(() => void refresh(tabId));
  // Read each switch when it changes, not when the queued write runs: a refresh
  // after an earlier change may have redrawn the switch in between.
  enabledSwitch.addEventListener('change', () => {
    changeSettings(enabledChange(isDrawn, enabledSwitch.checked));
  });
  siteSwitch.addEventListener('change', () => {
    const host = siteSwitch.dataset.host;
    const isOn = siteSwitch.checked;
    if (host) changeSettings((s) => withSite(s, host, isOn));
  });
  $('options').addEventListener('click', (event) => {
    event.preventDefault();
    void browser.runtime.openOptionsPage().then(() => {
      if (!new URLSearchParams(location.search).has('tab')) window.close(); // the real popup only, not the test tab
    });
  });
  // The page restarts its session on a settings change; give it a moment before asking what it found.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) setTimeout(() => void refresh(tabId), 150);
  });
  setUpSearch(() => sendToTab<ArticleDateInfo>(tabId, { type: 'getArticleDate' }));
  await Promise.all([refresh(tabId), setUpAsOf(tabId)]);
  document.body.dataset.ready = 'true';
}

void main();
