import { join } from 'node:path';
import { launchChromium } from '../../tools/browsers.mjs';
import { foundationSuite } from './foundation.shared.mjs';

const EXT = join(import.meta.dirname, '..', '..', 'dist', 'chrome');

foundationSuite('Chromium', {
  async launch() {
    const launched = await launchChromium(EXT);
    const sw = await launched.worker.worker();
    return {
      browser: launched.browser,
      // The popup page for the article's tab, opened as a tab (the tab id is passed in).
      async openPopup(page) {
        // Without the "tabs" permission URLs are hidden: the article is the active tab now.
        await page.bringToFront();
        const tabId = await sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
        return launched.openExtensionPage(`popup.html?tab=${tabId}`);
      },
    };
  },
});
