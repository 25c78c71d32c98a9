// The options page in real Chromium and Firefox: every setting reaches an open
// article live, custom terms are matched on the page, import is all or nothing,
// corrupt settings fall back to defaults, and the credits come from the data.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, beforeEach, describe, it } from './lib/bounded.mjs';
import { BROWSERS, FIXTURES, inExtension, markCount, resetStorage, start, storeSettings, TIMEOUT_MS } from './lib/control-harness.mjs';

// Interval polling: requestAnimationFrame (the default) never fires in a tab that is not in front.
const wait = { timeout: TIMEOUT_MS, polling: 100 };
const stored = (page) => inExtension(page, () => api.storage.sync.get('settings').then((s) => s.settings));
const terms = (page) => inExtension(page, () => api.storage.local.get('customTerms').then((s) => s.customTerms ?? []));

for (const name of BROWSERS) {
  describe(`options in ${name}`, () => {
    let ctx;
    let article;
    let options;

    before(async () => {
      ctx = await start(name);
      article = await ctx.openArticle();
      options = await ctx.openExtensionPage('options.html');
    });
    beforeEach(async () => {
      await resetStorage(options);
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length > 5, wait);
      await options.bringToFront();
    });
    after(() => ctx?.close());

    it('hides a kind on open pages when it is unchecked', async () => {
      assert.ok((await markCount(article, 'bs-mark[data-bs-kind="person"]')) > 0);
      await options.click('[data-bs-setting="kinds.person"]');
      await article.waitForFunction(
        () => document.querySelectorAll('bs-mark[data-bs-kind="person"]').length === 0 && document.querySelectorAll('bs-mark[data-bs-kind="place"]').length > 0,
        wait,
      );
      assert.equal((await stored(options)).kinds.person, false);
    });

    it('stores the highlight style, first-mention choice and a clamped hover delay', async () => {
      await options.click('[data-bs-setting="style"][value="background"]');
      await options.click('[data-bs-setting="firstMentionOnly"]');
      await options.$eval('[data-bs-setting="hoverDelayMs"]', (el) => {
        el.value = '5';
        el.dispatchEvent(new Event('change'));
      });
      await options.waitForFunction(() => document.querySelector('[data-bs-setting="hoverDelayMs"]').value === '100', wait);
      const settings = await stored(options);
      assert.equal(settings.style, 'background');
      assert.equal(settings.firstMentionOnly, false);
      assert.equal(settings.hoverDelayMs, 100);
      // With every mention highlighted, Xi Jinping's page has more marks than entities.
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length > new Set([...document.querySelectorAll('bs-mark')].map((m) => m.dataset.bsEntity)).size, wait);
    });

    it('stops on a site in the deny list and runs only on allowed sites when asked', async () => {
      await options.type('[data-bs-setting="deny"]', 'http://127.0.0.1/some/page\nnot_a_host!');
      await options.click('#h-sites'); // moves focus away: the textarea's change fires
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length === 0, wait);
      assert.equal((await stored(options)).sites['127.0.0.1'], 'off');
      await options.waitForFunction(() => /not_a_host!/.test(document.getElementById('status').textContent), wait);
      await resetStorage(options);
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length > 0, wait);
      await options.click('[data-bs-setting="onlyListedSites"]');
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length === 0, wait);
      await options.type('[data-bs-setting="allow"]', '127.0.0.1');
      await options.click('#h-sites');
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length > 0, wait);
    });

    it('adds, edits and deletes a custom term, matched live on the open page', async () => {
      await options.type('#term-form [name="name"]', 'ministry');
      await options.select('#term-form [name="kind"]', 'organization');
      await options.type('#term-form [name="note"]', 'Here: China’s Ministry of Ecology and Environment.');
      await options.click('#term-form button[type="submit"]');
      await options.waitForSelector('#terms li[data-bs-term]', wait);
      const [term] = await terms(options);
      assert.equal(term.name, 'ministry');
      await article.waitForFunction((id) => document.querySelector(`bs-mark[data-bs-entity="${id}"]`)?.textContent === 'ministry', wait, term.id);
      // Its card comes from the reader's terms, not the packaged shards.
      const answer = await inExtension(options, (id) => api.runtime.sendMessage({ type: 'lookupEntity', id }), term.id);
      assert.equal(answer.ok, true);
      assert.equal(answer.card.summary, 'Here: China’s Ministry of Ecology and Environment.');

      await options.click(`#terms li[data-bs-term="${term.id}"] button`); // Edit
      await options.$eval('#term-form [name="note"]', (el) => { el.value = 'Edited note.'; });
      await options.click('#term-form button[type="submit"]');
      await options.waitForFunction(async () => (await api.storage.local.get('customTerms')).customTerms[0]?.note === 'Edited note.', wait);
      assert.equal((await terms(options)).length, 1, 'editing keeps one entry');

      await options.click(`#terms li[data-bs-term="${term.id}"] button:last-of-type`); // Delete
      await article.waitForFunction((id) => !document.querySelector(`bs-mark[data-bs-entity="${id}"]`), wait, term.id);
      assert.deepEqual(await terms(options), []);
    });

    it('rejects a bad import file with a clear error and changes nothing, then imports a good one', async () => {
      const input = await options.$('#import');
      await input.uploadFile(join(FIXTURES, 'terms-bad.json'));
      await options.waitForFunction(() => /Entry 2/.test(document.getElementById('import-error').textContent), wait);
      assert.match(await options.$eval('#import-error', (el) => el.textContent), /nothing was changed/);
      assert.deepEqual(await terms(options), []);

      await input.uploadFile(join(FIXTURES, 'terms-good.json'));
      await options.waitForFunction(async () => ((await api.storage.local.get('customTerms')).customTerms ?? []).length === 1, wait);
      assert.equal(await options.$eval('#import-error', (el) => el.textContent), '');
      await article.waitForFunction(() => [...document.querySelectorAll('bs-mark')].some((m) => m.textContent === 'coal power'), wait);

      await options.evaluate(() => {
        HTMLAnchorElement.prototype.click = function capture() {
          globalThis.exported = fetch(this.href).then((r) => r.text());
        };
      });
      await options.click('#export');
      const file = JSON.parse(await options.evaluate(() => globalThis.exported));
      assert.equal(file.format, 'backstory-custom-terms');
      assert.deepEqual(file.terms.map((t) => t.name), ['coal power']);
    });

    it('falls back to defaults field by field when stored settings are corrupt', async () => {
      await storeSettings(options, { enabled: 'maybe', kinds: 5, sites: 'x', hoverDelayMs: 'slow', style: 'background' });
      await options.waitForFunction(() => document.querySelector('[data-bs-setting="style"][value="background"]').checked, wait);
      assert.equal(await options.$eval('[data-bs-setting="hoverDelayMs"]', (el) => el.value), '350');
      assert.equal(await options.$eval('[data-bs-setting="kinds.person"]', (el) => el.checked), true);
      await article.waitForFunction(() => document.querySelectorAll('bs-mark').length > 5, wait);
    });

    it('shows the shortcut and credits every source of the packaged dataset', async () => {
      const commands = await inExtension(options, () => api.commands.getAll());
      const toggle = commands.find((c) => c.name === 'toggle-site');
      assert.ok(toggle, 'the toggle-site command is declared');
      assert.equal(toggle.description, 'Turn Backstory on or off for the current site');
      assert.equal(await options.$eval('#shortcut', (el) => el.textContent), toggle.shortcut || 'not set');
      const manifest = await options.evaluate(() => fetch('manifest.json').then((r) => r.json()));
      assert.equal(manifest.commands['toggle-site'].suggested_key.default, 'Alt+Shift+B');
      // Chromium leaves suggested keys unassigned for extensions loaded from the command line.
      if (name === 'firefox') assert.equal(toggle.shortcut, 'Alt+Shift+B');
      const meta = await options.evaluate(() => fetch('data/meta.json').then((r) => r.json()));
      const listed = await options.$$eval('#sources li', (items) => items.map((li) => [li.dataset.bsSource, li.textContent]));
      assert.deepEqual(listed.map(([id]) => id), meta.sources.map((s) => s.id));
      assert.ok(listed.some(([id, text]) => id === 'wikidata' && /CC0 1\.0/.test(text)));
    });

    it('labels every control', async () => {
      const unlabelled = await options.$$eval('input:not([type="hidden"]), select, textarea, button', (els) =>
        els.filter((el) => !(el.closest('label')?.textContent.trim() || el.getAttribute('aria-label') || el.textContent.trim())).map((el) => el.outerHTML),
      );
      assert.deepEqual(unlabelled, []);
    });
  });
}
