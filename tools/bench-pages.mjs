// Page benchmark (`npm run bench:pages [-- --runs=5 --only=bbc]`): the real content-script
// steps and the matcher on saved news pages in headless Chromium, plus two synthetic
// pages (a 50,000-word article; a long page with nothing to highlight). Prints
// figures only; it never fails a build. The corpus pages are served from where they
// are and never copied into the project.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import os from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { fillSynthetic, launch, loadWithHarness, openTab, runHarness, serveHtml } from './bench/pages-browser.mjs';
import { median, printPages, printSummary, summarize } from './bench/pages-report.mjs';

const CORPUS = '/work/shared/corpus/news-pages';
const DATASET = 'dist/chrome/data/matcher.bin';
const CACHE = '.cache/bench-pages';
/** What the extension may spend on a page with nothing to highlight (root + scan). */
const EMPTY_PAGE_BUDGET_MS = 3;
/** A main-thread task longer than this is a "long task": the reader can feel it. */
const LONG_TASK_MS = 50;
const SYNTHETIC_WORDS = 50_000;
const NO_MATCH_WORDS = 10_000;

const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const RUNS = Number(arg('runs', 5));
const ONLY = arg('only', '');

const indexPath = join(CORPUS, 'index.json');
if (!existsSync(indexPath)) {
  console.log(`bench:pages: the news-page corpus is not at ${CORPUS}; nothing to measure (skipped).`);
  process.exit(0);
}
if (!existsSync(DATASET)) {
  console.log(`${DATASET} missing: building the Chrome target first.`);
  const result = spawnSync(process.execPath, ['build.mjs', '--target=chrome', '--no-zip'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

mkdirSync(CACHE, { recursive: true });
await build({
  entryPoints: ['tools/bench/page-harness.ts'],
  bundle: true,
  format: 'iife',
  target: 'chrome120',
  outfile: join(CACHE, 'page-harness.js'),
  logLevel: 'warning',
});
const harness = readFileSync(join(CACHE, 'page-harness.js'), 'utf8');
writeFileSync(join(CACHE, 'blank.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title></head><body></body></html>');
const dataset = readFileSync(DATASET).toString('base64'); // the prebuilt index; the harness times opening it
const pages = JSON.parse(readFileSync(indexPath, 'utf8')).pages.filter((p) => p.name.includes(ONLY) && existsSync(join(CORPUS, p.file)));

const server = await serveHtml(CORPUS, CACHE);
const browser = await launch();
const { page, blocked } = await openTab(browser, server.origin);
const buildTimes = [];

/** Loads `url` afresh for every run (a content script always meets a cold page), then runs the harness. */
async function measure(url, prepare) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    buildTimes.push(await loadWithHarness(page, url, harness, dataset));
    if (prepare) await prepare(i);
    runs.push(await runHarness(page));
  }
  return runs;
}

try {
  console.log(`Machine: ${os.cpus().length} cores, Node ${process.versions.node}, ${(await browser.version())}, load average ${os.loadavg()[0].toFixed(2)} at start`);
  const entityCount = JSON.parse(gunzipSync(readFileSync('dist/chrome/data/search.json.gz')).toString('utf8')).rows.length;
  console.log(`Matcher index: ${entityCount} entities. ${pages.length} pages × ${RUNS} runs (each a fresh load; page scripts off; ms are medians of the runs).`);
  console.log('main = root + scan + highlight (the page\'s main thread); match runs in the background (first call on a fresh engine; warm = the same call again);');
  console.log('longest = longest single step. Medians of sums are not sums of medians.\n');
  const rows = [];
  for (const p of pages) {
    try {
      const runs = await measure(`${server.origin}/${p.file}`);
      rows.push(summarize(p.name, Math.round(p.bytes / 1024), runs));
    } catch (error) {
      console.log(`  ${p.name}: skipped (${error.message.split('\n')[0]})`);
    }
  }
  printPages(rows);
  console.log(`\nMatcher start (background, once: open the prebuilt matcher.bin; here also decoding its base64): median ${median(buildTimes).toFixed(2)} ms over ${buildTimes.length} page loads. Requests blocked: ${blocked.count}.\n`);
  printSummary(rows);
  const long = rows.filter((r) => r.longestMs >= LONG_TASK_MS);
  console.log(`Long tasks (a single step ≥ ${LONG_TASK_MS} ms): ${long.length ? long.map((r) => `${r.name} ${r.longestMs.toFixed(1)} ms`).join(', ') : 'none'}.`);

  const blank = `${server.origin}/blank.html`;
  const synthetic = summarize(`synthetic ${SYNTHETIC_WORDS.toLocaleString('en')} words`, 0, await measure(blank, (i) => fillSynthetic(page, SYNTHETIC_WORDS, true, 11 + i)));
  const empty = summarize(`no matches ${NO_MATCH_WORDS.toLocaleString('en')} words`, 0, await measure(blank, (i) => fillSynthetic(page, NO_MATCH_WORDS, false, 31 + i)));
  console.log('\nSynthetic pages (built in the page)');
  printPages([synthetic, empty]);
  const emptyMs = empty.idleMs;
  console.log(`\nNo-match page: root + scan = ${emptyMs.toFixed(2)} ms against the ${EMPTY_PAGE_BUDGET_MS} ms budget for a page with nothing to do: ${emptyMs <= EMPTY_PAGE_BUDGET_MS ? 'within' : 'OVER'} budget`
    + `${empty.mentions ? ` (warning: ${empty.mentions} mentions found; the filler words overlap the dataset)` : ''}.`);
  console.log(`50,000-word article: longest step ${synthetic.longestMs.toFixed(1)} ms (${synthetic.longestMs >= LONG_TASK_MS ? 'a long task' : `under ${LONG_TASK_MS} ms`}).`);
} finally {
  await browser.close();
  await server.close();
}
