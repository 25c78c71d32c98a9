/** Messages between the extension's parts: one union per receiver, checked on receipt. */
import type { CardModel } from './card';
import type { EntityKind, EntityType, SourceInfo } from './dataset';
import type { Settings } from './settings';

/** A mention as the content script needs it to wrap text. */
export interface PageMention {
  block: number;
  start: number;
  end: number;
  id: string;
}

export interface EntityBrief {
  name: string;
  type: EntityType;
  kind: EntityKind;
}

/**
 * The most text one `matchPage` may carry (about 300,000 words, six times the
 * longest article in our corpus): the content script sends no more of a page, and
 * the background refuses a message over it, so no page can make it match without end.
 */
export const MAX_MATCH_CHARS = 2_000_000;

/**
 * A block's text as `matchPage` carries it: the text itself, or where it sits in the
 * text of the page's first look (`[start, length]`), which the background kept. A page
 * with something to highlight would otherwise send its article twice: the first look
 * and the blocks hold the same text (see src/shared/block-places.ts).
 */
export type BlockText = string | [start: number, length: number];

export type BackgroundRequest =
  /**
   * `known`: entities the page named in earlier batches (context for short forms such as
   * a surname). `look`: the key of the first look whose text the blocks' places are in.
   * `ui`: the page has no page UI yet; where the answer has mentions, the background puts
   * the UI into the page's frame before it answers, so the page need not ask (`loadUi`).
   */
  | { type: 'matchPage'; blocks: BlockText[]; known?: string[]; look?: string; ui?: boolean }
  /** Whether the article's text (one string) could match at all; a page told "no" skips its scan. */
  | { type: 'mayMatch'; text: string }
  /**
   * The first thing every page sends: its body's text (one string, joined by the browser)
   * and its host. The answer (`LookResponse`) says whether to start at all, so a page with
   * nothing to show pays one message and nothing more. `key`: names the text, which the
   * background keeps a while when the answer is yes, for the page's `matchPage`.
   */
  | { type: 'look'; text: string; host: string; key?: string }
  | { type: 'lookupEntity'; id: string; asOf?: string }
  | { type: 'pageStats'; count: number }
  /** The content script has something to show: inject the page UI into its frame. */
  | { type: 'loadUi' }
  | { type: 'searchEntities'; query: string }
  | { type: 'listSources' };

/** One hit of `searchEntities`, best first. */
export interface SearchResult {
  id: string;
  name: string;
  kind: EntityKind;
  /** The alias that matched, when it was not the name. */
  alias?: string;
  isCustom: boolean;
}

export interface SearchEntitiesResponse {
  results: SearchResult[];
}

export interface ListSourcesResponse {
  sources: SourceInfo[];
}

export interface MatchPageResponse {
  mentions: PageMention[];
  entities: Record<string, EntityBrief>;
  /**
   * What a screen reader hears on a highlight of each kind ("Person. Press Enter
   * for background…"), in the reader's language: worded here, because a content
   * script's first i18n call costs the page milliseconds in Chrome.
   */
  descriptions: Record<EntityKind, string>;
}

/** The answer to a `matchPage` that named its blocks by place in a look the background no longer keeps (it restarted): send the texts. */
export interface LookGone {
  lookGone: true;
}

/** Start, with the settings the background read (the page need not read them again), or not. */
export type LookResponse = { settings: Settings } | false;

/**
 * The most text the first look carries: a longer body (huge pages, or inline scripts
 * of several hundred kilobytes) starts the content script without asking.
 */
export const MAX_LOOK_CHARS = 500_000;

export type LookupEntityResponse = { ok: true; card: CardModel } | { ok: false; error: string };

export type ContentRequest = { type: 'getPageInfo' };

/**
 * What the popup and the background ask of a tab besides its page info: kept in
 * a union of its own so the page-info listener never answers these.
 */
export type ContentCommand =
  | { type: 'revealEntity'; id: string }
  /** Show the card for `id` next to the selection, or say that `text` matched nothing (`id` null). */
  | { type: 'showCard'; id: string | null; text: string }
  | { type: 'getArticleDate' }
  /** Override the "as of" date for this tab (null returns to the article's own date). */
  | { type: 'setAsOf'; date: string | null }
  /** Start reading the page if the first look had stopped it (the settings changed): answered true. */
  | { type: 'wake' };

export interface ArticleDateInfo {
  /** The publication date found in the page (YYYY-MM-DD). */
  detected?: string;
  /** The reader's override for this tab. */
  override?: string;
}

export interface PageEntity {
  id: string;
  name: string;
  kind: EntityKind;
  count: number;
}

export interface PageInfo {
  host: string;
  active: boolean;
  entities: PageEntity[];
  /** Whether the page looks like an article (others are read only when the site is switched on). */
  isArticle?: boolean;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A block named by its place in a look's text: two whole numbers, a start and a length. */
function isPlace(value: unknown): value is [number, number] {
  return Array.isArray(value) && value.length === 2 && value.every((n) => Number.isSafeInteger(n) && (n as number) >= 0);
}

/** Narrows an incoming message to a request the background handles. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'matchPage': {
      if (!Array.isArray(message.blocks)) return false;
      if (message.known !== undefined && !(Array.isArray(message.known) && message.known.every((k) => typeof k === 'string'))) return false;
      if (message.look !== undefined && typeof message.look !== 'string') return false;
      if (message.ui !== undefined && typeof message.ui !== 'boolean') return false;
      let chars = 0;
      for (const block of message.blocks as unknown[]) {
        if (typeof block === 'string') chars += block.length;
        else if (isPlace(block) && message.look !== undefined) chars += block[1];
        else return false;
      }
      return chars <= MAX_MATCH_CHARS;
    }
    case 'mayMatch':
      return typeof message.text === 'string' && message.text.length <= MAX_MATCH_CHARS;
    case 'look':
      return (
        typeof message.text === 'string' &&
        message.text.length <= MAX_LOOK_CHARS &&
        typeof message.host === 'string' &&
        (message.key === undefined || typeof message.key === 'string')
      );
    case 'lookupEntity':
      return typeof message.id === 'string' && (message.asOf === undefined || typeof message.asOf === 'string');
    case 'pageStats':
      return typeof message.count === 'number';
    case 'searchEntities':
      return typeof message.query === 'string';
    case 'listSources':
    case 'loadUi':
      return true;
    default:
      return false;
  }
}

/** Narrows an incoming message to a request the content script handles. */
export function isContentRequest(message: unknown): message is ContentRequest {
  return isRecord(message) && message.type === 'getPageInfo';
}

/** Narrows an incoming message to a command for the content script (see `ContentCommand`). */
export function isContentCommand(message: unknown): message is ContentCommand {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'revealEntity':
      return typeof message.id === 'string';
    case 'showCard':
      return (message.id === null || typeof message.id === 'string') && typeof message.text === 'string';
    case 'getArticleDate':
    case 'wake':
      return true;
    case 'setAsOf':
      return message.date === null || typeof message.date === 'string';
    default:
      return false;
  }
}
