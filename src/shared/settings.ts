import type { EntityKind } from './dataset';

/** Where a site stands: on or off by the reader's choice, or following the default. */
export type SiteState = 'on' | 'off';
export type HighlightStyle = 'underline' | 'background' | 'none';

export interface Settings {
  /** Backstory on all sites (the popup's first switch). */
  enabled: boolean;
  /** Per-site choices, keyed by hostname. */
  sites: Record<string, SiteState>;
  /** Highlight each entity once per page. */
  firstMentionOnly: boolean;
  kinds: Record<EntityKind, boolean>;
  style: HighlightStyle;
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
}

export const SETTINGS_KEY = 'settings';

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  enabled: true,
  sites: {},
  firstMentionOnly: true,
  kinds: { person: true, place: true, organization: true, term: true },
  style: 'underline',
  // Long enough that a pointer crossing a word on its way elsewhere opens nothing.
  hoverDelayMs: 350,
});

const HOVER_DELAY_RANGE_MS = [100, 2000] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads stored settings field by field: anything missing, corrupt or from an
 * older version falls back to its default, so a bad value never breaks a page.
 */
export function parseSettings(raw: unknown): Settings {
  const input = isRecord(raw) ? raw : {};
  const settings: Settings = structuredClone({ ...DEFAULT_SETTINGS, sites: {}, kinds: { ...DEFAULT_SETTINGS.kinds } });
  if (typeof input.enabled === 'boolean') settings.enabled = input.enabled;
  if (typeof input.firstMentionOnly === 'boolean') settings.firstMentionOnly = input.firstMentionOnly;
  if (input.style === 'underline' || input.style === 'background' || input.style === 'none') settings.style = input.style;
  if (typeof input.hoverDelayMs === 'number' && Number.isFinite(input.hoverDelayMs)) {
    settings.hoverDelayMs = Math.min(HOVER_DELAY_RANGE_MS[1], Math.max(HOVER_DELAY_RANGE_MS[0], Math.round(input.hoverDelayMs)));
  }
  if (isRecord(input.sites)) {
    for (const [host, state] of Object.entries(input.sites)) {
      if ((state === 'on' || state === 'off') && host.length > 0 && host.length < 256) settings.sites[host] = state;
    }
  }
  if (isRecord(input.kinds)) {
    for (const kind of Object.keys(settings.kinds) as EntityKind[]) {
      if (typeof input.kinds[kind] === 'boolean') settings.kinds[kind] = input.kinds[kind] as boolean;
    }
  }
  return settings;
}

/** Whether Backstory runs on a host under these settings. */
export function isActiveOn(settings: Settings, host: string): boolean {
  if (!settings.enabled) return false;
  return settings.sites[host] !== 'off';
}
