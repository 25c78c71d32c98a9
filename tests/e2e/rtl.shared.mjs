// A right-to-left article (Arabic text with Latin-script names): the names are
// highlighted, and the card opens inside the viewport without covering the word,
// anchored to the word's right edge as RTL reading expects. rtl-chromium.test.mjs
// and rtl-firefox.test.mjs run it, one browser launch per file.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from './lib/bounded.mjs';
import { fileURLToPath } from 'node:url';
import { serve } from '../../tools/browsers.mjs';
import * as card from './reading-page.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
// polling, not rAF: pages other than the front one get no animation frames.
const WAIT = { timeout: 15000, polling: 100 };
/** layout.ts keeps the card this far from the viewport's edges. */
const EDGE_MARGIN_PX = 8;

/** The highlight inside `#paragraph` and the card it opens, both in viewport coordinates. */
async function openFrom(page, paragraph, name) {
  await page.mouse.move(640, 5);
  await card.waitClosed(page);
  const selector = `#${paragraph} bs-mark[data-bs-entity]`;
  await page.waitForSelector(selector, WAIT);
  const mark = await page.$eval(selector, (m) => ({ text: m.textContent, ...m.getBoundingClientRect().toJSON() }));
  await page.mouse.move((mark.left + mark.right) / 2, (mark.top + mark.bottom) / 2);
  const state = await card.waitOpen(page, name);
  const viewport = await page.evaluate(() => ({ width: innerWidth, height: innerHeight }));
  return { mark, rect: state.rect, viewport };
}

function assertPlaced({ mark, rect, viewport }, label) {
  assert.ok(rect.left >= 0 && rect.top >= 0 && rect.right <= viewport.width && rect.bottom <= viewport.height,
    `${label}: card ${JSON.stringify(rect)} outside the ${viewport.width}×${viewport.height} viewport`);
  const overlaps = rect.left < mark.right && rect.right > mark.left && rect.top < mark.bottom && rect.bottom > mark.top;
  assert.equal(overlaps, false, `${label}: card ${JSON.stringify(rect)} covers the word ${JSON.stringify(mark)}`);
}

/** @param {'chromium' | 'firefox'} name */
export function rtlSuite(name) {
  describe(`right-to-left article in ${name}`, { timeout: 180000 }, () => {
    let browser, server, page;

    before(async () => {
      const extDir = join(ROOT, 'dist', name === 'chromium' ? 'chrome' : 'firefox');
      assert.ok(existsSync(join(extDir, 'manifest.json')), `build first: ${extDir} is missing (npm run build)`);
      server = await serve(join(ROOT, 'tests', 'fixtures', 'resilience'));
      ({ browser, page } = await card.launch(name, extDir));
      await page.bringToFront();
      await page.goto(`${server.origin}/rtl.html`);
      await page.waitForSelector('bs-mark[data-bs-entity]', WAIT);
    });

    after(async () => {
      await browser?.close();
      await server?.close();
    });

    test('the Latin-script names in the Arabic text are highlighted, and nothing else', async () => {
      await page.waitForFunction(() => document.querySelectorAll('bs-mark[data-bs-entity]').length >= 3, WAIT);
      const found = await page.$$eval('bs-mark[data-bs-entity]', (ms) => ms.map((m) => [m.closest('p')?.id, m.textContent, m.dataset.bsEntity]));
      assert.deepEqual(found, [['start', 'John Kerry', 'Q22316'], ['middle', 'Beijing', 'Q956'], ['end', 'Taiwan', 'Q865']]);
      assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).direction), 'rtl');
    });

    test('a name starting a line sits at the right edge; its card opens there, right edges aligned', async () => {
      const placed = await openFrom(page, 'start', 'John Kerry');
      assert.ok(placed.mark.right > placed.viewport.width - 60, `the fixture puts the word at the right edge: ${placed.mark.right}`);
      assertPlaced(placed, 'John Kerry');
      assert.ok(Math.abs(placed.rect.right - placed.mark.right) <= 1,
        `RTL anchors the card's right edge to the word's (${placed.rect.right} vs ${placed.mark.right})`);
    });

    test('a name ending a line sits at the left edge; its card is pushed inside the viewport', async () => {
      const placed = await openFrom(page, 'end', 'Taiwan');
      assert.ok(placed.mark.left < 60, `the fixture puts the word at the left edge: ${placed.mark.left}`);
      assertPlaced(placed, 'Taiwan');
      assert.ok(placed.rect.left >= EDGE_MARGIN_PX - 1, `kept off the left edge: ${placed.rect.left}`);
    });

    test('a name mid-line opens its card anchored to its right edge', async () => {
      const placed = await openFrom(page, 'middle', 'Beijing');
      assertPlaced(placed, 'Beijing');
      const expected = Math.max(EDGE_MARGIN_PX, placed.mark.right - placed.rect.width);
      assert.ok(Math.abs(placed.rect.left - expected) <= 1, `card left ${placed.rect.left}, expected ${expected}`);
    });
  });
}
