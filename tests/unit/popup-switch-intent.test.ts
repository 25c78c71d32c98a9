import { describe, expect, it } from 'vitest';
import { enabledChange } from '../../src/popup/switch-intent';
import { parseSettings, type Settings } from '../../src/shared/settings';

/** Five clicks on a checkbox as the browser does them: each flips what it shows, then the change is queued. */
function clickFiveTimes(start: Settings, shownAtFirst: boolean, drawnAfter: number): Settings {
  let stored = start;
  let checked = shownAtFirst;
  for (let i = 0; i < 5; i++) {
    checked = !checked;
    stored = enabledChange(i >= drawnAfter, checked)(stored);
  }
  return stored;
}

describe('the "on for all sites" switch', () => {
  const on = parseSettings(undefined);
  const off = { ...on, enabled: false };

  it('clicked five times before the popup has drawn the stored state, ends the other way from where it began', () => {
    // The switch shows its default (on) while the stored state is off: clicks still flip what is stored.
    expect(clickFiveTimes(off, true, Infinity).enabled).toBe(true);
    expect(clickFiveTimes(on, true, Infinity).enabled).toBe(false);
  });

  it('once drawn, a click means what the switch now shows', () => {
    expect(enabledChange(true, false)(on).enabled).toBe(false);
    expect(enabledChange(true, true)(off).enabled).toBe(true);
    // Drawn from the start: the switch shows the truth, and five clicks flip it five times.
    expect(clickFiveTimes(on, true, 0).enabled).toBe(false);
  });

  it('changes nothing else', () => {
    const custom = { ...on, firstMentionOnly: !on.firstMentionOnly, sites: { 'example.com': 'off' as const } };
    expect(enabledChange(false, true)(custom)).toEqual({ ...custom, enabled: false });
  });
});
