import { join } from 'node:path';
import { launchFirefox } from '../../tools/browsers.mjs';
import { foundationSuite } from './foundation.shared.mjs';

const EXT = join(import.meta.dirname, '..', '..', 'dist', 'firefox');

foundationSuite('Firefox ESR', {
  async launch() {
    const launched = await launchFirefox(EXT);
    return {
      browser: launched.browser,
      // Firefox's real popup panel is out of reach over BiDi: open popup.html as a tab.
      async openPopup(page) {
        const url = page.url();
        const probe = await launched.openExtensionPage('popup.html');
        const tabId = await probe.evaluate(async (u) => {
          const tabs = await browser.tabs.query({});
          const self = await browser.tabs.getCurrent();
          return (tabs.find((t) => t.url === u) ?? tabs.find((t) => t.id !== self.id))?.id;
        }, url);
        await probe.close();
        return launched.openExtensionPage(`popup.html?tab=${tabId}`);
      },
    };
  },
});
