/** The toolbar button: the count of entities on each tab, and an "off" icon and title when disabled. */
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

const ICON_SIZES = [16, 32, 48, 128] as const;
const BADGE_COLOR = '#1F3A5F';

function iconPaths(isOn: boolean): Record<string, string> {
  const prefix = isOn ? 'icons/icon-' : 'icons/icon-off-';
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), `${prefix}${size}.png`]));
}

/** Shows the number of entities found on a tab (nothing when zero). */
export async function showCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeText({ tabId, text: count > 0 ? String(count) : '' });
  await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
}

/**
 * Switches the toolbar icon and its title between on and off: for every tab when
 * `tabId` is absent (the all-sites switch), else for one tab (its site's switch).
 */
export async function showEnabled(isOn: boolean, tabId?: number): Promise<void> {
  const title = isOn ? t('actionTitle') : t('actionTitleOff');
  if (tabId === undefined) {
    await browser.action.setIcon({ path: iconPaths(isOn) });
    await browser.action.setTitle({ title });
  } else {
    await browser.action.setIcon({ tabId, path: iconPaths(isOn) });
    await browser.action.setTitle({ tabId, title });
  }
}
