/** The toolbar button: the count of entities on each tab, and an "off" icon when disabled. */
import browser from 'webextension-polyfill';

const ICON_SIZES = [16, 32, 48, 128] as const;

function iconPaths(isOn: boolean): Record<string, string> {
  const prefix = isOn ? 'icons/icon-' : 'icons/icon-off-';
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `${prefix}${size}.png`]));
}

/** Shows the number of entities found on a tab (nothing when zero). */
export async function showCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: '#1F3A5F' });
}

/** Switches the toolbar icon between on and off. */
export async function showEnabled(isOn: boolean): Promise<void> {
  await browser.action.setIcon({ path: iconPaths(isOn) });
}
