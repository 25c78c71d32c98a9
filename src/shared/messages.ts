/** Messages between the extension's parts: one union per receiver, checked on receipt. */
import type { CardModel } from './card';
import type { EntityKind, EntityType } from './dataset';

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

export type BackgroundRequest =
  | { type: 'matchPage'; blocks: string[]; firstMentionOnly: boolean }
  | { type: 'lookupEntity'; id: string; asOf?: string }
  | { type: 'pageStats'; count: number };

export interface MatchPageResponse {
  mentions: PageMention[];
  entities: Record<string, EntityBrief>;
}

export type LookupEntityResponse = { ok: true; card: CardModel } | { ok: false; error: string };

export type ContentRequest = { type: 'getPageInfo' };

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
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** Narrows an incoming message to a request the background handles. */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  if (!isRecord(message)) return false;
  switch (message.type) {
    case 'matchPage':
      return Array.isArray(message.blocks) && message.blocks.every((b) => typeof b === 'string');
    case 'lookupEntity':
      return typeof message.id === 'string' && (message.asOf === undefined || typeof message.asOf === 'string');
    case 'pageStats':
      return typeof message.count === 'number';
    default:
      return false;
  }
}

/** Narrows an incoming message to a request the content script handles. */
export function isContentRequest(message: unknown): message is ContentRequest {
  return isRecord(message) && message.type === 'getPageInfo';
}
