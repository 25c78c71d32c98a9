// The first look, in real Chromium and Firefox: every page sends its text once, and a
// page where Backstory is off or that names nothing the dataset could match stops
// there (issue 11: a page with nothing to highlight must cost next to nothing). Such a
// page must still follow the reader: the popup, a switch, their own terms and a
// single-page site's move to an article all start it.
import assert from 'node:assert/strict';
import { describe, it } from './lib/bounded.mjs';
import { articleTabId, BROWSERS, callBackground, inExtension, storeSettings, TIMEOUT_MS, withExtensionPage } from './lib/control-harness.mjs';

// Interval polling: requestAnimationFrame (the default) never fires in a tab that is not in front.
const wait = { timeout: TIMEOUT_MS, polling: 100 };

/** The message types the background received from pages whose URL contains `urlPart`, in order. */
const messagesFrom = (ctx, extPage, urlPart) => callBackground(ctx, extPage, 'messagesFrom', urlPart);

/** Waits until the background has received a message of `type` from pages whose URL contains `urlPart`. */
async function waitForMessage(ctx, ext, urlPart, type) {
  const deadline = Date.now() + TIMEOUT_MS;
  while (!(await messagesFrom(ctx, ext, urlPart)).includes(type)) {
    assert.ok(Date.now() < deadline, `${urlPart} never sent ${type}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Opens a page that is expected to show nothing, and waits until its first look has been answered. */
async function openQuiet(ctx, ext, path) {
  const page = await ctx.browser.newPage();
  page.setDefaultTimeout(TIMEOUT_MS);
  await page.goto(`${ctx.server.origin}/${path}`);
  await waitForMessage(ctx, ext, path, 'look');
  // Anything the page would do after the answer (a settings read, a scan, a match) happens within this.
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return page;
}

const marks = (page) => page.evaluate(() => Array.from(document.querySelectorAll('bs-mark'), (m) => m.textContent));

for (const name of BROWSERS) {
  describe(`the first look in ${name}`, () => {
    let ctx;
    let ext;
    withExtensionPage(name, { testHooks: true }, (c, e) => ([ctx, ext] = [c, e]));

    it('a page naming nothing the dataset knows sends one message and nothing more; the reader’s own term then highlights it', async () => {
      const page = await openQuiet(ctx, ext, 'quiet.html');
      assert.deepEqual(await messagesFrom(ctx, ext, 'quiet.html'), ['look'], 'no settings read, scan or match after a "no"');
      assert.deepEqual(await marks(page), []);
      await inExtension(ext, () => api.storage.local.set({ customTerms: [{ id: 'custom:quorvane', name: 'Quorvane', kind: 'person', aliases: [], note: 'A pen name.' }] }));
      await page.waitForFunction(() => document.querySelector('bs-mark[data-bs-entity="custom:quorvane"]') !== null, wait);
      assert.deepEqual(await marks(page), ['Quorvane']);
    });

    it('an article with something to show sends its look, its match and its count: the page UI comes with the match', async () => {
      const page = await ctx.browser.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      await page.goto(`${ctx.server.origin}/article.html?ui-with-match`);
      await page.waitForFunction(() => document.querySelectorAll('bs-mark').length > 5, wait);
      await waitForMessage(ctx, ext, 'ui-with-match', 'pageStats');
      assert.deepEqual(await messagesFrom(ctx, ext, 'ui-with-match'), ['look', 'matchPage', 'ui', 'pageStats'], 'no loadUi: the UI came with the answer');
      await page.close();
    });

    it('an article whose names are all of kinds the reader turned off gets no page UI and no highlight', async () => {
      await storeSettings(ext, { version: 2, enabled: true, sites: {}, kinds: { person: false, place: false, organization: false, term: false } });
      const page = await ctx.browser.newPage();
      page.setDefaultTimeout(TIMEOUT_MS);
      await page.goto(`${ctx.server.origin}/article.html?kinds-off`);
      await waitForMessage(ctx, ext, 'kinds-off', 'matchPage');
      await new Promise((resolve) => setTimeout(resolve, 1500));
      assert.deepEqual(await messagesFrom(ctx, ext, 'kinds-off'), ['look', 'matchPage'], 'the background matched, saw every kind turned off and put no UI in');
      assert.deepEqual(await marks(page), []);
      await storeSettings(ext, { version: 2, enabled: true, sites: {}, kinds: { person: true, place: true, organization: true, term: true } });
      await page.waitForFunction(() => document.querySelectorAll('bs-mark').length > 5, wait);
      await page.close();
    });

    it('an article opened with its site switched off is left alone; the popup shows the site, and switching it on highlights the page', async () => {
      await storeSettings(ext, { version: 2, enabled: true, sites: { '127.0.0.1': 'off' } });
      const page = await openQuiet(ctx, ext, 'article.html?site-off');
      assert.deepEqual(await messagesFrom(ctx, ext, 'article.html?site-off'), ['look']);
      assert.deepEqual(await marks(page), []);
      const tabId = await articleTabId(ext);
      assert.ok(tabId, 'the page answers the popup although it stopped at its first look');
      const popup = await ctx.openExtensionPage(`popup.html?tab=${tabId}`);
      const site = await popup.waitForSelector('[data-bs-control="site"]:not([disabled])', wait);
      assert.equal(await site.evaluate((el) => el.checked), false);
      await site.click();
      await page.waitForFunction(() => document.querySelectorAll('bs-mark').length > 5, wait);
    });

    it('a single-page site that opens on a page naming nothing highlights the article it moves to', async () => {
      const page = await openQuiet(ctx, ext, 'spa-quiet.html');
      assert.deepEqual(await messagesFrom(ctx, ext, 'spa-quiet.html'), ['look']);
      await page.evaluate(() => window.goNext());
      await page.waitForFunction(() => {
        const texts = Array.from(document.querySelectorAll('bs-mark'), (m) => m.textContent);
        return texts.includes('John Kerry') && texts.includes('Beijing');
      }, wait);
      assert.ok((await marks(page)).includes('Beijing'));
      // The move reads the settings and applies them once the article has rendered: one match, not one
      // on the move and another at the first retry (past the last retry's delay, 4 s).
      await new Promise((resolve) => setTimeout(resolve, 4500));
      // Whichever address the background saw for the page's messages: before the move or after it.
      const sent = [...(await messagesFrom(ctx, ext, 'spa-quiet.html')), ...(await messagesFrom(ctx, ext, 'envoys-meet-in-beijing'))];
      assert.equal(sent.filter((type) => type === 'matchPage').length, 1, `one match after the move: ${sent.join(', ')}`);
    });
  });
}
