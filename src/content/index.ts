/**
 * Content script entry. Every page first sends its body's text to the background
 * for a look (`look`): a page where Backstory is off, or whose text names nothing
 * the dataset could match, stops there, having paid one message, one listener and
 * the single-page-site watch. Otherwise the script starts: it follows the settings,
 * starts a page session when Backstory should run here and ends it when it should
 * not, live, and restarts on a single-page site's move to another article. Any
 * message to the page (the popup, the shortcut, the context menu, the background's
 * `wake` after a settings change) starts it too. A page with nothing to highlight
 * never evaluates the UI (see ui-loader.ts).
 */
import type { CardModel } from '../shared/card';
import { CUSTOM_TERMS_KEY } from '../shared/custom-terms';
import {
  isContentCommand,
  isContentRequest,
  MAX_LOOK_CHARS,
  type LookResponse,
  type LookupEntityResponse,
  type MatchPageResponse,
  type PageInfo,
} from '../shared/messages';
import { isActiveOn, parseSettings, SETTINGS_KEY, type Settings } from '../shared/settings';
import { api, onMessage, sendMessage } from './api';
import { findPublicationDate } from './article-date';
import { bodyText, watchAddedText } from './first-look';
import { isArticlePage } from './article-root';
import { watchUrl } from './navigation';
import { ADDED_SELECTOR, HIGHLIGHT_TAG, OPT_OUT_META } from './page-names';
import { startRemote } from './remote';
import { requestMatch, type KeptLook } from './match-request';
import { latestOnly } from './serial';
import { PageSession } from './session';
import { hasUi, loadUi } from './ui-loader';

/**
 * After a single-page site changes URL, its new article renders when it is
 * ready: look for it after each of these delays until one is found.
 */
const SPA_RETRY_DELAYS_MS = [400, 1500, 4000];

const host = location.hostname;
let settings: Settings | undefined;
let session: PageSession | undefined;
/** The count last reported for the toolbar badge (none yet: undefined). */
let reported: number | undefined;
let detected: { date: string | undefined } | undefined;
const cards = new Map<string, Promise<CardModel | undefined>>();
/** Whether the script has started reading the page (after the first look, or when asked). */
let isStarted = false;
/** The first look found the body's text may match: the first session need not ask again. */
let isKnownToMatch = false;
/** The text of the look the background answered "start" to, which it keeps under `key`: blocks are sent as places in it. */
let keptLook: KeptLook | undefined;

/** A copy of this script left by an extension update cannot talk to us: clear what it left behind. */
function removeStaleCopy(): void {
  document.querySelectorAll(ADDED_SELECTOR).forEach((el) => el.remove());
  document.querySelectorAll(HIGHLIGHT_TAG).forEach((el) => el.replaceWith(...Array.from(el.childNodes)));
}

function optedOut(): boolean {
  return document.querySelector(OPT_OUT_META) !== null;
}

function detectedDate(): string | undefined {
  detected ??= { date: findPublicationDate(document) };
  return detected.date;
}

function loadCard(id: string): Promise<CardModel | undefined> {
  let card = cards.get(id);
  if (!card) {
    card = sendMessage<LookupEntityResponse>({ type: 'lookupEntity', id, asOf: remote.asOf() }).then((response) =>
      response?.ok ? response.card : undefined,
    );
    cards.set(id, card);
  }
  return card;
}

/** Has the background match the blocks, naming them by place in the kept look where it can. */
async function matchPage(blocks: string[], known: string[]): Promise<MatchPageResponse | undefined> {
  const sent = keptLook;
  const { answer, look } = await requestMatch(sendMessage, blocks, known, sent, !hasUi());
  if (!look && keptLook === sent) keptLook = undefined; // the background no longer keeps it
  return answer;
}

/** Tells the background the count for the badge and this site's state for the icon; silent on a page with nothing to show. */
function report(count: number, isActive: boolean): void {
  if (isActive && count === 0 && !reported) return;
  reported = count;
  void sendMessage({ type: 'pageStats', count });
}

/** Brings the page in line with the settings: every change restarts from a clean page. */
const apply = latestOnly(async (next: Settings) => {
  settings = next;
  session?.destroy();
  session = undefined;
  const isActive = isActiveOn(next, host) && !optedOut();
  if (!isActive) {
    report(0, false);
    return;
  }
  const current = new PageSession(document, next, host, {
    matchPage,
    mayMatch: (text) => sendMessage<boolean>({ type: 'mayMatch', text }),
    isKnownToMatch: () => {
      const isKnown = isKnownToMatch;
      isKnownToMatch = false;
      return isKnown;
    },
    loadUi,
    loadCard,
  });
  session = current;
  await current.start();
  if (session === current) report(current.entities().length, true);
});

/** A single-page site moved to another article: start again on it once it has rendered. */
function onArticleChange(): void {
  // A page that had not started reads its settings now and applies them at the first retry, once:
  // applying now as well would read, match and highlight the page twice.
  start(undefined, { isDeferred: true });
  isKnownToMatch = false;
  keptLook = undefined;
  cards.clear();
  detected = undefined;
  remote.reset();
  let attempt = 0;
  const retry = () => {
    if (!settings) {
      // The settings are still being read (a page that had not started): try at the next delay.
      if (attempt < SPA_RETRY_DELAYS_MS.length) setTimeout(retry, SPA_RETRY_DELAYS_MS[attempt++]);
      return;
    }
    void apply(settings).then(() => {
      if (!session?.hasArticle && attempt < SPA_RETRY_DELAYS_MS.length) setTimeout(retry, SPA_RETRY_DELAYS_MS[attempt++]);
    });
  };
  setTimeout(retry, SPA_RETRY_DELAYS_MS[attempt++]);
}

const remote = startRemote(document, {
  reveal: (id) => session?.reveal(id) ?? false,
  loadCard,
  loadUi,
  detectedDate,
  onAsOfChanged: () => cards.clear(),
});

function pageInfo(): PageInfo {
  return {
    host,
    active: session !== undefined,
    entities: session?.entities() ?? [],
    isArticle: isArticlePage(document),
  };
}

// One listener for everything a page is asked; any question starts the script if the first look had not.
onMessage((message) => {
  if (isContentRequest(message)) {
    start();
    return Promise.resolve(pageInfo());
  }
  if (!isContentCommand(message)) return undefined;
  start();
  return remote.handle(message);
});

function onStorageChange(changes: Record<string, { newValue?: unknown }>, area: string): void {
  if (area === 'sync' && SETTINGS_KEY in changes) void apply(parseSettings(changes[SETTINGS_KEY]?.newValue));
  // The reader's own terms changed: the page must be matched again.
  if (area === 'local' && CUSTOM_TERMS_KEY in changes && settings) {
    cards.clear();
    void apply(settings);
  }
}

/**
 * Starts reading the page (once): with the settings the first look brought, or read from storage.
 * `isDeferred`: only read the settings; the caller applies them when the page is ready.
 */
function start(given?: Settings, { isDeferred = false } = {}): void {
  if (isStarted) return;
  isStarted = true;
  api.storage.onChanged.addListener(onStorageChange);
  const begin = (next: Settings) => {
    if (!isDeferred) return apply(next);
    settings ??= next;
    return undefined;
  };
  if (given) {
    void begin(given);
    return;
  }
  void api.storage.sync.get(SETTINGS_KEY).then(
    (stored) => begin(parseSettings(stored[SETTINGS_KEY])),
    () => begin(parseSettings(undefined)),
  );
}

/** Asks the background whether to start, on this text; true once it has started the script. */
async function lookAt(text: string): Promise<boolean> {
  if (text.length > MAX_LOOK_CHARS) {
    start();
    return true;
  }
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
  const answer = await sendMessage<LookResponse>({ type: 'look', text, host, key });
  if (answer === false) return false; // off here, or nothing the dataset could match: the page pays nothing more
  if (answer) {
    isKnownToMatch = true;
    keptLook = { key, text };
  }
  // No answer (an older background): start as before the look existed.
  start(answer ? parseSettings(answer.settings) : undefined);
  return true;
}

/** The first look, and, after a "no", a look at whatever text the page adds later. */
function look(): void {
  const body = document.body;
  if (!body) return;
  void lookAt(bodyText(body)).then((isStarting) => {
    if (isStarting || isStarted) return;
    const stop = watchAddedText(body, (text) => {
      if (isStarted) stop();
      else void lookAt(text).then((started) => started && stop());
    });
  });
}

watchUrl(window, onArticleChange);
removeStaleCopy();
look();
