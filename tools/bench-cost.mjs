// Page-cost benchmark (`npm run bench:cost [-- --runs=15 --corpus=12|all|0 --only=name --relaunch=7]`):
// what a page's main thread pays for Backstory, measured from outside. Each page is
// loaded in Chromium instances interleaved run by run: one with no extension, one
// with the floor extension (../shared/bench/floor-ext: walks the body's text once
// and messages its background once), one with Backstory (dist/chrome, or
// BACKSTORY_EXT) and, on the generated pages, one with a highlight reference (the
// floor plus the least code that shows the same highlights: bench/reference-ext.mjs).
// Every configuration gets fresh browsers every 7 rounds (--relaunch), and each
// page and each fresh browser get one unmeasured load first.
// After each load settles, DevTools metrics (Performance.getMetrics: TaskDuration,
// ScriptDuration, LayoutDuration, RecalcStyleDuration) are read from the page, with
// long tasks (PerformanceObserver) and first contentful paint. Figures are medians
// of per-run paired differences (Backstory − floor, floor − none), so the machine's
// drift between runs cancels out, with how far each median could move (bootstrap).
// Prints figures only; never part of pass/fail.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveWith } from './browsers.mjs';
import { CHROMIUM, launchCostBrowser, onlyLocalRequests } from './bench/cost-browser.mjs';
import { generatedPages, NAMES } from './bench/cost-pages.mjs';
import { writeReferenceExtension } from './bench/reference-ext.mjs';

const ROOT = join(import.meta.dirname, '..');
const CACHE = join(ROOT, '.cache', 'bench-cost');
/** The build measured; BACKSTORY_EXT compares another (an older commit's dist/chrome, say). */
const EXT = process.env.BACKSTORY_EXT ?? join(ROOT, 'dist', 'chrome');
const FLOOR = process.env.BACKSTORY_FLOOR_EXT ?? join(ROOT, '..', 'shared', 'bench', 'floor-ext');
const CORPUS = join(ROOT, '..', 'shared', 'corpus', 'news-pages');
/**
 * A load has settled when the page's task time grows by less than the settle threshold
 * per poll for SETTLE_QUIET_POLLS polls in a row: matching happens in the background,
 * so the page can look idle for a while before the highlights arrive. Each poll costs
 * the page's thread itself something (about 0.6 ms on Chromium 156), so the threshold is
 * measured per machine, before the first load: SETTLE_POLL_FACTOR times the median growth
 * per poll of an idle page with no extension, never under SETTLE_EPSILON_MIN_MS. Below
 * that cost no load would ever settle (each would wait SETTLE_MAX_MS); any highlighting
 * step costs more than the threshold.
 */
const SETTLE_EPSILON_MIN_MS = 0.5;
const SETTLE_POLL_FACTOR = 2.5;
/** Set from pollCostMs before the first measured load. */
let settleEpsilonMs;
const SETTLE_POLL_MS = 300;
const SETTLE_QUIET_POLLS = 4;
/** Give up waiting for quiet after this (a page that never settles is reported as it stands). */
const SETTLE_MAX_MS = 15_000;
/** Corpus pages used by default: the same spread of outlets and sizes as the e2e corpus test. */
const CORPUS_DEFAULT = ['rdb-bbc-1', 'rdb-nytimes-1', 'rdb-guardian-1', 'rdb-wapo-1', 'rdb-cnn', 'rdb-telegraph',
  'tfl-dailymail-co-uk-food', 'tfl-timesofisrael-com-washington', 'tfl-theintercept-com-gaza', 'tfl-dw-com-colonial',
  'tfl-nymag-com-polarization', 'rdb-lemonde-1'];

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', 15));
const CORPUS_RUNS = Number(arg('corpus-runs', 5));
const CORPUS_ARG = arg('corpus', '12');
const ONLY = arg('only', '');
/**
 * Every configuration gets fresh browsers every RELAUNCH rounds: each instance has
 * its own luck (process placement, caches), which would otherwise become its
 * configuration's figure for the whole run.
 */
const RELAUNCH = Number(arg('relaunch', 7));

if (!existsSync(join(FLOOR, 'manifest.json'))) {
  console.error(`bench:cost: the floor extension is not at ${FLOOR} (set BACKSTORY_FLOOR_EXT).`);
  process.exit(1);
}
if (process.env.BACKSTORY_EXT && !existsSync(join(EXT, 'manifest.json'))) {
  console.error(`bench:cost: no extension at ${EXT} (BACKSTORY_EXT).`);
  process.exit(1);
}
if (!existsSync(join(EXT, 'manifest.json'))) {
  const built = spawnSync(process.execPath, ['build.mjs', '--target=chrome', '--no-zip'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

mkdirSync(CACHE, { recursive: true });
const pages = [];
for (const [name, html] of Object.entries(generatedPages())) {
  writeFileSync(join(CACHE, `${name}.html`), html);
  pages.push({ name, runs: RUNS });
}
if (existsSync(join(CORPUS, 'index.json')) && CORPUS_ARG !== '0') {
  const all = JSON.parse(readFileSync(join(CORPUS, 'index.json'), 'utf8')).pages.map((p) => p.name);
  for (const name of CORPUS_ARG === 'all' ? all : CORPUS_DEFAULT.filter((n) => all.includes(n))) pages.push({ name, runs: CORPUS_RUNS, corpus: true });
}
const selected = pages.filter((p) => p.name.includes(ONLY));

// Page scripts off (saved pages would call trackers); DevTools evaluation is not subject to the policy.
const server = await serveWith({ type: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" } }, CACHE, CORPUS);

const REFERENCE = writeReferenceExtension(join(CACHE, 'reference-ext'), NAMES);
const CONFIGS = [
  { name: 'none', extension: null },
  { name: 'floor', extension: FLOOR },
  { name: 'backstory', extension: EXT },
  // Knows only the generated pages' names, so it runs on those alone.
  { name: 'reference', extension: REFERENCE, generatedOnly: true },
];

/** (Re)starts the browsers of `configs`; `warmUrl` is loaded once in each, unmeasured. */
async function launchAll(configs, warmUrl) {
  await Promise.all(configs.map((c) => c.browser?.close().catch(() => {})));
  for (const config of configs) config.browser = await launchCostBrowser(config.extension);
  // Let each extension's background start before the first measured load.
  await new Promise((resolve) => setTimeout(resolve, 2000));
  if (warmUrl) for (const config of configs) await load(config.browser, warmUrl);
}

const metric = (metrics, name) => metrics.find((m) => m.name === name)?.value ?? 0;

/** A metrics session on `page`, counting the main thread's own time. */
async function metricsSession(page) {
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return cdp;
}

/** One load of `url` in a fresh tab: the page's main-thread figures once it has settled. */
async function load(browser, url) {
  const page = await browser.newPage();
  try {
    await onlyLocalRequests(page, server.origin);
    await page.evaluateOnNewDocument(() => {
      window.__bsLongTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) window.__bsLongTasks.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    const cdp = await metricsSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    let last = -1;
    let quiet = 0;
    let metrics;
    const deadline = Date.now() + SETTLE_MAX_MS;
    while (quiet < SETTLE_QUIET_POLLS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
      ({ metrics } = await cdp.send('Performance.getMetrics'));
      const task = metric(metrics, 'TaskDuration') * 1000;
      quiet = task - last < settleEpsilonMs ? quiet + 1 : 0;
      last = task;
    }
    const page$ = await page.evaluate(() => ({
      longTasks: window.__bsLongTasks,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      marks: document.querySelectorAll('bs-mark').length,
    }));
    return {
      task: metric(metrics, 'TaskDuration') * 1000,
      script: metric(metrics, 'ScriptDuration') * 1000,
      layout: (metric(metrics, 'LayoutDuration') + metric(metrics, 'RecalcStyleDuration')) * 1000,
      longest: Math.max(0, ...page$.longTasks),
      longTasks: page$.longTasks.length,
      fcp: page$.fcp,
      marks: page$.marks,
    };
  } finally {
    await page.close().catch(() => {});
  }
}

const quantile = (values, q) => {
  const sorted = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
};
const median = (values) => quantile(values, 0.5);
const fmt = (v, digits = 1) => (Number.isFinite(v) ? v.toFixed(digits) : '–');
const spread = (values) => `${fmt(quantile(values, 0.25))}…${fmt(quantile(values, 0.75))}`;

/**
 * How far the median could move with other runs like these: half the width of
 * a bootstrap 95% interval of the median (2,000 resamples, fixed seed, so the
 * same runs always give the same figure).
 */
function medianUncertainty(values) {
  const finite = values.filter(Number.isFinite);
  if (finite.length < 2) return NaN;
  let seed = 0x2545f491;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed / 4294967296;
  };
  const medians = [];
  for (let i = 0; i < 2000; i++) medians.push(median(finite.map(() => finite[Math.floor(next() * finite.length)])));
  return (quantile(medians, 0.975) - quantile(medians, 0.025)) / 2;
}

/** The page's own task time per metrics poll when nothing else runs: what a settled page still grows by. */
async function pollCostMs(browser, url) {
  const page = await browser.newPage();
  try {
    await onlyLocalRequests(page, server.origin);
    const cdp = await metricsSession(page);
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const growth = [];
    let last;
    for (let i = 0; i < 9; i++) {
      await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
      const task = metric((await cdp.send('Performance.getMetrics')).metrics, 'TaskDuration') * 1000;
      if (last !== undefined) growth.push(task - last);
      last = task;
    }
    return median(growth);
  } finally {
    await page.close().catch(() => {});
  }
}

const rows = [];
await launchAll(CONFIGS, null);
{
  const idle = await pollCostMs(CONFIGS[0].browser, `${server.origin}/no-match-2k.html`);
  settleEpsilonMs = Math.max(SETTLE_EPSILON_MIN_MS, SETTLE_POLL_FACTOR * idle);
  console.log(`settle threshold: ${settleEpsilonMs.toFixed(2)} ms per poll (an idle page grows ${idle.toFixed(2)} ms per metrics poll here)`);
}
for (const { name, runs, corpus } of selected) {
  const url = `${server.origin}/${name}.html`;
  const configs = CONFIGS.filter((c) => !(corpus && c.generatedOnly));
  const results = { none: [], floor: [], backstory: [], reference: [] };
  // One unmeasured load each first: the first load of a page fills caches the others find full.
  for (const config of configs) await load(config.browser, url);
  for (let run = 0; run < runs; run++) {
    if (RELAUNCH > 0 && run > 0 && run % RELAUNCH === 0) await launchAll(configs, url);
    // Rotate the order so no configuration always loads first (warm caches, CPU state).
    for (let k = 0; k < configs.length; k++) {
      const config = configs[(run + k) % configs.length];
      results[config.name].push(await load(config.browser, url));
    }
  }
  const paired = (a, b, key) => results[a].map((r, i) => r[key] - results[b][i][key]);
  const overFloor = paired('backstory', 'floor', 'task');
  const row = {
    page: name,
    runs,
    marks: median(results.backstory.map((r) => r.marks)),
    noneTask: median(results.none.map((r) => r.task)),
    floorOverNone: paired('floor', 'none', 'task'),
    overFloor,
    overFloorUncertainty: medianUncertainty(overFloor),
    referenceOverFloor: corpus ? [] : paired('reference', 'floor', 'task'),
    overReference: corpus ? [] : paired('backstory', 'reference', 'task'),
    referenceMarks: corpus ? NaN : median(results.reference.map((r) => r.marks)),
    scriptOverFloor: paired('backstory', 'floor', 'script'),
    layoutOverFloor: paired('backstory', 'floor', 'layout'),
    longest: Math.max(...results.backstory.map((r) => r.longest)),
    longTasks: results.backstory.reduce((n, r) => n + r.longTasks, 0),
    floorLongest: Math.max(...results.floor.map((r) => r.longest)),
    noneLongest: Math.max(...results.none.map((r) => r.longest)),
    fcpOverFloor: paired('backstory', 'floor', 'fcp'),
    corpus: Boolean(corpus),
  };
  rows.push(row);
  console.log(
    `${name}: ${fmt(median(row.overFloor))} ± ${fmt(row.overFloorUncertainty)} ms over the floor (IQR ${spread(row.overFloor)}; script ${fmt(median(row.scriptOverFloor))}, ` +
      `style+layout ${fmt(median(row.layoutOverFloor))}); longest task ${fmt(row.longest, 0)} ms; ${row.marks} highlights` +
      (corpus ? '' : `; reference ${fmt(median(row.referenceOverFloor))} over the floor with ${row.referenceMarks} highlights`),
  );
}

/**
 * Our longest task, from a trace of one more Backstory load per generated page:
 * the longest main-thread task that ran extension code (a long-task observer
 * sees the page's own long tasks too, such as parsing a 50,000-word page).
 */
async function longestOwnTask(browser, url) {
  const page = await browser.newPage();
  try {
    await page.tracing.start({ categories: ['devtools.timeline', 'toplevel', 'v8.execute'] });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const { traceEvents } = JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8'));
    const mains = new Set(traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
    const onMain = traceEvents.filter((e) => e.ph === 'X' && mains.has(`${e.pid}:${e.tid}`));
    const tasks = onMain.filter((e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask');
    const ours = onMain.filter((e) => /chrome-extension:/.test(JSON.stringify(e.args ?? {})));
    let longest = 0;
    for (const task of tasks) {
      if (ours.some((e) => e.ts >= task.ts && e.ts < task.ts + task.dur)) longest = Math.max(longest, task.dur / 1000);
    }
    return longest;
  } finally {
    await page.close().catch(() => {});
  }
}

const ownLongest = {};
for (const { name, corpus } of selected) {
  if (!corpus) ownLongest[name] = await longestOwnTask(CONFIGS.find((c) => c.name === 'backstory').browser, `${server.origin}/${name}.html`);
}

for (const config of CONFIGS) await config.browser.close();
await server.close();

console.log(`\nPage cost, Chromium ${(await (async () => spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' }).stdout.trim().split('\n').pop())())}; medians of per-run paired differences, ms of main-thread task time (IQR in brackets)\n`);
console.log('| page | runs | highlights | no extension | floor − none | **Backstory − floor** | ± (95% of median) | script | style+layout | reference − floor | Backstory − reference | longest task ≥50 ms: none / floor / Backstory | FCP Δ vs floor |');
console.log('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
const longest = (ms) => (ms > 0 ? fmt(ms, 0) : '–');
for (const r of rows) {
  console.log(`| ${r.page} | ${r.runs} | ${r.marks} | ${fmt(r.noneTask)} | ${fmt(median(r.floorOverNone))} | **${fmt(median(r.overFloor))}** (${spread(r.overFloor)}) | ${fmt(r.overFloorUncertainty)} | ${fmt(median(r.scriptOverFloor))} | ${fmt(median(r.layoutOverFloor))} | ${fmt(median(r.referenceOverFloor))} | ${fmt(median(r.overReference))} | ${longest(r.noneLongest)} / ${longest(r.floorLongest)} / ${longest(r.longest)} | ${fmt(median(r.fcpOverFloor))} |`);
}
if (Object.keys(ownLongest).length > 0) {
  console.log(`\nLongest main-thread task running Backstory's code (one traced load each): ${Object.entries(ownLongest).map(([n, ms]) => `${n} ${fmt(ms)} ms`).join(', ')}.`);
}
const corpusRows = rows.filter((r) => r.corpus);
if (corpusRows.length > 0) {
  const overs = corpusRows.map((r) => median(r.overFloor));
  console.log(`\nCorpus (${corpusRows.length} pages): Backstory − floor median ${fmt(median(overs))} ms, p90 ${fmt(quantile(overs, 0.9))}, worst ${fmt(Math.max(...overs))}; long tasks on ${corpusRows.filter((r) => r.longest > 0).length} pages.`);
}
