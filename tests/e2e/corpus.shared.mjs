// Never break the page, on real news pages: with Backstory on, a saved page gets
// highlights; turned off, its DOM is exactly what it was before Backstory ran.
// Runs when the corpus beside the project exists (development and CI machines).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { serveWith } from '../../tools/browsers.mjs';
import { launch } from './reading-page.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'news-pages');
/** A spread of outlets, layouts and sizes, the largest pages among them. */
const PAGES = ['rdb-bbc-1', 'rdb-nytimes-1', 'rdb-guardian-1', 'rdb-wapo-1', 'rdb-cnn', 'rdb-telegraph', 'rdb-lemonde-1',
  'tfl-dailymail-co-uk-food', 'tfl-timesofisrael-com-washington', 'tfl-theintercept-com-gaza', 'tfl-dw-com-colonial', 'tfl-nymag-com-polarization'];
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
      for (const file of PAGES) assert.ok(files.has(file), `corpus page ${file} is listed`);
      // Page scripts off: a saved page's scripts would call trackers and rewrite itself at random.
      server = await serveWith({ type: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" } }, CORPUS);
      ({ browser, page, setSettings } = await launch(name, extDir));
      await page.setRequestInterception(true);
      page.on('request', (request) => {
        // A request can be gone by the time we answer (a navigation away): nothing to do then.
        const answered = request.url().startsWith(server.origin) ? request.continue() : request.abort('blockedbyclient');
        answered.catch(() => {});
      });
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    for (const name of PAGES) {
      it(`${name}: highlights, then restores the page exactly`, async () => {
        await setEnabled(false);
        await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'load' });
        const pristine = await page.evaluate(() => document.documentElement.outerHTML);
        assert.equal(await page.evaluate(markCount), 0);

        await setEnabled(true);
        // Some pages are not articles (or mention nothing we know): wait for work to settle either way.
        await page.waitForFunction(() => document.querySelectorAll('[data-bs-entity]').length > 0, { timeout: 8000, polling: 100 }).catch(() => {});
        const count = await page.evaluate(markCount);

        await setEnabled(false);
        await page.waitForFunction(() => document.querySelectorAll('[data-bs-entity], [data-bs-popover], style[data-bs-style]').length === 0, { timeout: 8000, polling: 100 });
        assert.equal(await page.evaluate(() => document.documentElement.outerHTML), pristine, `${name}: DOM restored exactly after ${count} highlights`);
      });
    }

    it('highlights something on most of these pages', async () => {
      await setEnabled(true);
      let withHighlights = 0;
      for (const name of PAGES) {
        await page.goto(`${server.origin}/${name}.html`, { waitUntil: 'load' });
        const found = await page.waitForFunction(() => document.querySelectorAll('[data-bs-entity]').length > 0, { timeout: 8000, polling: 100 }).then(() => true, () => false);
        if (found) withHighlights++;
      }
      assert.ok(withHighlights >= PAGES.length * 0.75, `highlights on ${withHighlights} of ${PAGES.length} pages`);
    });
  });
}
