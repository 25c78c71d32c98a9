// The reading experience as a reader meets it, in a real browser: dwell versus
// pass-over, the grace path into the card, Escape, keyboard, touch, placement
// at the viewport's edges, hostile page CSS, a dark page, opt-out markup and
// live settings. reading-chromium.test.mjs and reading-firefox.test.mjs run it,
// one browser launch per file.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from './lib/bounded.mjs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../tools/browsers.mjs';
import * as card from './reading-page.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'reading');
/** The default dwell (settings.hoverDelayMs). */
const DWELL_MS = 350;
const WAIT = { timeout: 15000, polling: 50 };
const DEFAULTS = { enabled: true, sites: {}, firstMentionOnly: true, kinds: { person: true, place: true, organization: true, term: true }, style: 'underline', hoverDelayMs: DWELL_MS };

/** @param {'chromium' | 'firefox'} name */
export function readingSuite(name) {
  describe(`reading experience in ${name}`, { timeout: 300000 }, () => {
    let browser, server, page, setSettings;
    const isChromium = name === 'chromium';

    before(async () => {
      const extDir = join(ROOT, 'dist', isChromium ? 'chrome' : 'firefox');
      assert.ok(existsSync(join(extDir, 'manifest.json')), `build first: ${extDir} is missing (npm run build)`);
      server = await serve(FIXTURES, ROOT);
      ({ browser, page, setSettings } = await card.launch(name, extDir));
      await setSettings(DEFAULTS);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    const open = async (file) => {
      await page.mouse.move(1, 450);
      await page.goto(`${server.origin}/${file}`);
    };

    test('highlights the article only: not nav, rails, footer, forms or opted-out subtrees', async () => {
      await open('article.html');
      await page.waitForSelector('bs-mark[data-bs-entity]', WAIT);
      const found = await page.evaluate(() => Array.from(document.querySelectorAll('bs-mark'), (m) => ({
        text: m.textContent, where: m.closest('nav, aside, footer, form, [data-backstory="off"]')?.tagName ?? 'ok',
      })));
      const texts = found.map((f) => f.text);
      for (const expected of ['Beijing', 'Antony Blinken', 'methane', 'China', 'Taiwan', 'Paris Agreement']) assert.ok(texts.includes(expected), `${expected} in ${texts}`);
      assert.deepEqual(found.filter((f) => f.where !== 'ok'), []);
      for (const absent of ['Janet Yellen', 'Nancy Pelosi', 'Joe Biden', 'Xi Jinping', 'Reuters']) assert.ok(!texts.includes(absent), `${absent} must not be highlighted`);
      // The page's own text that looks like markup stays text.
      assert.equal(await page.evaluate(() => document.querySelectorAll('img').length), 0);
      assert.match(await page.$eval('#hostile', (p) => p.textContent), /<img src=x onerror=alert\(1\)>/);
    });

    test('a pointer crossing a highlight opens nothing; resting on it opens the card after the dwell', async () => {
      await open('article.html');
      const r = await card.markRect(page, 'Antony Blinken');
      const y = (r.top + r.bottom) / 2;
      await page.mouse.move(r.left - 30, y);
      await page.mouse.move(r.right + 30, y, { steps: 4 });
      await page.mouse.move(r.right + 60, y + 120);
      await new Promise((resolve) => setTimeout(resolve, DWELL_MS + 400));
      assert.equal((await card.state(page)).open, false, 'pass-over must not open the card');

      const started = Date.now();
      await page.mouse.move((r.left + r.right) / 2, y);
      await new Promise((resolve) => setTimeout(resolve, 120));
      assert.equal((await card.state(page)).open, false, 'the card waits for the dwell');
      await card.waitOpen(page, 'Antony Blinken');
      assert.ok(Date.now() - started >= DWELL_MS - 20, `opened after ${Date.now() - started} ms`);
    });

    test('the card stays open while the pointer travels into it, and closes after the pointer leaves', async () => {
      await open('article.html');
      const r = await card.markRect(page, 'Antony Blinken');
      await page.mouse.move(r.left + 10, (r.top + r.bottom) / 2);
      const opened = await card.waitOpen(page, 'Antony Blinken');
      await page.mouse.move(opened.rect.left + 30, opened.rect.top + 30, { steps: 6 });
      await new Promise((resolve) => setTimeout(resolve, 700));
      assert.equal((await card.state(page)).open, true, 'the card survives the trip from word to card');
      await page.mouse.move(1200, 880, { steps: 3 });
      await card.waitClosed(page);
    });

    test('Escape closes the card; a click outside closes it; scrolling its word away closes it', async () => {
      await open('article.html');
      const hoverOpen = async () => {
        const r = await card.markRect(page, 'methane');
        await page.mouse.move(1, 450);
        await page.mouse.move(r.left + 5, (r.top + r.bottom) / 2);
        await card.waitOpen(page, 'methane');
      };
      await hoverOpen();
      await page.keyboard.press('Escape');
      await card.waitClosed(page);
      await hoverOpen();
      await page.mouse.click(1200, 880);
      await card.waitClosed(page);
      await hoverOpen();
      await page.evaluate(() => window.scrollBy(0, 1200));
      await card.waitClosed(page);
    });

    test('keyboard: Tab reaches each entity once, Enter or Space opens, Escape closes and returns focus', async () => {
      await open('article.html');
      await page.waitForSelector('bs-mark[tabindex="0"]', WAIT);
      const stops = [];
      for (let i = 0; i < 20; i++) {
        await page.keyboard.press('Tab');
        const id = await page.evaluate(() => document.activeElement?.closest('bs-mark')?.getAttribute('data-bs-entity') ?? null);
        if (id) stops.push(id);
      }
      const expected = await page.evaluate(() => [...new Set(Array.from(document.querySelectorAll('bs-mark'), (m) => m.dataset.bsEntity))]);
      assert.deepEqual(stops.slice(0, expected.length), expected, 'one tab stop per entity, in reading order');
      const mark = await page.$('bs-mark[data-bs-entity][tabindex="0"]');
      const label = await mark.evaluate((m) => m.getAttribute('aria-describedby') && document.getElementById(m.getAttribute('aria-describedby'))?.textContent);
      assert.match(label ?? '', /Press Enter/);
      for (const key of ['Enter', ' ']) {
        await mark.focus();
        await page.keyboard.press(key);
        await page.waitForFunction(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role') === 'dialog', WAIT);
        assert.equal(await mark.evaluate((m) => m.getAttribute('aria-expanded')), 'true');
        await page.keyboard.press('Escape');
        await card.waitClosed(page);
        assert.equal(await mark.evaluate((m) => document.activeElement === m && m.getAttribute('aria-expanded')), 'false');
      }
    });

    test('placement: the card stays on screen and off the word at all four corners', async () => {
      await open('edges.html');
      for (const id of ['tl', 'tr', 'bl', 'br']) {
        const mark = await page.waitForSelector(`#${id} bs-mark`, WAIT);
        await mark.focus();
        await page.keyboard.press('Enter');
        const { rect } = await card.waitOpen(page);
        const word = await mark.evaluate((m) => m.getBoundingClientRect().toJSON());
        const view = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
        assert.ok(rect.left >= 0 && rect.top >= 0 && rect.right <= view.width && rect.bottom <= view.height, `${id}: ${JSON.stringify(rect)} inside ${JSON.stringify(view)}`);
        const overlaps = rect.left < word.right && word.left < rect.right && rect.top < word.bottom && word.top < rect.bottom;
        assert.equal(overlaps, false, `${id}: card must not cover the word`);
        assert.ok(Math.abs(rect.width - 360) <= 1, `${id}: card is ${rect.width}px wide`);
        await page.keyboard.press('Escape');
        await card.waitClosed(page);
      }
    });

    test('hostile page CSS neither hides nor restyles the card, and the card’s CSS does not leak out', async () => {
      await open('hostile.html');
      const before = await page.$eval('#collide', (p) => getComputedStyle(p).fontSize);
      const mark = await page.waitForSelector('bs-mark[data-bs-entity]', WAIT);
      await mark.focus();
      await page.keyboard.press('Enter');
      const { rect, styles } = await card.waitOpen(page, 'Janet Yellen');
      assert.ok(Math.abs(rect.width - 360) <= 1 && rect.height > 80, `card box ${JSON.stringify(rect)}`);
      assert.equal(styles.fontSize, '14px');
      assert.equal(styles.nameSize, '17px');
      assert.notEqual(styles.color, 'rgb(255, 0, 255)');
      assert.equal(styles.opacity, '1');
      assert.equal(await page.$eval('#collide', (p) => getComputedStyle(p).fontSize), before);
    });

    test('on a dark page the card is dark too', async () => {
      await open('dark.html');
      const mark = await page.waitForSelector('bs-mark[data-bs-entity="Q22316"]', WAIT);
      await mark.focus();
      await page.keyboard.press('Enter');
      const { styles, text } = await card.waitOpen(page, 'John Kerry');
      assert.ok(card.luminance(styles.background) < 0.2, `background ${styles.background}`);
      assert.ok(card.luminance(styles.color) > 0.6, `text ${styles.color}`);
      assert.match(text, /At the time of this article \(19 July 2023\)/);
    });

    if (isChromium) {
      test('touch: a tap on a highlight opens the card, a tap elsewhere closes it', async () => {
        const touch = await browser.newPage();
        try {
          await touch.setViewport({ width: 800, height: 900, hasTouch: true });
          await touch.goto(`${server.origin}/article.html`);
          const r = await card.markRect(touch, 'Antony Blinken');
          await touch.touchscreen.tap(r.left + 10, (r.top + r.bottom) / 2);
          await card.waitOpen(touch, 'Antony Blinken');
          await touch.touchscreen.tap(780, 880);
          await card.waitClosed(touch);
        } finally {
          await touch.close();
        }
      });
    }

    if (isChromium && process.env.BACKSTORY_SCREENSHOTS) {
      // Regenerates the README screenshots: BACKSTORY_SCREENSHOTS=1 node --test tests/e2e/reading-chromium.test.mjs
      test('README screenshots of the card on a light and a dark page', async () => {
        const shot = await browser.newPage();
        try {
          await card.saveScreenshots(shot, server.origin, join(ROOT, 'docs', 'screenshots'));
        } finally {
          await shot.close();
        }
      });
    }

    test('article text added later by the page is highlighted too', async () => {
      await open('late.html');
      await page.waitForSelector('#update bs-mark[data-bs-entity]', WAIT);
      assert.equal(await page.$$eval('#update bs-mark', (marks) => marks.map((m) => m.textContent).join('|')), 'Janet Yellen');
    });

    test('opt-out meta and non-article pages get nothing', async () => {
      // A page that is highlighted tells how long the content script takes here; wait well past it.
      const started = Date.now();
      await open('article.html');
      await page.waitForSelector('bs-mark', WAIT);
      const grace = Math.max(1500, 3 * (Date.now() - started));
      for (const file of ['optout.html', 'not-article.html']) {
        await open(file);
        await new Promise((resolve) => setTimeout(resolve, grace));
        assert.equal(await page.evaluate(() => document.querySelectorAll('bs-mark, bs-popover, style[data-bs-style]').length), 0, file);
      }
      await setSettings({ ...DEFAULTS, sites: { '127.0.0.1': 'on' } });
      await open('not-article.html');
      await page.waitForSelector('bs-mark[data-bs-entity]', WAIT);
      await setSettings(DEFAULTS);
    });

    test('settings apply live: kinds, style, and turning off restores the page exactly', async () => {
      await open('article.html');
      await page.waitForSelector('bs-mark[data-bs-kind="place"]', WAIT);
      await setSettings({ ...DEFAULTS, kinds: { ...DEFAULTS.kinds, place: false }, style: 'background' });
      await page.waitForFunction(() => !document.querySelector('bs-mark[data-bs-kind="place"]') && document.querySelector('bs-mark[data-bs-kind="person"]'), WAIT);
      const bg = await page.$eval('bs-mark[data-bs-kind="person"]', (m) => getComputedStyle(m).backgroundColor);
      assert.notEqual(bg, 'rgba(0, 0, 0, 0)', 'soft background style applies');
      await setSettings({ ...DEFAULTS, enabled: false });
      await page.waitForFunction(() => !document.querySelector('bs-mark, bs-popover, bs-description, style[data-bs-style]'), WAIT);
      const same = await page.evaluate(async () => {
        const source = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
        return source.body.innerHTML === document.body.innerHTML;
      });
      assert.equal(same, true, 'the body is exactly as served');
      await setSettings(DEFAULTS);
    });
  });
}
