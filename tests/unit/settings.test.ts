import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  isSiteOn,
  migrateSettings,
  normalizeHost,
  parseSettings,
  SETTINGS_VERSION,
  withSite,
} from '../../src/shared/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing, null, arrays, strings and numbers', () => {
    for (const raw of [undefined, null, [], 'on', 42]) expect(parseSettings(raw)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and replaces corrupt ones with their defaults, field by field', () => {
    const parsed = parseSettings({
      version: 2,
      enabled: 'yes',
      firstMentionOnly: false,
      style: 'neon',
      hoverDelayMs: Number.NaN,
      kinds: { person: false, place: 'no', bogus: true },
      sites: { 'example.com': 'off', 'bad.example': 'maybe', '': 'on' },
      onlyListedSites: 1,
    });
    expect(parsed.enabled).toBe(true);
    expect(parsed.firstMentionOnly).toBe(false);
    expect(parsed.style).toBe('underline');
    expect(parsed.hoverDelayMs).toBe(DEFAULT_SETTINGS.hoverDelayMs);
    expect(parsed.kinds).toEqual({ person: false, place: true, organization: true, term: true });
    expect(parsed.sites).toEqual({ 'example.com': 'off' });
    expect(parsed.onlyListedSites).toBe(false);
    expect(parsed.version).toBe(SETTINGS_VERSION);
  });

  it('clamps the hover delay into its range', () => {
    expect(parseSettings({ hoverDelayMs: 5 }).hoverDelayMs).toBe(100);
    expect(parseSettings({ hoverDelayMs: 99999 }).hoverDelayMs).toBe(2000);
    expect(parseSettings({ hoverDelayMs: 420.6 }).hoverDelayMs).toBe(421);
  });

  it('never shares nested objects with the defaults', () => {
    const parsed = parseSettings(undefined);
    parsed.kinds.person = false;
    parsed.sites['x.com'] = 'off';
    expect(DEFAULT_SETTINGS.kinds.person).toBe(true);
    expect(DEFAULT_SETTINGS.sites).toEqual({});
  });
});

describe('migrateSettings', () => {
  it('brings version 1 (no version field) forward: hosts normalized, choices kept', () => {
    const v1 = { enabled: false, sites: { 'WWW.Example.com': 'off', 'news.site': 'on' }, style: 'background' };
    const migrated = migrateSettings(v1);
    expect(migrated.version).toBe(SETTINGS_VERSION);
    expect(migrated.sites).toEqual({ 'example.com': 'off', 'news.site': 'on' });
    const parsed = parseSettings(v1);
    expect(parsed.enabled).toBe(false);
    expect(parsed.style).toBe('background');
    expect(parsed.onlyListedSites).toBe(false);
  });

  it('lets a switch-off win when two old hosts collapse into one', () => {
    expect(migrateSettings({ sites: { 'example.com': 'on', 'www.example.com': 'off' } }).sites).toEqual({ 'example.com': 'off' });
    expect(migrateSettings({ sites: { 'www.example.com': 'off', 'example.com': 'on' } }).sites).toEqual({ 'example.com': 'off' });
  });

  it('leaves current-version hosts alone and survives garbage', () => {
    expect(migrateSettings({ version: 2, sites: { 'www.keep.me': 'off' } }).sites).toEqual({ 'www.keep.me': 'off' });
    expect(migrateSettings('garbage')).toEqual({ version: SETTINGS_VERSION });
    expect(() => parseSettings({ version: 1, sites: 'nope' })).not.toThrow();
  });
});

describe('site rules', () => {
  it('normalizes hosts and pasted URLs', () => {
    expect(normalizeHost(' https://www.Example.com:8080/path?q=1 ')).toBe('example.com');
    expect(normalizeHost('news.example.org')).toBe('news.example.org');
    expect(normalizeHost('not a host!')).toBe('');
    expect(normalizeHost('')).toBe('');
  });

  it('follows the all-sites switch, the deny list and the allow-only mode', () => {
    const base = parseSettings({ sites: { 'off.example': 'off', 'on.example': 'on' } });
    expect(isActiveOn(base, 'any.example')).toBe(true);
    expect(isActiveOn(base, 'off.example')).toBe(false);
    expect(isActiveOn(base, 'www.off.example')).toBe(false);
    const allowOnly = { ...base, onlyListedSites: true };
    expect(isActiveOn(allowOnly, 'any.example')).toBe(false);
    expect(isActiveOn(allowOnly, 'on.example')).toBe(true);
    expect(isActiveOn({ ...base, enabled: false }, 'on.example')).toBe(false);
    expect(isSiteOn({ ...base, enabled: false }, 'on.example')).toBe(true);
  });

  it('switches a site under its normalized host and drops the raw key', () => {
    const before = parseSettings({ version: 2, sites: { 'www.example.com': 'off' } });
    const after = withSite(before, 'www.example.com', true);
    expect(after.sites).toEqual({ 'example.com': 'on' });
    expect(isSiteOn(after, 'www.example.com')).toBe(true);
    expect(before.sites).toEqual({ 'www.example.com': 'off' });
  });
});
