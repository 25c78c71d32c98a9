// Off the happy path, in real Chromium and Firefox: a www. host's site switch, a
// reader flicking the switches faster than the page can follow, and a
// single-page site that changes article without loading a page (issue 12).
import assert from 'node:assert/strict';
import { TEST_WWW_HOST } from '../../tools/browsers.mjs';
import { describe, it } from './lib/bounded.mjs';
import { articleTabId, BROWSERS, inExtension, markCount, TIMEOUT_MS, withExtensionPage } from './lib/control-harness.mjs';

// Interval polling: requestAnimationFrame (the default) never fires in a tab that is not in front.
const wait = { timeout: TIMEOUT_MS, polling: 100 };
/** How long a page must hold one state to count as settled: longer than any one change takes it. */
const SETTLE_MS = 1500;

/**
 * Polls `read` until `isDone` has held for SETTLE_MS without a break, and returns the last
 * reading; within TIMEOUT_MS, else the last reading is returned for the assertion to show.
 */
async function settled(read, isDone) {
  const deadline = Date.now() + TIMEOUT_MS;
  let since;
  let last = await read();
  while (Date.now() < deadline) {
    if (isDone(last)) {
      since ??= Date.now();
      if (Date.now() - since >= SETTLE_MS) return last;
    } else since = undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
    last = await read();
  }
  return last;
}

for (const name of BROWSERS) {
  describe(`off the happy path in ${name}`, () => {
    let ctx;
    let ext;
    /** Waits until the popup's last write has landed: the stored switch reads `value`. */
    const storedEnabled = async (value) => {
      const deadline = Date.now() + TIMEOUT_MS;
      while (Date.now() < deadline) {
        if ((await inExtension(ext, () => api.storage.sync.get('settings').then((s) => s.settings?.enabled))) === value) return;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      assert.fail(`the stored switch never read ${value}`);
    };

    // Each test starts from one extension page and stored defaults, however the last one ended.
    withExtensionPage(name, { hostAlias: TEST_WWW_HOST }, (c, e) => ([ctx, ext] = [c, e]));

    it('on a www. host, turning the site on in the popup highlights a page that is not an article', async () => {
      const port = new URL(ctx.server.origin).port;
      const shop = await ctx.browser.newPage();
      await shop.goto(`http://${TEST_WWW_HOST}:${port}/shop.html`);
      await shop.waitForFunction(() => document.readyState === 'complete', wait);
      assert.equal(await markCount(shop), 0, 'not an article: nothing until the reader asks');
      const tabId = await articleTabId(ext, TEST_WWW_HOST);
      assert.ok(tabId, 'the shop tab answers with its www. host');
      const popup = await ctx.openExtensionPage(`popup.html?tab=${tabId}`);
      const site = await popup.waitForSelector('[data-bs-control="site"]:not([disabled])');
      assert.equal(await site.evaluate((el) => el.checked), false);
      await site.click();
      await shop.waitForFunction(() => document.querySelectorAll('bs-mark[data-bs-entity]').length >= 2, wait);
      const stored = await inExtension(ext, () => api.storage.sync.get('settings').then((s) => s.settings.sites));
      assert.deepEqual(stored, { 'backstory.test': 'on' }, 'kept without www., as the lists keep hosts');
    });

    it('rapid toggles end in the last state, with each highlight made once', async () => {
      const article = await ctx.openArticle();
      const clean = await article.evaluate(() => Array.from(document.querySelectorAll('bs-mark'), (m) => m.dataset.bsEntity).join());
      const tabId = await articleTabId(ext);
      const popup = await ctx.openExtensionPage(`popup.html?tab=${tabId}`);
      const enabled = await popup.waitForSelector('[data-bs-control="enabled"]');
      const page = () =>
        article.evaluate(() => ({
          ids: Array.from(document.querySelectorAll('bs-mark'), (m) => m.dataset.bsEntity).join(),
          nested: document.querySelectorAll('bs-mark bs-mark').length,
          styles: document.querySelectorAll('style[data-bs-style]').length,
          popovers: document.querySelectorAll('bs-popover').length,
        }));
      // Five clicks as fast as the popup takes them: off, on, off, on, off. The popup writes
      // each in turn and the page follows each in turn, so first the last write must land,
      // then the page must hold one state long enough that no change is still on its way:
      // a fixed pause after the first bare page can end between two of the changes.
      for (let i = 0; i < 5; i++) await enabled.click();
      await storedEnabled(false);
      const off = await settled(page, (p) => p.ids === '' && p.styles === 0 && p.popovers === 0);
      assert.deepEqual(off, { ids: '', nested: 0, styles: 0, popovers: 0 }, 'still off once every change has been applied');
      // And back on with four more: on, off, on, off … then one last on.
      for (let i = 0; i < 5; i++) await enabled.click();
      await storedEnabled(true);
      const on = await settled(page, (p) => p.ids !== '');
      assert.deepEqual(on, { ids: clean, nested: 0, styles: 1, popovers: 0 }, 'one session: the same highlights as a clean start, none doubled');
    });

    it('the reader’s own term wins over a dataset name with the same words ("Georgia")', async () => {
      const page = await ctx.openArticle('letter.html');
      const georgia = () => page.evaluate(() => Array.from(document.querySelectorAll('bs-mark'), (m) => [m.textContent, m.dataset.bsEntity]).find(([text]) => text === 'Georgia'));
      assert.equal(await georgia(), undefined, 'the dataset’s Georgias need context this page does not give');
      await inExtension(ext, () => api.storage.local.set({ customTerms: [{ id: 'custom:georgia', name: 'Georgia', kind: 'person', aliases: [], note: 'My neighbour.' }] }));
      await page.waitForFunction(() => Array.from(document.querySelectorAll('bs-mark')).some((m) => m.dataset.bsEntity === 'custom:georgia'), wait);
      assert.deepEqual(await georgia(), ['Georgia', 'custom:georgia']);
    });

    it('a single-page site moving to another story: old highlights go, the new story is read with its own date', async () => {
      const page = await ctx.openArticle('spa.html');
      const ids = () => page.evaluate(() => Array.from(document.querySelectorAll('bs-mark'), (m) => m.textContent));
      assert.ok((await ids()).includes('John Kerry'));
      await page.evaluate(() => window.goNext());
      await page.waitForFunction(() => location.pathname.startsWith('/stories/') && document.querySelectorAll('bs-mark').length >= 3, wait);
      const now = await ids();
      for (const name of ['Germany', 'Berlin', 'Ukraine']) assert.ok(now.includes(name), `${name} in ${now}`);
      assert.ok(!now.includes('John Kerry'));
      const tabId = await articleTabId(ext);
      const date = await inExtension(ext, (tab) => api.tabs.sendMessage(tab, { type: 'getArticleDate' }), tabId);
      assert.deepEqual(date, { detected: '2015-06-01' }, 'the new story’s date, not the first one’s');
      const counts = await inExtension(ext, (tab) => api.tabs.sendMessage(tab, { type: 'getPageInfo' }), tabId);
      assert.ok(!counts.entities.some((e) => e.name === 'John Kerry'), 'the popup lists the new story only');
    });
  });
}
