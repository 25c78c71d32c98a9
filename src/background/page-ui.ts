/**
 * Puts the page UI (content-ui.js) into a tab's isolated world when its content
 * script has something to show. The content script runs in every page and stays
 * small; the UI is evaluated only where a highlight or a card needs it.
 */
import browser from 'webextension-polyfill';

const UI_SCRIPT = 'content-ui.js';

/** Injects the UI into one frame of a tab; true once it has run there. */
export async function injectPageUi(tabId: number, frameId: number): Promise<boolean> {
  try {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [UI_SCRIPT] });
    return true;
  } catch (error) {
    console.warn('Backstory: could not load the page UI', error);
    return false;
  }
}
