// The background's cold start in a real browser (part of `npm run bench:matcher`):
// for each data case of scale.ts, an unpacked copy of dist/chrome with that data
// (and a background built knowing its card shard count) is loaded into Debian
// Chromium; its service worker is stopped (CDP Target.closeTarget), then an
// extension page sends the first `matchPage` (a 2,000-word page) or `lookupEntity`
// and times the answer. The extension's process stays alive (the page is open),
// as it does while a tab's content script waits on the worker.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../browsers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CACHE = '.cache/bench-sw';
const RUNS = 11;
const STOP_TIMEOUT_MS = 10_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

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
  if (m && m.type === 'benchWorkerStart') reply({ timeOrigin: performance.timeOrigin, ...self.benchLog });
  if (m && m.type === 'benchPing') reply(true);
});`;

/** dist/chrome with the case's data, its own background bundle, and a blank page to send messages from. */
async function variant(c) {
  const dir = join(CACHE, c.name);
  rmSync(dir, { recursive: true, force: true });
  cpSync('dist/chrome', dir, { recursive: true, filter: (src) => !src.includes('/data') });
  cpSync(c.dir, join(dir, 'data'), { recursive: true });
  const meta = existsSync(join(dir, 'data/meta.json')) ? JSON.parse(readFileSync(join(dir, 'data/meta.json'), 'utf8')) : { cardShards: 1 };
  await build({
    entryPoints: ['src/background/index.ts'],
    outfile: join(dir, 'background.js'),
    bundle: true,
    format: 'iife',
    target: 'chrome120',
    minify: true,
    define: { __TARGET__: '"chrome"', __CARD_SHARDS__: String(meta.cardShards) },
    // Bench only: the worker says when it started, how long its script took and what
    // it fetched. (Attaching DevTools to the worker to ask instead would keep Chrome
    // from stopping it: see tests/e2e/resilience-chromium.)
    banner: { js: BENCH_BANNER },
    footer: { js: BENCH_FOOTER },
    logLevel: 'warning',
  });
  writeFileSync(join(dir, 'bench.html'), '<!doctype html><meta charset="utf-8"><title>bench</title>');
  return dir;
}

async function stopWorker(browser, extensionId) {
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

/** Sends one message from the extension page; resolves with the round trip, and the worker's own start to answer. */
async function timeMessage(page, message) {
  const sent = await page.evaluate(async (m) => {
    const t0 = performance.now();
    const answer = await chrome.runtime.sendMessage(m);
    const t1 = performance.now();
    return { roundTrip: t1 - t0, answeredAt: performance.timeOrigin + t1, ok: answer !== undefined };
  }, message);
  const log = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'benchWorkerStart' }));
  const fetchMs = Math.max(0, ...log.fetches.map((f) => (f.end ?? f.start) - f.start));
  return { ...sent, sinceWorkerStart: sent.answeredAt - log.timeOrigin, scriptMs: log.scriptEnd - log.scriptStart, scriptStart: log.scriptStart, fetchMs };
}

async function measureCase(c) {
  const dir = await variant(c);
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [join(process.cwd(), dir)], args: CHROMIUM_ARGS });
  try {
    const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15000 });
    const extensionId = new URL(worker.url()).host;
    const page = await browser.newPage();
    await page.goto(`chrome-extension://${extensionId}/bench.html`);
    const blocks = JSON.parse(readFileSync(c.page, 'utf8'));
    const result = { match: [], card: [], ping: [] };
    for (let run = 0; run < RUNS; run++) {
      await stopWorker(browser, extensionId);
      result.ping.push(await timeMessage(page, { type: 'benchPing' }));
      await stopWorker(browser, extensionId);
      const match = await timeMessage(page, { type: 'matchPage', blocks, firstMentionOnly: true });
      if (!match.ok) throw new Error('matchPage gave no answer');
      result.match.push(match);
      if (!c.cardIds.length) continue;
      await stopWorker(browser, extensionId);
      const card = await timeMessage(page, { type: 'lookupEntity', id: c.cardIds[run % c.cardIds.length], asOf: '2024-05-01' });
      if (!card.ok) throw new Error('lookupEntity gave no answer');
      result.card.push(card);
    }
    return result;
  } finally {
    await browser.close().catch(() => {});
  }
}

/** Measures every case in Chromium and prints the table. */
export async function runBrowserStarts(cases) {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nCold service worker in Chromium: ${CHROMIUM} not found, skipped.`);
    return;
  }
  if (!existsSync('dist/chrome/manifest.json')) spawnSync(process.execPath, ['build.mjs', '--target=chrome', '--no-zip'], { stdio: 'inherit' });
  mkdirSync(CACHE, { recursive: true });
  const rows = [];
  for (const c of cases) {
    const { match, card, ping } = await measureCase(c);
    // Median and fastest: on a shared machine the fastest run is the one that got a core.
    const cell = (list, key) => (list.length ? `${median(list.map((r) => r[key])).toFixed(1)} / ${Math.min(...list.map((r) => r[key])).toFixed(1)}` : '—');
    rows.push([
      c.name, c.entities.toLocaleString('en'), (c.indexBytes / 1048576).toFixed(2),
      cell(ping, 'sinceWorkerStart'), cell(ping, 'scriptMs'),
      cell(match, 'sinceWorkerStart'), cell(match, 'fetchMs'), cell(match, 'roundTrip'),
      cell(card, 'sinceWorkerStart'), cell(card, 'fetchMs'), cell(card, 'roundTrip'),
    ]);
  }
  console.log(`\nCold service worker in Chromium (stopped before each message; median / fastest of ${RUNS}, ms). Each time runs from the`);
  console.log("worker's own start (evaluating its script, reading files, the work) to the answer reaching the page; \"trip\" adds waking");
  console.log('the worker; "fetch": its longest file read; "ping": an answer that needs nothing (what any extension pays);');
  console.log('"script": evaluating background.js.');
  const header = ['data', 'entities', 'index MB', 'ping', 'script', 'matchPage', 'fetch', 'trip', 'lookupEntity', 'fetch', 'trip'];
  const all = [header, ...rows];
  const widths = header.map((_, k) => Math.max(...all.map((r) => String(r[k]).length)));
  for (const row of all) console.log(row.map((cell, k) => (k === 0 ? String(cell).padEnd(widths[k]) : String(cell).padStart(widths[k]))).join('  '));
}
