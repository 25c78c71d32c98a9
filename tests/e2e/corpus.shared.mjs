// Never break the page, on real news pages: with Backstory on, a saved page gets
// highlights; turned off, its DOM is exactly what it was before Backstory ran.
// Runs when the corpus beside the project exists (development and CI machines).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from './lib/bounded.mjs';
import { serveWith, waitUntil } from '../../tools/browsers.mjs';
import { launch } from './reading-page.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'news-pages');
/**
 * A spread of outlets, layouts and sizes, the largest pages among them. Every one is a
 * news article that names people, places and organizations the dataset knows (checked
 * with `node dist/cli.mjs match`), so each must get highlights: a page that gets none
 * means the article finder, the scan or the matcher broke on a real layout, and this
 * test must fail rather than pass on the pages that still work. With first-mention
 * highlighting a page shows each entity once, so the minimum counts distinct names:
 * at least 5 on the English articles (each names 10 or more), 1 on the French page
 * (Le Monde names François Hollande; the dataset's terms are English).
 */
const PAGES = {
  'rdb-bbc-1': 5, 'rdb-nytimes-1': 5, 'rdb-guardian-1': 2, 'rdb-wapo-1': 5, 'rdb-cnn': 5, 'rdb-telegraph': 5, 'rdb-lemonde-1': 1,
  'tfl-dailymail-co-uk-food': 5, 'tfl-timesofisrael-com-washington': 5, 'tfl-theintercept-com-gaza': 5, 'tfl-dw-com-colonial': 5,
  'tfl-nymag-com-polarization': 5,
};
const hasCorpus = existsSync(join(CORPUS, 'index.json'));

const markCount = () => document.querySelectorAll('[data-bs-entity]').length;

/** Registers the suite for one browser ('chromium' or 'firefox'). */
export function corpusSuite(name, extDir) {
  describe(`real news pages in ${name}`, { skip: hasCorpus ? false : 'the corpus (../shared/corpus/news-pages) is not on this machine', timeout: 300000 }, () => {
    let server;
    let browser;
    let page;
    let setSettings;
    // Settings parse field by field: { enabled } alone keeps every other default.
    const setEnabled = (enabled) => setSettings({ enabled });

    before(async () => {
      const files = new Set(JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')).pages.map((p) => p.name));
      for (const file of Object.keys(PAGES)) assert.ok(files.has(file), `corpus page ${file} is listed`);
      // Page scripts off: a saved page's scripts would call trackers and rewrite itself at random.
      server = await serveWith({ type: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" } }, CORPUS);
      ({ browser, page, setSettings } = await launch(name, extDir));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // A request can be gone by the time we answer (a navigation away): nothing to do then.
        // The extension's own files (the page UI it imports) are not the web: let them through.
        const isOurs = request.url().startsWith(server.origin) || /^(chrome|moz)-extension:/.test(request.url());
        const answered = isOurs ? request.continue() : request.abort('blockedbyclient');
        answered.catch(() => {});
      });
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const [name, minimum] of Object.entries(PAGES)) {
      it(`${name}: at least ${minimum} highlights, then the page restored exactly`, async () => {
        await setEnabled(false);
        await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'load' });
        const pristine = await page.evaluate(() => document.documentElement.outerHTML);
        assert.equal(await page.evaluate(markCount), 0);

        await setEnabled(true);
        // Polled with evaluate: these pages forbid eval (script-src 'none'), which puppeteer's waitForFunction needs in Firefox ESR 140.
        const reached = await waitUntil(page, (n) => document.querySelectorAll('[data-bs-entity]').length >= n, { timeout: 15000 }, minimum)
          .then(() => true, () => false);
        const count = await page.evaluate(markCount);
        assert.ok(reached, `${name}: expected at least ${minimum} highlights, found ${count} after 15 s`);

        await setEnabled(false);
        await waitUntil(page, () => document.querySelectorAll('[data-bs-entity], [data-bs-popover], style[data-bs-style]').length === 0, { timeout: 8000 });
        assert.equal(await page.evaluate(() => document.documentElement.outerHTML), pristine, `${name}: DOM restored exactly after ${count} highlights`);
      });
    }
  });
}
