/**
 * Loads the page UI (content-ui.js: mark.js, the card, hover and keyboard) the
 * first time a page needs it. The background injects the script into this
 * isolated world (scripting.executeScript), so the page pays no fetch and no
 * module loading for it, and no file of ours is web-accessible for a page to
 * probe. Most often it is already there: a `matchPage` sent while `hasUi()` is
 * false asks for it, and the background injects it before answering with
 * something to show. Otherwise (a card opened from the popup, an older
 * background) the page asks with `loadUi`.
 */
import { sendMessage } from './api';
import { UI_GLOBAL } from './ui-global';
import type * as Ui from './ui/index';

export type UiModule = typeof Ui;

let loading: Promise<UiModule> | undefined;

function injected(): UiModule | undefined {
  return (globalThis as Record<string, unknown>)[UI_GLOBAL] as UiModule | undefined;
}

/** Whether the page UI is already in this isolated world. */
export function hasUi(): boolean {
  return injected() !== undefined;
}

async function injectUi(): Promise<UiModule> {
  const present = injected();
  if (present) return present;
  const done = await sendMessage<boolean>({ type: 'loadUi' });
  const ui = injected();
  if (!done || !ui) throw new Error('Backstory: the page UI could not be loaded');
  return ui;
}

/** The UI module, loaded once per page; a failed load is retried on the next call. */
export function loadUi(): Promise<UiModule> {
  loading ??= injectUi().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
