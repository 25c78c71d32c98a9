/**
 * The toolbar popup: the two switches and what the page mentions. It can also be
 * opened as a tab with `?tab=<id>` (tests do this where the real popup panel
 * cannot be reached).
 */
import browser from 'webextension-polyfill';
import type { PageInfo } from '../shared/messages';
import { parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const enabledSwitch = $<HTMLInputElement>('enabled');
const siteSwitch = $<HTMLInputElement>('site');

function localize(): void {
  document.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    const text = browser.i18n.getMessage(el.dataset.i18n!);
    if (text) el.textContent = text;
  });
}

async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.sync.get(SETTINGS_KEY);
  return parseSettings(stored[SETTINGS_KEY]);
}

async function writeSettings(change: (settings: Settings) => void): Promise<void> {
  const settings = await readSettings();
  change(settings);
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function pageInfo(tabId: number | undefined): Promise<PageInfo | undefined> {
  if (tabId === undefined) return undefined;
  try {
    return (await browser.tabs.sendMessage(tabId, { type: 'getPageInfo' })) as PageInfo;
  } catch {
    return undefined; // No content script here (a browser page, the store, a PDF).
  }
}

function renderEntities(info: PageInfo | undefined): void {
  const list = $('found');
  list.replaceChildren();
  const entities = [...(info?.entities ?? [])].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  for (const entity of entities) {
    const item = document.createElement('li');
    item.dataset.bsEntity = entity.id;
    const name = document.createElement('span');
    name.textContent = entity.name;
    const count = document.createElement('span');
    count.className = 'bs-count';
    count.textContent = `${entity.kind} · ${entity.count}`;
    item.append(name, count);
    list.append(item);
  }
  $('nothing').hidden = entities.length > 0;
}

async function refresh(tabId: number | undefined): Promise<void> {
  const [settings, info] = await Promise.all([readSettings(), pageInfo(tabId)]);
  enabledSwitch.checked = settings.enabled;
  const note = $('note');
  if (info) {
    $('host').textContent = `(${info.host})`;
    siteSwitch.disabled = false;
    siteSwitch.checked = settings.sites[info.host] !== 'off';
    siteSwitch.dataset.host = info.host;
    note.hidden = true;
  } else {
    siteSwitch.disabled = true;
    siteSwitch.checked = false;
    note.textContent = browser.i18n.getMessage('popupNoPage') || 'Backstory cannot run on this page.';
    note.hidden = false;
  }
  renderEntities(info);
}

async function main(): Promise<void> {
  localize();
  const tabId = await targetTabId();
  enabledSwitch.addEventListener('change', () => {
    void writeSettings((s) => {
      s.enabled = enabledSwitch.checked;
    });
  });
  siteSwitch.addEventListener('change', () => {
    const host = siteSwitch.dataset.host;
    if (!host) return;
    void writeSettings((s) => {
      s.sites[host] = siteSwitch.checked ? 'on' : 'off';
    });
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && SETTINGS_KEY in changes) setTimeout(() => void refresh(tabId), 150);
  });
  await refresh(tabId);
  document.body.dataset.ready = 'true';
}

void main();
