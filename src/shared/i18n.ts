/** UI strings for the extension pages: every text lives in `_locales/<lang>/messages.json`. */
import browser from 'webextension-polyfill';

/** A message by key, with the key itself as a last resort so a missing string is visible, not blank. */
export function t(key: string, substitutions?: string | string[]): string {
  return browser.i18n.getMessage(key, substitutions) || key;
}

/**
 * Fills `data-i18n` (text), `data-i18n-label` (aria-label), `data-i18n-placeholder`
 * and `data-i18n-title` attributes under `root`.
 */
export function localize(root: ParentNode = document): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => {
    el.textContent = t(el.dataset.i18n!);
  });
  for (const [attr, target] of [['i18nLabel', 'aria-label'], ['i18nPlaceholder', 'placeholder'], ['i18nTitle', 'title']] as const) {
    root.querySelectorAll<HTMLElement>(`[data-${attr.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}]`).forEach((el) => {
      el.setAttribute(target, t(el.dataset[attr]!));
    });
  }
}
