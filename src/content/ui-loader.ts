/**
 * Loads the page UI (content-ui.js: mark.js, the card, hover and keyboard) the
 * first time a page needs it. It is a module of our own package, imported from
 * the extension's origin: a web-accessible resource (in Chrome behind a
 * per-session URL, so pages cannot use it to detect the extension).
 */
import type * as Ui from './ui/index';

export type UiModule = typeof Ui;

declare const __TARGET__: 'chrome' | 'firefox';
interface RuntimeUrls {
  runtime: { getURL(path: string): string };
}
declare const browser: RuntimeUrls;
declare const chrome: RuntimeUrls;

let loading: Promise<UiModule> | undefined;

/**
 * Spelled out per browser, not through `api`: addons-linter accepts a dynamic
 * import only of `browser.runtime.getURL(…)` or `chrome.runtime.getURL(…)` as
 * written (anything else is UNSAFE_VAR_ASSIGNMENT), and esbuild drops the other branch.
 */
function importUi(): Promise<UiModule> {
  if (__TARGET__ === 'firefox') return import(browser.runtime.getURL('content-ui.js')) as Promise<UiModule>;
  return import(chrome.runtime.getURL('content-ui.js')) as Promise<UiModule>;
}

/** The UI module, loaded once per page; a failed load is retried on the next call. */
export function loadUi(): Promise<UiModule> {
  loading ??= importUi().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
