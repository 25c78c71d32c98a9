/**
 * Content script entry: follows the settings, starts a page session when
 * Backstory should run here and ends it when it should not, live.
 */
import browser from 'webextension-polyfill';
import type { CardModel } from '../shared/card';
import { isContentRequest, type LookupEntityResponse, type MatchPageResponse, type PageInfo } from '../shared/messages';
import { isActiveOn, parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { findPublicationDate } from './article-date';
import { isArticlePage } from './article-root';
import { HIGHLIGHT_TAG } from './highlighter';
import { POPOVER_HOST_TAG } from './popover';
import { startRemote } from './remote';
import { PageSession } from './session';

const host = location.hostname;
let settings: Settings | undefined;
let session: PageSession | undefined;
let starting: Promise<void> | undefined;
const cards = new Map<string, Promise<CardModel | undefined>>();
const asOf = findPublicationDate(document);

/** A copy of this script left by an extension update cannot talk to us: clear what it left behind. */
function removeStaleCopy(): void {
  document.querySelectorAll(POPOVER_HOST_TAG).forEach((el) => el.remove());
  document.querySelectorAll('style[data-bs-style], bs-description').forEach((el) => el.remove());
  document.querySelectorAll(HIGHLIGHT_TAG).forEach((el) => el.replaceWith(...Array.from(el.childNodes)));
}

function optedOut(): boolean {
  return document.querySelector('meta[name="backstory"][content="off" i]') !== null;
}

function loadCard(id: string): Promise<CardModel | undefined> {
  let card = cards.get(id);
  if (!card) {
    card = (browser.runtime.sendMessage({ type: 'lookupEntity', id, asOf: remote.asOf() }) as Promise<LookupEntityResponse>).then(
      (response) => (response?.ok ? response.card : undefined),
      () => undefined,
    );
    cards.set(id, card);
  }
  return card;
}

async function start(current: Settings): Promise<void> {
  const next = await PageSession.start(document, current, {
    matchPage: (blocks) =>
      browser.runtime.sendMessage({ type: 'matchPage', blocks, firstMentionOnly: false }) as Promise<MatchPageResponse>,
    loadCard,
  });
  if (settings !== current) {
    next.destroy();
    return;
  }
  session = next;
  void browser.runtime.sendMessage({ type: 'pageStats', count: next.entities().length }).catch(() => undefined);
}

function stop(): void {
  session?.destroy();
  session = undefined;
  void browser.runtime.sendMessage({ type: 'pageStats', count: 0 }).catch(() => undefined);
}

/** Brings the page in line with the settings: every change restarts from a clean page. */
async function apply(next: Settings): Promise<void> {
  await starting;
  settings = next;
  if (session) stop();
  if (isActiveOn(next, host) && !optedOut()) {
    starting = start(next).catch((error: unknown) => console.warn('Backstory:', error));
    await starting;
  }
}

browser.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' && SETTINGS_KEY in changes) void apply(parseSettings(changes[SETTINGS_KEY]?.newValue));
});

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isContentRequest(message)) return undefined;
  const info: PageInfo = {
    host,
    active: session !== undefined,
    entities: session?.entities() ?? [],
    isArticle: isArticlePage(document),
  };
  return Promise.resolve(info);
});

// Popup and background commands (reveal, context-menu card, "as of" override, custom terms): see remote.ts.
const remote = startRemote(document, asOf, {
  scrollTo: (id) => session?.scrollTo(id) ?? false,
  loadCard,
  onAsOfChanged: () => cards.clear(),
  rematch: () => {
    cards.clear();
    if (settings) void apply(settings);
  },
});

removeStaleCopy();
void browser.storage.sync.get(SETTINGS_KEY).then(
  (stored) => apply(parseSettings(stored[SETTINGS_KEY])),
  () => apply(parseSettings(undefined)),
);
