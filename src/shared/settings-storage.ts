/** Reading and writing the settings in `storage.sync`: every part of the extension goes through here. */
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY, type Settings } from './settings';

/** The current settings; unreadable storage gives the defaults rather than an error. */
export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return parseSettings(stored[SETTINGS_KEY]);
  } catch {
    return parseSettings(undefined);
  }
}

// Each update reads, changes and writes: two at once (a click on one box, then
// another, before the first write lands) would lose the first. Queue them.
let pending: Promise<unknown> = Promise.resolve();

/** Applies a change to freshly read settings and stores the result; every open tab follows via `storage.onChanged`. */
export function updateSettings(change: (settings: Settings) => Settings | void): Promise<Settings> {
  const run = pending.then(async () => {
    const current = await readSettings();
    // Stored as parsed: a value out of range (a hover delay of 5 ms) is kept as it is clamped.
    const next = parseSettings(change(current) ?? current);
    await browser.storage.sync.set({ [SETTINGS_KEY]: next });
    return next;
  });
  pending = run.catch(() => undefined);
  return run;
}
