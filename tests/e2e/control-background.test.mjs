// The background's controls in real Chromium and Firefox: the keyboard shortcut's
// handler and the context menu's "Look up in Backstory". Headless browsers cannot
// press a browser-level shortcut or open a native menu, so the tests call the
// handlers behind them (exposed as `backstoryControl` in the background context)
// and check what the reader would see on the page. The hook exists only in the test
// build (dist/test/); the last test checks the release build does not carry it.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from './lib/bounded.mjs';
import { articleTabId, BROWSERS, callBackground, inExtension, resetStorage, ROOT, start, TIMEOUT_MS } from './lib/control-harness.mjs';

// Interval polling: requestAnimationFrame (the default) never fires in a tab that is not in front.
const wait = { timeout: TIMEOUT_MS, polling: 100 };

function selectText(page, text) {
  return page.evaluate((wanted) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.data.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return true;
    }
    return false;
  }, text);
}

const selectionCard = (page) =>
  page.evaluate(() => {
    const host = document.querySelector('[data-bs-selection-card]');
    const card = host?.shadowRoot?.querySelector('[role="dialog"]');
    return host ? { match: host.dataset.bsSelectionCard, text: card.textContent, focused: host.shadowRoot.activeElement === card } : null;
  });

for (const name of BROWSERS) {
  describe(`background controls in ${name}`, () => {
    let ctx;
    let article;
    let ext;
    let tabId;

    before(async () => {
      ctx = await start(name, { testHooks: true });
      article = await ctx.openArticle();
      ext = await ctx.openExtensionPage('popup.html');
      tabId = await articleTabId(ext);
      assert.ok(tabId);
    });
    after(() => ctx?.close());

    it('declares the site toggle shortcut, and its handler turns the current site off and on', async () => {
      const manifest = await ext.evaluate(() => fetch('manifest.json').then((r) => r.json()));
      assert.deepEqual(manifest.commands['toggle-site'].suggested_key, { default: 'Alt+Shift+B' });
      assert.equal(await callBackground(ctx, ext, 'toggleSiteInTab', tabId), false);
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length === 0, wait);
      const { settings } = await inExtension(ext, () => api.storage.sync.get('settings'));
      assert.equal(settings.sites['127.0.0.1'], 'off');
      assert.equal(await callBackground(ctx, ext, 'toggleSiteInTab', tabId), true);
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length > 0, wait);
      await resetStorage(ext);
    });

    it('"Look up in Backstory" shows the card of the selected name next to the selection', async () => {
      // update() rejects for an id that was never created: the menu item exists after install.
      await inExtension(ext, () => api.contextMenus.update('backstory-lookup', { title: 'Look up in Backstory' }));
      await assert.rejects(inExtension(ext, () => api.contextMenus.update('no-such-item', { title: 'x' })));
      await article.bringToFront();
      assert.ok(await selectText(article, 'Great Hall of the People'));
      const id = await callBackground(ctx, ext, 'lookUpSelection', tabId, 'Great Hall of the People');
      assert.equal(id, 'bs:place/great-hall-of-the-people');
      await article.waitForFunction(() => document.querySelector('[data-bs-selection-card="match"]'), wait);
      const card = await selectionCard(article);
      assert.match(card.text, /Great Hall of the People/);
      assert.ok(card.focused, 'the card takes focus so Escape and Tab work');
      await article.keyboard.press('Escape');
      await article.waitForFunction(() => !document.querySelector('[data-bs-selection-card]'), wait);
    });

    it('finds the best entry for a looser selection, and says so when nothing matches', async () => {
      assert.equal(await callBackground(ctx, ext, 'lookUpSelection', tabId, 'President Xi’s remarks'), 'Q15031');
      await article.waitForFunction(() => document.querySelector('[data-bs-selection-card="match"]'), wait);
      assert.match((await selectionCard(article)).text, /Xi Jinping/);
      assert.ok(await selectText(article, 'ten hours'));
      assert.equal(await callBackground(ctx, ext, 'lookUpSelection', tabId, 'ten hours'), null);
      await article.waitForFunction(() => document.querySelector('[data-bs-selection-card="none"]'), wait);
      const notice = await selectionCard(article);
      assert.match(notice.text, /No match/);
      assert.match(notice.text, /ten hours/);
      await article.mouse.click(5, 5);
      await article.waitForFunction(() => !document.querySelector('[data-bs-selection-card]'), wait);
    });

    it('the release build carries no test hook: its background has no backstoryControl', () => {
      const target = name === 'chromium' ? 'chrome' : 'firefox';
      const release = readFileSync(join(ROOT, 'dist', target, 'background.js'), 'utf8');
      const test = readFileSync(join(ROOT, 'dist', 'test', target, 'background.js'), 'utf8');
      assert.ok(test.includes('backstoryControl'), 'the test build has the hook these tests use');
      assert.ok(!release.includes('backstoryControl'), 'the release build must not');
    });
  });
}
