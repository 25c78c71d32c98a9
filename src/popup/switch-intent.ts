/**
 * What a click on the "on for all sites" switch asks for. Until the popup has drawn
 * the stored settings, the switch shows the default (on), which may not be the
 * truth: a click then means "the other way from what is stored", so a reader (or a
 * script) clicking before the popup is ready still flips Backstory each time. Once
 * drawn, a click means what the switch now shows.
 */
import type { Settings } from '../shared/settings';

export function enabledChange(isDrawn: boolean, isChecked: boolean): (settings: Settings) => Settings {
  return isDrawn ? (s) => ({ ...s, enabled: isChecked }) : (s) => ({ ...s, enabled: !s.enabled });
}
