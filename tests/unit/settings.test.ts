import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, isActiveOn, parseSettings } from '../../src/shared/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps valid fields and drops corrupt ones field by field', () => {
    const parsed = parseSettings({
      enabled: false,
      sites: { 'example.com': 'off', 'bad.example': 'maybe', '': 'on' },
      kinds: { person: false, place: 'yes' },
      style: 'neon',
      hoverDelayMs: 99999,
      firstMentionOnly: 'no',
    });
    expect(parsed.enabled).toBe(false);
    expect(parsed.sites).toEqual({ 'example.com': 'off' });
    expect(parsed.kinds).toEqual({ person: false, place: true, organization: true, term: true });
    expect(parsed.style).toBe('underline');
    expect(parsed.hoverDelayMs).toBe(2000);
    expect(parsed.firstMentionOnly).toBe(true);
  });

  it('never throws on garbage', () => {
    for (const raw of [null, 42, 'x', [], { sites: null, kinds: [] }]) expect(() => parseSettings(raw)).not.toThrow();
  });
});

describe('isActiveOn', () => {
  it('follows the global switch, then the site', () => {
    const settings = parseSettings({ sites: { 'off.example': 'off' } });
    expect(isActiveOn(settings, 'news.example')).toBe(true);
    expect(isActiveOn(settings, 'off.example')).toBe(false);
    expect(isActiveOn({ ...settings, enabled: false }, 'news.example')).toBe(false);
  });
});
