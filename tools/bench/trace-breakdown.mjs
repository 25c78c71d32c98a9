// Where a page's main-thread time goes, by trace event (`node tools/bench/trace-breakdown.mjs
// [--page=article-10k] [--runs=9]`): a diagnostic beside bench:cost, which says how much the
// page pays but not for what. Loads one generated page in the floor extension, Backstory and
// the highlight reference, interleaved, tracing each load (timeline, V8 execution and GC
// categories) for 4 s after `load`. For the page's renderer main thread it sums each event's
// self time (its duration less its children's) by event name, and prints, per name, the
// median over loads of each configuration and Backstory's excess over the other two.
// BACKSTORY_OTHER_EXT=dir puts another build of ours where the reference was.
// Figures only; never part of pass/fail.
import { join } from 'node:path';
import { launchCostBrowser, onlyLocalRequests, serveGeneratedPage } from './cost-browser.mjs';
import { NAMES } from './cost-pages.mjs';
import { writeReferenceExtension } from './reference-ext.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, '.cache', 'trace-breakdown');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const PAGE = arg('page', 'article-10k');
const RUNS = Number(arg('runs', 9));
const EXT = process.env.BACKSTORY_EXT ?? join(ROOT, 'dist', 'chrome');
const FLOOR = process.env.BACKSTORY_FLOOR_EXT ?? join(ROOT, '..', 'shared', 'bench', 'floor-ext');
const CATEGORIES = ['devtools.timeline', 'toplevel', 'v8', 'v8.execute', 'disabled-by-default-v8.gc', 'blink', 'loading'];

const server = await serveGeneratedPage(PAGE, CACHE);
const configs = [
  { name: 'floor', extension: FLOOR },
  { name: 'backstory', extension: EXT },
  process.env.BACKSTORY_OTHER_EXT
    ? { name: 'other build', extension: process.env.BACKSTORY_OTHER_EXT }
    : { name: 'reference', extension: writeReferenceExtension(join(CACHE, 'reference-ext'), NAMES) },
];

/** Self time by event name on the busiest renderer main thread of one trace, in ms. */
function selfTimes(traceEvents) {
  const mains = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const byThread = new Map();
  for (const e of traceEvents) {
    if (e.ph !== 'X' || !e.dur) continue;
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  const total = (events) => events.reduce((sum, e) => sum + (e.name.endsWith('RunTask') ? e.dur : 0), 0);
  const events = [...byThread.values()].sort((a, b) => total(b) - total(a))[0] ?? [];
  events.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map();
  const stack = [];
  const close = (until) => {
    while (stack.length && stack[stack.length - 1].end <= until) {
      const done = stack.pop();
      self.set(done.name, (self.get(done.name) ?? 0) + done.self);
    }
  };
  for (const e of events) {
    close(e.ts);
    const parent = stack[stack.length - 1];
    if (parent) parent.self -= Math.min(e.dur, parent.end - e.ts);
    stack.push({ name: e.name, end: e.ts + e.dur, self: e.dur });
  }
  close(Infinity);
  for (const [name, us] of self) self.set(name, us / 1000);
  return self;
}

async function tracedLoad(browser, url) {
  const page = await browser.newPage();
  try {
    await onlyLocalRequests(page, server.origin);
    await page.tracing.start({ categories: CATEGORIES });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    return selfTimes(traceEvents);
  } finally {
    await page.close().catch(() => {});
  }
}

for (const config of configs) {
  config.browser = await launchCostBrowser(config.extension);
  config.loads = [];
}
await new Promise((resolve) => setTimeout(resolve, 2000));
const url = `${server.origin}/${PAGE}.html`;
for (const config of configs) await tracedLoad(config.browser, url);
for (let run = 0; run < RUNS; run++) {
  for (let i = 0; i < configs.length; i++) {
    const config = configs[(run + i) % configs.length];
    config.loads.push(await tracedLoad(config.browser, url));
  }
}
await Promise.all(configs.map((c) => c.browser.close()));
server.close?.();

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = (sorted.length - 1) / 2;
  return (sorted[Math.floor(mid)] + sorted[Math.ceil(mid)]) / 2;
};
const names = new Set(configs.flatMap((c) => c.loads.flatMap((l) => [...l.keys()])));
const med = (config, name) => median(config.loads.map((l) => l.get(name) ?? 0));
const [floor, backstory, reference] = configs;
const rows = [...names].map((name) => ({ name, floor: med(floor, name), backstory: med(backstory, name), reference: med(reference, name) }));
rows.sort((a, b) => b.backstory - b.floor - (a.backstory - a.floor));
const fmt = (v) => v.toFixed(2);
console.log(`${PAGE}, ${RUNS} loads each: self time on the page's main thread by trace event, medians (ms)`);
console.log(`| event | floor | Backstory | ${configs[2].name} | Backstory − floor | Backstory − ${configs[2].name} |`);
console.log('| --- | --- | --- | --- | --- | --- |');
for (const r of rows.filter((r) => Math.max(r.floor, r.backstory, r.reference) >= 0.1)) {
  console.log(`| ${r.name} | ${fmt(r.floor)} | ${fmt(r.backstory)} | ${fmt(r.reference)} | ${fmt(r.backstory - r.floor)} | ${fmt(r.backstory - r.reference)} |`);
}
const sums = configs.map((c) => median(c.loads.map((l) => [...l.values()].reduce((a, b) => a + b, 0))));
console.log(`| **all** | ${sums.map(fmt).join(' | ')} | ${fmt(sums[1] - sums[0])} | ${fmt(sums[1] - sums[2])} |`);
process.exit(0);
