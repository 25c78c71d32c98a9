// The background's cold start in real browsers (part of `npm run bench:matcher`):
// for each data case of scale.ts, a copy of dist/<browser> with that data (and a
// background built knowing its card shard count) is loaded into Debian Chromium
// and, for two cases, Firefox ESR. Before each message the background is stopped:
// Chromium's service worker by CDP Target.closeTarget, Firefox's event page by
// letting it idle out (extensions.background.idle.timeout). An extension page then
// sends the first `matchPage` (a 2,000-word page) or `lookupEntity` and times it.
// The extension's process stays alive (the page is open), as it does while a
// tab's content script waits on the background. BENCH_SW_CASES=real,synthetic-50k measures
// only the cases whose names start so.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, launchFirefox } from '../browsers.mjs';
import { indexRevisionOf, scriptOptions } from '../script-options.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const CACHE = '.cache/bench-sw';
const RUNS = 11;
const FIREFOX_RUNS = 7;
const FIREFOX_CASES = ['real', 'synthetic-50k'];
/** Firefox suspends an idle event page after this long (30 s by default). */
const FIREFOX_IDLE_MS = 500;
const STOP_TIMEOUT_MS = 10_000;
/** How long a freshly installed copy is left to finish its first work before measuring. */
const SETTLE_MS = 3000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// Bench only, added to the copy's background.js: it says when it started, how long
// its script took and what it fetched. (Attaching DevTools to Chromium's worker to
// ask instead would keep Chrome from stopping it: see tests/e2e/resilience-chromium.)
const BENCH_BANNER = `self.benchLog = { scriptStart: performance.now(), fetches: [] };
{ const plain = self.fetch; self.fetch = async (url, ...rest) => {
  const entry = { file: String(url).split('/').slice(-2).join('/'), start: performance.now() };
  self.benchLog.fetches.push(entry);
  const response = await plain(url, ...rest);
  for (const how of ['arrayBuffer', 'json']) { const read = response[how].bind(response); response[how] = async () => { const body = await read(); entry.end = performance.now(); return body; }; }
  return response;
}; }`;
const BENCH_FOOTER = `self.benchLog.scriptEnd = performance.now();
chrome.runtime.onMessage.addListener((m, _, reply) => {
  if (m && m.type === 'benchWorkerStart') {
    const index = performance.getEntriesByName('backstory:data/matcher.bin').map((e) => ({ ms: e.duration, source: e.detail }));
    reply({ timeOrigin: performance.timeOrigin, ...self.benchLog, index });
  }
  if (m && m.type === 'benchPing') reply(true);
});`;

/** dist/<target> with the case's data, its own background bundle, and a blank page to send messages from. */
async function variant(c, target) {
  const dir = join(process.cwd(), CACHE, `${target}-${c.name}${c.noCopy ? '-nocopy' : ''}`);
  rmSync(dir, { recursive: true, force: true });
  cpSync(`dist/${target}`, dir, { recursive: true, filter: (src) => !src.includes('/data') });
  cpSync(c.dir, join(dir, 'data'), { recursive: true });
  const meta = existsSync(join(dir, 'data/meta.json')) ? JSON.parse(readFileSync(join(dir, 'data/meta.json'), 'utf8')) : { cardShards: 1 };
  await build({
    entryPoints: ['src/background/index.ts'],
    outfile: join(dir, 'background.js'),
    bundle: true,
    format: 'iife',
    ...scriptOptions({ target, testHooks: false, cardShards: meta.cardShards, indexRevision: indexRevisionOf(readFileSync(join(dir, 'data/matcher.bin'))) }),
    minify: true,
    // The "no copy" case hides IndexedDB, so the index is read from the package every time (as before stop 26).
    banner: { js: (c.noCopy ? "Object.defineProperty(self, 'indexedDB', { value: undefined });\n" : '') + BENCH_BANNER },
    footer: { js: BENCH_FOOTER },
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>bench</title><body data-ready="true">');
  return dir;
}

async function stopChromiumWorker(browser, extensionId) {
  const isOurs = (t) => t.type() === 'service_worker' && t.url().startsWith(`chrome-extension://${extensionId}/`);
  const target = browser.targets().find(isOurs);
  if (!target) return;
  const gone = new Promise((resolve) => {
    const onGone = (t) => { if (t === target) { browser.off('targetdestroyed', onGone); resolve(); } };
    browser.on('targetdestroyed', onGone);
  });
  const cdp = await browser.target().createCDPSession();
  const { targetInfos } = await cdp.send('Target.getTargets');
  const info = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
  if (info) await cdp.send('Target.closeTarget', { targetId: info.targetId });
  await cdp.detach().catch(() => {});
  await Promise.race([gone, new Promise((_, reject) => setTimeout(() => reject(new Error('worker did not stop')), STOP_TIMEOUT_MS))]);
}

/** A browser with the case's copy loaded: `stop()` the background, `page` to send from. */
async function openChromium(dir) {
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [dir], args: CHROMIUM_ARGS });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  const page = await browser.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench.html`);
  return { browser, page, stop: () => stopChromiumWorker(browser, extensionId) };
}

async function openFirefox(dir) {
  // The shared launcher and its way of opening an extension page: a navigation to a
  // moz-extension:// URL never settles in some Firefox ESR versions and replaces the tab's
  // context in others, so the page is probed until it says it is ready (tools/browsers.mjs).
  const launched = await launchFirefox(dir, { prefs: { 'extensions.background.idle.timeout': FIREFOX_IDLE_MS } });
  const page = await launched.openExtensionPage('bench.html');
  return { browser: launched.browser, page, stop: () => new Promise((resolve) => setTimeout(resolve, FIREFOX_IDLE_MS * 3)) };
}

/** Sends one message from the extension page; resolves with the round trip and the background's own start to answer. */
async function timeMessage(page, message) {
  const sent = await page.evaluate(async (m) => {
    const api = globalThis.browser ?? chrome;
    const t0 = performance.now();
    const answer = await api.runtime.sendMessage(m);
    const t1 = performance.now();
    return { roundTrip: t1 - t0, sentAt: performance.timeOrigin + t0, answeredAt: performance.timeOrigin + t1, ok: answer !== undefined && answer !== null };
  }, message);
  const log = await page.evaluate(() => (globalThis.browser ?? chrome).runtime.sendMessage({ type: 'benchWorkerStart' }));
  if (!sent.ok) throw new Error(`${message.type} gave no answer`);
  // A background that did not start afresh for this message measures nothing.
  if (log.timeOrigin < sent.sentAt - 50) throw new Error(`the background was still running when ${message.type} was sent`);
  const fetchMs = Math.max(0, ...log.fetches.map((f) => (f.end ?? f.start) - f.start));
  // The index's read, from the package or the kept copy (src/background/kept-copy.ts): the background measures it.
  const index = log.index?.[0];
  return { ...sent, sinceStart: sent.answeredAt - log.timeOrigin, scriptMs: log.scriptEnd - log.scriptStart, fetchMs, indexMs: index?.ms ?? fetchMs, fromCopy: index?.source === 'copy' ? 1 : 0 };
}

async function measure(c, target, runs) {
  const session = await (target === 'chrome' ? openChromium : openFirefox)(await variant(c, target));
  try {
    const blocks = JSON.parse(readFileSync(c.page, 'utf8'));
    // Let the install's own work finish (Chromium reads the index and keeps a copy of it then),
    // as it would before a reader's first page: a worker stopped in the middle of writing the
    // copy keeps none. A browser keeps an idle worker for 30 s, so a copy is always written in use.
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    await session.page.evaluate((m) => (globalThis.browser ?? chrome).runtime.sendMessage(m), { type: 'matchPage', blocks });
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    const result = { match: [], card: [], ping: [] };
    for (let run = 0; run < runs; run++) {
      await session.stop();
      result.ping.push(await timeMessage(session.page, { type: 'benchPing' }));
      await session.stop();
      result.match.push(await timeMessage(session.page, { type: 'matchPage', blocks }));
      if (!c.cardIds.length) continue;
      await session.stop();
      result.card.push(await timeMessage(session.page, { type: 'lookupEntity', id: c.cardIds[run % c.cardIds.length], asOf: '2024-05-01' }));
    }
    return result;
  } finally {
    await session.browser.close().catch(() => {});
  }
}

function printTable(title, rows) {
  console.log(title);
  const header = ['data', 'entities', 'index MB', 'ping', 'script', 'matchPage', 'index read', 'from copy', 'trip', 'lookupEntity', 'fetch', 'trip'];
  const all = [header, ...rows];
  const widths = header.map((_, k) => Math.max(...all.map((r) => String(r[k]).length)));
  for (const row of all) console.log(row.map((cell, k) => (k === 0 ? String(cell).padEnd(widths[k]) : String(cell).padStart(widths[k]))).join('  '));
}

/** Measures every case in Chromium, two in Firefox, and prints the tables. */
export async function runBrowserStarts(cases) {
  mkdirSync(CACHE, { recursive: true });
  console.log(`\nCold background in real browsers (median / fastest, ms; on a shared machine the fastest run is the one that got a core).`);
  console.log("Each time runs from the background's own start (evaluating its script, reading files, the work) to the answer reaching");
  console.log('the page; "trip" adds waking it; "fetch": its longest file read; "ping": an answer that needs nothing (what any');
  console.log('extension pays); "script": evaluating background.js; "index read": the matcher index\'s read, from the package or, in');
  console.log('Chromium, from the copy kept in IndexedDB ("from copy": how many runs did).');
  for (const [target, path, runs, only] of [['chrome', CHROMIUM, RUNS, null], ['firefox', FIREFOX, FIREFOX_RUNS, FIREFOX_CASES]]) {
    // BENCH_SW_TARGETS=chrome (or firefox) narrows a run to one browser.
    if (process.env.BENCH_SW_TARGETS && !process.env.BENCH_SW_TARGETS.split(',').includes(target)) continue;
    if (!existsSync(path)) {
      console.log(`\n${path} not found: ${target} skipped.`);
      continue;
    }
    if (!existsSync(`dist/${target}/manifest.json`)) spawnSync(process.execPath, ['build.mjs', `--target=${target}`, '--no-zip'], { stdio: 'inherit' });
    const rows = [];
    // In Chromium the real data is measured a second time without the kept copy, for comparison.
    const withBaseline = target === 'chrome' ? cases.flatMap((x) => (x.name === 'real' ? [x, { ...x, name: 'real, no copy', noCopy: true }] : [x])) : cases;
    const chosen = process.env.BENCH_SW_CASES?.split(',');
    for (const c of withBaseline.filter((x) => (!only || only.includes(x.name)) && (!chosen || chosen.some((name) => x.name.startsWith(name))))) {
      let measured;
      try {
        measured = await measure(c, target, runs);
      } catch (error) {
        // A browser whose worker cannot be stopped from DevTools (Chromium 156 here ignores
        // Target.closeTarget on it) cannot give a cold start: say so, keep the other figures.
        console.log(`\n${target} ${c.name}: not measured (${error.message})`);
        continue;
      }
      const { match, card, ping } = measured;
      const cell = (list, key) => (list.length ? `${median(list.map((r) => r[key])).toFixed(1)} / ${Math.min(...list.map((r) => r[key])).toFixed(1)}` : '—');
      rows.push([
        c.name, c.entities.toLocaleString('en'), (c.indexBytes / 1048576).toFixed(2),
        cell(ping, 'sinceStart'), cell(ping, 'scriptMs'),
        cell(match, 'sinceStart'), cell(match, 'indexMs'), `${match.reduce((n, r) => n + r.fromCopy, 0)}/${match.length}`, cell(match, 'roundTrip'),
        cell(card, 'sinceStart'), cell(card, 'fetchMs'), cell(card, 'roundTrip'),
      ]);
    }
    const title = target === 'chrome'
      ? `\nChromium: the service worker stopped before each message (${runs} runs)`
      : `\nFirefox ESR: the event page idled out before each message (${runs} runs)`;
    printTable(title, rows);
  }
}
