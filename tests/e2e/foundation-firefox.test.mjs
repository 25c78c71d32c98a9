import { join } from 'node:path';
import { launchFirefox } from '../../tools/browsers.mjs';
import { foundationSuite } from './foundation.shared.mjs';

const EXT = join(import.meta.dirname, '..', '..', 'dist', 'firefox');

foundationSuite('Firefox ESR', {
  async launch() {
    const { browser, extensionOrigin } = await launchFirefox(EXT);
    return {
      browser,
      // Firefox's real popup panel is out of reach over BiDi: open popup.html as a tab.
      async openPopup(page) {
        const url = page.url();
        const popup = await browser.newPage();
        popup.goto(`${extensionOrigin}/popup.html`).catch(() => {});
        await popup.waitForSelector('[data-bs-control="enabled"]');
        const tabId = await popup.evaluate(async (u) => {
          const tabs = await browser.tabs.query({});
          const self = await browser.tabs.getCurrent();
          return (tabs.find((t) => t.url === u) ?? tabs.find((t) => t.id !== self.id))?.id;
        }, url);
        popup.goto(`${extensionOrigin}/popup.html?tab=${tabId}`).catch(() => {});
        await popup.waitForFunction(() => location.search.includes('tab=') && document.body.dataset.ready === 'true', { timeout: 15000 });
        return popup;
      },
    };
  },
});
