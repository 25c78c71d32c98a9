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

/** Applies a change to freshly read settings and stores the result; every open tab follows via `storage.onChanged`. */
export async function updateSettings(change: (settings: Settings) => Settings | void): Promise<Settings> {
  const current = await readSettings();
  const next = change(current) ?? current;
  await browser.storage.sync.set({ [SETTINGS_KEY]: next });
  return next;
}
