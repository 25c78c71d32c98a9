// Chromium only: the background survives its service worker being stopped (Chrome
// stops an idle MV3 worker at any time, dropping the dataset and matcher it caches
// in memory), and the card follows prefers-color-scheme on a page with no colour.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { after, before, describe, test } from './lib/bounded.mjs';
import { fileURLToPath } from 'node:url';
import { launchChromium, serve, withTimeout } from '../../tools/browsers.mjs';
import * as card from './reading-page.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const EXT = join(ROOT, 'dist', 'chrome');
// polling, not rAF: pages other than the front one get no animation frames.
const WAIT = { timeout: 15000, polling: 100 };
// One CDP call that never answers must not hang the suite: each way to stop gets this long.
const STOP_ATTEMPT_MS = 10000;

const isWorkerOf = (extensionId) => (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`);

/**
 * Ways to stop the extension's service worker, tried in order. None of them works
 * while puppeteer is attached to the worker (target.worker()): Chrome then drops the
 * target and never starts the worker again, so these tests never attach to it.
 * The Stop button of chrome://serviceworker-internals was tried too; its markup
 * offered no button puppeteer could find for the extension's entry. Each resolves once it
 * has asked; stopWorker then waits for the worker's target to be destroyed.
 */
const STOP_METHODS = {
  // (a) Closing the worker's target from a browser-level session stops the worker.
  async closeTarget(browser, extensionId) {
    const cdp = await browser.target().createCDPSession();
    try {
      const { targetInfos } = await cdp.send('Target.getTargets');
      const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
      assert.ok(sw, 'no service_worker target for the extension');
      const { success } = await cdp.send('Target.closeTarget', { targetId: sw.targetId });
      assert.equal(success, true, 'Target.closeTarget refused');
    } finally {
      await cdp.detach().catch(() => {});
    }
  },
  // (c) ServiceWorker.stopAllWorkers from a page session.
  async stopAllWorkers(browser) {
    const page = await browser.newPage();
    try {
      const cdp = await page.createCDPSession();
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
    } finally {
      await page.close().catch(() => {});
    }
  },
};

/** Stops the extension's worker; resolves with the method that worked, or throws with every failure. */
async function stopWorker(browser, extensionId) {
  const failures = [];
  for (const [name, stop] of Object.entries(STOP_METHODS)) {
    const target = browser.targets().find(isWorkerOf(extensionId));
    if (!target) return 'already stopped';
    const destroyed = new Promise((resolve) => {
      const onDestroyed = (t) => { if (t === target) { browser.off('targetdestroyed', onDestroyed); resolve(); } };
      browser.on('targetdestroyed', onDestroyed);
    });
    try {
      await withTimeout(stop(browser, extensionId), STOP_ATTEMPT_MS, name);
      await withTimeout(destroyed, STOP_ATTEMPT_MS, `${name}: worker target still alive`);
      return name;
    } catch (error) {
      failures.push(`${name}: ${error.message}`);
    }
  }
  throw new Error(`could not stop the service worker:\n${failures.join('\n')}`);
}

/** Hovers the first highlight of `id` in the front page and waits for its card. */
async function hoverEntity(page, id, name) {
  await page.bringToFront();
  await page.mouse.move(1, 1);
  const mark = await page.waitForSelector(`[data-bs-entity="${id}"]`, WAIT);
  const r = await mark.evaluate((m) => { m.scrollIntoView({ block: 'center' }); return m.getBoundingClientRect().toJSON(); });
  await page.mouse.move((r.left + r.right) / 2, (r.top + r.bottom) / 2);
  return card.waitOpen(page, name);
}

/**
 * The background's kept copy of the matcher index, as the extension's own pages see
 * it (they share its IndexedDB): revision, size and when it was written, or null.
 */
async function keptIndex(extPage) {
  return extPage.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'backstory-copies')) return null;
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('backstory-copies'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    try {
      if (!db.objectStoreNames.contains('files')) return null;
      const record = await new Promise((resolve, reject) => { const r = db.transaction('files').objectStore('files').get('data/matcher.bin'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      return record ? { revision: record.revision, size: record.bytes?.byteLength ?? -1, writtenAt: record.writtenAt } : null;
    } finally {
      db.close();
    }
  });
}

/** Replaces the kept copy's bytes with three bytes that are no index, keeping its revision. */
async function damageKeptIndex(extPage) {
  await extPage.evaluate(async () => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('backstory-copies'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const tx = db.transaction('files', 'readwrite');
    const store = tx.objectStore('files');
    const record = await new Promise((resolve) => { const r = store.get('data/matcher.bin'); r.onsuccess = () => resolve(r.result); });
    store.put({ ...record, bytes: new Uint8Array([1, 2, 3]).buffer, writtenAt: 0 }, 'data/matcher.bin');
    await new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
    db.close();
  });
}

async function waitFor(what, check, ms = 15000) {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('background resilience in Chromium', { timeout: 240000 }, () => {
  let browser, server, extensionId;
  /** The DevTools id of the extension's running worker, or undefined: a restarted worker gets a new one. */
  const workerId = async () => {
    const cdp = await browser.target().createCDPSession();
    try {
      const { targetInfos } = await withTimeout(cdp.send('Target.getTargets'), STOP_ATTEMPT_MS, 'Target.getTargets');
      return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))?.targetId;
    } finally {
      await cdp.detach().catch(() => {});
    }
  };

  before(async () => {
    assert.ok(existsSync(join(EXT, 'manifest.json')), `build first: ${EXT} is missing (npm run build)`);
    server = await serve(join(ROOT, 'demo'), join(ROOT, 'tests', 'fixtures', 'resilience'));
    ({ browser, extensionId } = await launchChromium(EXT));
  });

  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('a stopped service worker starts again and serves highlights and cards', async () => {
    const before = await browser.newPage();
    await before.goto(`${server.origin}/article.html`);
    await before.waitForSelector('[data-bs-entity]', WAIT);
    // The first hover makes the worker load and cache the full dataset.
    await hoverEntity(before, 'Q22316', 'John Kerry');
    const oldId = await workerId();
    assert.ok(oldId, 'the worker runs before the stop');

    const method = await stopWorker(browser, extensionId);
    assert.equal(await workerId(), undefined, `worker still running after ${method}`);

    // Nothing but the next page's request should start it again.
    const restarted = browser.waitForTarget(isWorkerOf(extensionId), { timeout: 15000 });
    const fresh = await browser.newPage();
    await fresh.goto(`${server.origin}/article.html`);
    await fresh.waitForSelector('[data-bs-entity="Q22316"]', WAIT);
    await restarted;
    const newId = await workerId();
    assert.ok(newId && newId !== oldId, `a new worker, not the old one (${oldId} then ${newId})`);
    assert.ok(await fresh.evaluate(() => document.querySelectorAll('[data-bs-entity]').length) >= 10, 'the whole article is highlighted again');

    const state = await hoverEntity(fresh, 'Q22316', 'John Kerry');
    assert.match(state.text, /Special Presidential Envoy for Climate/, 'the card is built from the reloaded dataset');
    await fresh.close();
    await before.close();
  });

  test('a page opened before the stop still gets cards: its request wakes the worker', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/article.html`);
    await page.waitForSelector('[data-bs-entity="Q6279"]', WAIT);
    const oldId = await workerId();
    await stopWorker(browser, extensionId);
    assert.equal(await workerId(), undefined, 'worker stopped');
    const restarted = browser.waitForTarget(isWorkerOf(extensionId), { timeout: 15000 });
    // Joe Biden: not hovered on this page yet, so the content script must ask the background.
    const state = await hoverEntity(page, 'Q6279', 'Joe Biden');
    assert.ok(state.open);
    assert.ok(await restarted, 'the hover started a new worker');
    assert.notEqual(await workerId(), oldId);
    await page.close();
  });

  test('a restarted worker reads the index from its kept copy, and replaces a damaged one', async () => {
    const file = readFileSync(join(EXT, 'data', 'matcher.bin'));
    const revision = createHash('sha256').update(file).digest('hex').slice(0, 16);
    const ext = await browser.newPage();
    await ext.goto(`chrome-extension://${extensionId}/options.html`);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/article.html`);
    await page.waitForSelector('[data-bs-entity]', WAIT);
    const kept = await waitFor('a kept copy of the index', async () => {
      const record = await keptIndex(ext);
      return record?.revision === revision ? record : null;
    });
    assert.equal(kept.size, file.length, 'the copy holds the whole index');

    // A new worker answers from the copy: it highlights the page and writes nothing.
    await stopWorker(browser, extensionId);
    const count = () => page.evaluate(() => new Set([...document.querySelectorAll('[data-bs-entity]')].map((m) => m.dataset.bsEntity)).size);
    const highlighted = await count();
    await page.reload();
    await page.waitForSelector('[data-bs-entity="Q22316"]', WAIT);
    assert.equal(await count(), highlighted, 'the same entities as before the stop');
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(await keptIndex(ext), kept, 'the copy was read, not written again');

    // A damaged copy: the worker falls back to the packaged file and keeps a good copy again.
    await damageKeptIndex(ext);
    await stopWorker(browser, extensionId);
    await page.reload();
    await page.waitForSelector('[data-bs-entity="Q22316"]', WAIT);
    assert.equal(await count(), highlighted, 'the page is highlighted from the packaged index');
    const repaired = await waitFor('the copy repaired', async () => {
      const record = await keptIndex(ext);
      return record?.writtenAt > 0 ? record : null;
    });
    assert.equal(repaired.size, file.length);
    assert.equal(repaired.revision, revision);
    await page.close();
    await ext.close();
  });

  test('on a page with no background colour the card follows prefers-color-scheme', async () => {
    const page = await browser.newPage();
    const cardLook = () => page.evaluate(() => {
      const dialog = document.querySelector('[data-bs-popover]').shadowRoot.querySelector('[role="dialog"]');
      return { dark: dialog.classList.contains('bs-dark'), background: getComputedStyle(dialog).backgroundColor };
    });

    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(`${server.origin}/transparent.html`);
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgba(0, 0, 0, 0)', 'the fixture sets no colour');
    await hoverEntity(page, 'Q22316', 'John Kerry');
    const dark = await cardLook();
    assert.equal(dark.dark, true, 'bs-dark with a dark preference');
    assert.ok(card.luminance(dark.background) < 0.2, `dark background, got ${dark.background}`);

    await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await page.reload();
    await hoverEntity(page, 'Q22316', 'John Kerry');
    const light = await cardLook();
    assert.equal(light.dark, false, 'no bs-dark with a light preference');
    assert.ok(card.luminance(light.background) > 0.6, `light background, got ${light.background}`);
    await page.close();
  });
});
