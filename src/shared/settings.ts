import type { EntityKind } from './dataset';

/** Where a site stands: on (allow list) or off (deny list) by the reader's choice. */
export type SiteState = 'on' | 'off';
export type HighlightStyle = 'underline' | 'background' | 'none';

/** Bumped when the stored shape changes; `migrateSettings` brings older objects forward. */
export const SETTINGS_VERSION = 2;

export interface Settings {
  version: typeof SETTINGS_VERSION;
  /** Backstory on all sites (the popup's first switch). */
  enabled: boolean;
  /** Per-site choices keyed by hostname: 'on' hosts form the allow list, 'off' hosts the deny list. */
  sites: Record<string, SiteState>;
  /** Run only on hosts in the allow list. */
  onlyListedSites: boolean;
  /** Highlight each entity once per page. */
  firstMentionOnly: boolean;
  kinds: Record<EntityKind, boolean>;
  style: HighlightStyle;
  /** How long the pointer rests on a highlight before its card opens. */
  hoverDelayMs: number;
}

export const SETTINGS_KEY = 'settings';
export const ENTITY_KINDS: readonly EntityKind[] = ['person', 'place', 'organization', 'term'];
export const HIGHLIGHT_STYLES: readonly HighlightStyle[] = ['underline', 'background', 'none'];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  version: SETTINGS_VERSION,
  enabled: true,
  sites: {},
  onlyListedSites: false,
  firstMentionOnly: true,
  kinds: { person: true, place: true, organization: true, term: true },
  style: 'underline',
  // Long enough that a pointer crossing a word on its way elsewhere opens nothing.
  hoverDelayMs: 350,
});

export const HOVER_DELAY_RANGE_MS = [100, 2000] as const;
const MAX_HOST_LENGTH = 255;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A hostname as the site lists keep it: lower case, no scheme, port, path or
 * leading "www." (a pasted URL works too). Empty when nothing host-like is left.
 */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  host = host.replace(/^[a-z][a-z0-9+.-]*:\/\//, '').replace(/[/?#].*$/, '').replace(/:\d+$/, '');
  host = host.replace(/^www\./, '').replace(/\.$/, '');
  return /^[\p{L}\p{N}.-]+$/u.test(host) && host.length <= MAX_HOST_LENGTH ? host : '';
}

/**
 * Brings a stored object of any earlier version to the current shape, before
 * field-by-field parsing. Version 1 (the first release) had no `version` field
 * and kept hosts as the browser reported them ("www.example.com").
 */
export function migrateSettings(raw: unknown): Record<string, unknown> {
  const input = isRecord(raw) ? { ...raw } : {};
  const version = typeof input.version === 'number' ? input.version : 1;
  if (version < 2 && isRecord(input.sites)) {
    const sites: Record<string, unknown> = {};
    for (const [host, state] of Object.entries(input.sites)) {
      const normalized = normalizeHost(host);
      // When "www.x" and "x" disagree, the switch-off wins: never run where the reader said no.
      if (normalized && sites[normalized] !== 'off') sites[normalized] = state;
    }
    input.sites = sites;
  }
  input.version = SETTINGS_VERSION;
  return input;
}

/**
 * Reads stored settings field by field: anything missing, corrupt or from an
 * older version falls back to its default, so a bad value never breaks a page.
 */
export function parseSettings(raw: unknown): Settings {
  const input = migrateSettings(raw);
  const settings: Settings = { ...DEFAULT_SETTINGS, sites: {}, kinds: { ...DEFAULT_SETTINGS.kinds } };
  if (typeof input.enabled === 'boolean') settings.enabled = input.enabled;
  if (typeof input.onlyListedSites === 'boolean') settings.onlyListedSites = input.onlyListedSites;
  if (typeof input.firstMentionOnly === 'boolean') settings.firstMentionOnly = input.firstMentionOnly;
  if (HIGHLIGHT_STYLES.includes(input.style as HighlightStyle)) settings.style = input.style as HighlightStyle;
  if (typeof input.hoverDelayMs === 'number' && Number.isFinite(input.hoverDelayMs)) {
    settings.hoverDelayMs = Math.min(HOVER_DELAY_RANGE_MS[1], Math.max(HOVER_DELAY_RANGE_MS[0], Math.round(input.hoverDelayMs)));
  }
  if (isRecord(input.sites)) {
    for (const [host, state] of Object.entries(input.sites)) {
      if ((state === 'on' || state === 'off') && host.length > 0 && host.length <= MAX_HOST_LENGTH) settings.sites[host] = state;
    }
  }
  if (isRecord(input.kinds)) {
    for (const kind of ENTITY_KINDS) {
      if (typeof input.kinds[kind] === 'boolean') settings.kinds[kind] = input.kinds[kind] as boolean;
    }
  }
  return settings;
}

/** The reader's own choice for a host, if any ("www." is ignored, as in the lists). */
export function siteState(settings: Settings, host: string): SiteState | undefined {
  return settings.sites[host] ?? settings.sites[normalizeHost(host)];
}

/** Whether Backstory runs on a host under these settings, ignoring the all-sites switch. */
export function isSiteOn(settings: Settings, host: string): boolean {
  const state = siteState(settings, host);
  if (state === 'off') return false;
  return settings.onlyListedSites ? state === 'on' : true;
}

/** Whether Backstory runs on a host under these settings. */
export function isActiveOn(settings: Settings, host: string): boolean {
  return settings.enabled && isSiteOn(settings, host);
}

/** The settings with one site switched on or off (stored under its normalized host). */
export function withSite(settings: Settings, host: string, isOn: boolean): Settings {
  const key = normalizeHost(host) || host;
  const sites = { ...settings.sites };
  delete sites[host];
  sites[key] = isOn ? 'on' : 'off';
  return { ...settings, sites };
}
