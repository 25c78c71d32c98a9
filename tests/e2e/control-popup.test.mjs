// The toolbar popup in real Chromium and Firefox: switches, the page's entities,
// reveal, search, the "as of" date and the badge. Firefox's popup panel cannot
// be reached over BiDi, so there (and for most checks) the popup is opened as a
// tab with ?tab=<id>; Chromium also opens the real panel once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from './lib/bounded.mjs';
import { articleTabId, BROWSERS, inExtension, markCount, resetStorage, start, TIMEOUT_MS } from './lib/control-harness.mjs';

const KERRY = 'Q22316';
const PARIS = 'bs:term/paris-agreement';
// Interval polling: requestAnimationFrame (the default) never fires in a tab that is not in front.
const wait = { timeout: TIMEOUT_MS, polling: 100 };

for (const name of BROWSERS) {
  describe(`popup in ${name}`, () => {
    let ctx;
    let article;
    let popup;
    let tabId;

    before(async () => {
      ctx = await start(name);
      article = await ctx.openArticle();
      const probe = await ctx.openExtensionPage('popup.html');
      tabId = await articleTabId(probe);
      assert.ok(tabId, 'the article tab is found through its content script');
      await probe.close();
      popup = await ctx.openExtensionPage(`popup.html?tab=${tabId}`);
    });
    after(() => ctx?.close());

    it('lists the entities on the page grouped by kind, with mention counts', async () => {
      await popup.waitForSelector(`#found button[data-bs-entity="${KERRY}"]`, wait);
      const groups = await popup.$$eval('#found h3', (hs) =>
        hs.map((h) => ({ heading: h.textContent, names: [...h.nextElementSibling.querySelectorAll('button')].map((b) => b.firstChild.textContent) })),
      );
      assert.deepEqual(groups.map((g) => g.heading), ['People', 'Places', 'Organizations', 'Terms']);
      assert.ok(groups[0].names.includes('John Kerry'));
      assert.ok(groups[1].names.includes('China'));
      assert.ok(groups[3].names.includes('Paris Agreement'));
      const info = await inExtension(popup, (id) => api.tabs.sendMessage(id, { type: 'getPageInfo' }), tabId);
      const kerry = info.entities.find((e) => e.id === KERRY);
      const shown = await popup.$eval(`#found button[data-bs-entity="${KERRY}"] .bs-count`, (el) => el.textContent);
      assert.equal(shown, String(kerry.count));
    });

    it('shows the number of entities on the toolbar badge', async () => {
      const info = await inExtension(popup, (id) => api.tabs.sendMessage(id, { type: 'getPageInfo' }), tabId);
      assert.ok(info.entities.length > 5);
      const badge = await inExtension(popup, (id) => api.action.getBadgeText({ tabId: id }), tabId);
      assert.equal(badge, String(info.entities.length));
    });

    it('scrolls the page to an entity’s first mention and focuses it when clicked', async () => {
      await article.evaluate(() => window.scrollTo(0, 0));
      await popup.click(`#found button[data-bs-entity="${PARIS}"]`);
      await article.waitForFunction((id) => document.activeElement?.getAttribute('data-bs-entity') === id, wait, PARIS);
      // The real popup sits over the visible page; a hidden tab does not run smooth scrolling.
      await article.bringToFront();
      await article.waitForFunction(
        (id) => {
          const rect = document.querySelector(`bs-mark[data-bs-entity="${id}"]`).getBoundingClientRect();
          return window.scrollY > 100 && rect.top >= 0 && rect.bottom <= innerHeight;
        },
        wait,
        PARIS,
      );
      await popup.bringToFront();
    });

    it('looks up any dataset entry by name prefix and shows its card', async () => {
      // "blink" also starts Blinkit's name, which ranks first: a name prefix beats a surname's.
      await popup.type('#search', 'blinke');
      await popup.waitForSelector('#results button[data-bs-entity="Q7821917"]', wait);
      await popup.keyboard.press('Enter');
      await popup.waitForFunction(() => !document.getElementById('card').hidden, wait);
      const text = await popup.$eval('#card', (el) => el.textContent);
      assert.match(text, /Antony Blinken/);
      assert.match(text, /US Secretary of State/, 'on the article’s date (July 2023) Blinken was Secretary of State');
      await popup.$eval('#search', (el) => {
        el.value = 'zzzz-nothing';
        el.dispatchEvent(new Event('input'));
      });
      await popup.waitForFunction(() => !document.getElementById('no-results').hidden, wait);
    });

    it('shows the article’s date and lets the reader set another for this tab', async () => {
      await popup.waitForFunction(() => document.getElementById('asof').dataset.asof === '2023-07-19', wait);
      assert.equal(await popup.$eval('#asof-date', (el) => el.textContent), '19 July 2023');
      await popup.$eval('#asof-input', (el) => {
        el.value = '2015-06-01';
        el.dispatchEvent(new Event('change'));
      });
      await popup.waitForFunction(() => document.getElementById('asof').dataset.asof === '2015-06-01', wait);
      // The page's own cards now describe June 2015: Kerry was Secretary of State then.
      await article.bringToFront();
      await article.focus(`bs-mark[data-bs-entity="${KERRY}"]`);
      await article.keyboard.press('Enter');
      await article.waitForFunction(
        () => /Secretary of State/.test(document.querySelector('bs-popover')?.shadowRoot?.querySelector('[role="dialog"]:not([hidden])')?.textContent ?? ''),
        wait,
      );
      await article.keyboard.press('Escape');
      await popup.bringToFront();
      await popup.click('#asof-reset');
      await popup.waitForFunction(() => document.getElementById('asof').dataset.asof === '2023-07-19', wait);
    });

    it('turns Backstory off for this site, with the "off" icon title, and on again', async () => {
      await popup.click('[data-bs-control="site"]');
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length === 0, wait);
      const stored = await inExtension(popup, () => api.storage.sync.get('settings'));
      assert.equal(stored.settings.sites['127.0.0.1'], 'off');
      await popup.waitForFunction(
        (id) => (globalThis.browser ?? globalThis.chrome).action.getTitle({ tabId: id }).then((t) => t === 'Backstory (off)'),
        wait,
        tabId,
      );
      assert.equal(await inExtension(popup, (id) => api.action.getBadgeText({ tabId: id }), tabId), '');
      await popup.waitForFunction(() => !document.querySelector('[data-bs-control="site"]').checked, wait);
      await popup.click('[data-bs-control="site"]');
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length > 0, wait);
      await popup.waitForFunction(
        (id) => (globalThis.browser ?? globalThis.chrome).action.getTitle({ tabId: id }).then((t) => t === 'Backstory'),
        wait,
        tabId,
      );
    });

    it('turns Backstory off and on for all sites', async () => {
      await popup.click('[data-bs-control="enabled"]');
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length === 0, wait);
      assert.equal((await inExtension(popup, () => api.storage.sync.get('settings'))).settings.enabled, false);
      // As a reader would: click again once the popup shows the switch off.
      await popup.waitForFunction(() => !document.querySelector('[data-bs-control="enabled"]').checked, wait);
      await popup.click('[data-bs-control="enabled"]');
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length > 0, wait);
      assert.ok((await markCount(article)) > 5);
      await resetStorage(popup);
    });

    if (name === 'chromium') {
      it('opens as the real toolbar popup over the article', async () => {
        await article.bringToFront();
        const worker = await ctx.worker.worker();
        await worker.evaluate(() => chrome.action.openPopup());
        const target = await ctx.browser.waitForTarget((t) => t.url().endsWith('/popup.html'), wait);
        const real = await target.asPage();
        await real.waitForFunction(() => document.body.dataset.ready === 'true', wait);
        assert.equal(await real.$eval('#host', (el) => el.textContent), '(127.0.0.1)');
        assert.equal(await real.$eval('[data-bs-control="site"]', (el) => el.checked && !el.disabled), true);
        assert.ok((await real.$$('#found button[data-bs-entity]')).length > 5);
      });
    }
  });
}
