// Does a load make the page run a major garbage collection? (`npm run bench:gc [-- PAGE RUNS CONFIGS]`)
// Loads one generated page (tools/bench/cost-pages.mjs: no-match-2k, article-10k, article-50k)
// RUNS times in fresh tabs of one headless Chromium per configuration (floor extension,
// Backstory's dist/chrome or BACKSTORY_EXT, the highlight reference), traces each load with
// V8's GC categories for WAIT ms (default 4000) and counts the major collections in the
// page's own renderer process. On a page without scripts of its own, V8's first major
// collection is started by its memory reducer once the heap has passed its activation
// threshold (8 MB of V8 old generation or of Blink's heap), so whether a load pays it is a
// step, not a slope: bench:cost shows it as a 5–10 ms jump. Prints counts; never pass/fail.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, serveWith } from './browsers.mjs';
import { generatedPages, NAMES } from './bench/cost-pages.mjs';
import { writeReferenceExtension } from './bench/reference-ext.mjs';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, '.cache', 'bench-gc');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const [page = 'article-10k', runsArg = '5', only = 'floor,backstory,reference'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const WAIT_MS = Number(process.env.WAIT ?? 4000);

mkdirSync(CACHE, { recursive: true });
const pages = generatedPages();
if (!pages[page]) {
  console.error(`bench:gc: no generated page "${page}" (${Object.keys(pages).join(', ')})`);
  process.exit(1);
}
writeFileSync(join(CACHE, `${page}.html`), pages[page]);
const server = await serveWith({ type: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" } }, CACHE);
const CONFIGS = {
  floor: process.env.BACKSTORY_FLOOR_EXT ?? join(ROOT, '..', 'shared', 'bench', 'floor-ext'),
  backstory: process.env.BACKSTORY_EXT ?? join(ROOT, 'dist', 'chrome'),
  reference: writeReferenceExtension(join(CACHE, 'reference-ext'), NAMES),
};

/** Major collections in the renderer that parsed the page, and how long each ran from start to end (not main-thread time). */
async function tracedLoad(browser, url) {
  const tab = await browser.newPage();
  try {
    await tab.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-v8.gc'] });
    await tab.goto(url, { waitUntil: 'load' });
    await new Promise((resolve) => setTimeout(resolve, WAIT_MS));
    const events = JSON.parse(Buffer.from(await tab.tracing.stop()).toString('utf8')).traceEvents;
    const pids = new Set(events.filter((e) => e.name === 'ParseHTML' && String(e.args?.beginData?.url ?? '').startsWith(url)).map((e) => e.pid));
    const majors = events.filter((e) => e.name === 'MajorGC' && pids.has(e.pid) && e.ph !== 'E');
    const marks = await tab.evaluate(() => document.querySelectorAll('bs-mark').length);
    return { gcs: majors.length, ms: majors.reduce((sum, e) => sum + (e.dur ?? 0) / 1000, 0), marks };
  } finally {
    await tab.close().catch(() => {});
  }
}

console.log(`page ${page}, ${RUNS} loads each, ${WAIT_MS} ms after load`);
console.log('config     loads with a major GC   its span per load (ms, incremental marking included)   highlights');
for (const name of only.split(',')) {
  const extension = CONFIGS[name];
  if (!extension) continue;
  const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, enableExtensions: [extension], args: CHROMIUM_ARGS });
  try {
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const url = `${server.origin}/${page}.html`;
    await tracedLoad(browser, url); // unmeasured: the first load fills caches
    const loads = [];
    for (let i = 0; i < RUNS; i++) loads.push(await tracedLoad(browser, url));
    const withGc = loads.filter((l) => l.gcs > 0).length;
    const ms = loads.map((l) => l.ms.toFixed(1)).join(' ');
    console.log(`${name.padEnd(10)} ${`${withGc} of ${RUNS}`.padEnd(23)} ${ms.padEnd(54)} ${loads[0]?.marks ?? '–'}`);
  } finally {
    await browser.close().catch(() => {});
  }
}
server.close();
