/** Settings migrations on install and update: stored settings are rewritten in the current shape. */
import browser from 'webextension-polyfill';
import { parseSettings, SETTINGS_KEY } from '../shared/settings';

/**
 * Parses whatever is stored (older, corrupt or missing) and writes back the
 * current version, so the reader's choices survive and bad fields are dropped.
 * Leaves storage alone when nothing would change.
 */
export async function migrateStoredSettings(): Promise<void> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    const raw = stored[SETTINGS_KEY];
    if (raw === undefined) return; // Defaults need no storing; a write would only cost sync quota.
    const parsed = parseSettings(raw);
    if (JSON.stringify(parsed) !== JSON.stringify(raw)) await browser.storage.sync.set({ [SETTINGS_KEY]: parsed });
  } catch (error) {
    console.warn('Backstory: settings migration failed; defaults apply field by field', error);
  }
}
