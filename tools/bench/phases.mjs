// Where the content script's time goes, phase by phase (`node tools/bench/phases.mjs
// [--page=no-match-2k] [--runs=9]`): a diagnostic beside bench:cost, which measures what the
// page pays in all but cannot say for what. It builds a copy of the content script with
// `performance.mark` calls at fixed places (its start, each step of the top level, the
// settings' arrival, the article found, the quick look's answer, the scan done, the background's answer), and a copy
// of the floor extension marked the same way (start, text walked, message sent, answer), then
// loads one generated page in each, interleaved, and prints per phase the median time since
// the script's start. Elapsed time, not CPU time: run it on a quiet machine. A marker's
// anchor missing from the source fails the run, so the tool cannot silently measure less.
// Figures only; never part of pass/fail.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { scriptOptions } from '../script-options.mjs';
import { launchCostBrowser, serveGeneratedPage } from './cost-browser.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, '.cache', 'phases');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const PAGE = arg('page', 'no-match-2k');
const RUNS = Number(arg('runs', 9));
const FLOOR = process.env.BACKSTORY_FLOOR_EXT ?? join(ROOT, '..', 'shared', 'bench', 'floor-ext');
const mark = (name) => `performance.mark('bs:${name}');`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** [file, anchor, text with the mark]: where each phase ends in src/content. */
const MARKS = [
  ['content/index.ts', 'const host = location.hostname;', `${mark('modules')}\nconst host = location.hostname;`],
  ['content/index.ts', 'function onStorageChange(', `${mark('message listener')}\nfunction onStorageChange(`],
  ['content/index.ts', 'watchUrl(window, onArticleChange);', `watchUrl(window, onArticleChange);${mark('navigation watch')}`],
  ['content/index.ts', 'removeStaleCopy();\n', `removeStaleCopy();${mark('stale copy check')}\n`],
  ['content/index.ts', '  if (text.length > MAX_LOOK_CHARS) {\n    start();\n    return true;', `  ${mark('body text read')}\n  if (text.length > MAX_LOOK_CHARS) {\n    start();\n    return true;`],
  ['content/index.ts', '  if (answer === false) return false;', `  ${mark('first look answered')}\n  if (answer === false) return false;`],
  ['content/index.ts', '  settings = next;', `  ${mark('settings arrived')}\n  settings = next;`],
  ['content/session.ts', '    if (roots.length === 0) return;', `    ${mark('article found')}\n    if (roots.length === 0) return;`],
  ['content/session.ts', '    if (isWorthScanning) await', `    ${mark('quick look answered')}\n    if (isWorthScanning) await`],
  ['content/session.ts', '    const blocks = this.withinBudget(scanned);', `    ${mark('scanned')}\n    const blocks = this.withinBudget(scanned);`],
  ['content/session.ts', '    if (this.isDestroyed || !response) return;', `    ${mark('answer')}\n    if (this.isDestroyed || !response) return;`],
];

/** A copy of dist/chrome whose content.js carries the marks. */
async function markedBackstory() {
  const src = join(CACHE, 'src');
  rmSync(src, { recursive: true, force: true });
  cpSync(join(ROOT, 'src'), src, { recursive: true });
  for (const [file, anchor, replacement] of MARKS) {
    const path = join(src, file);
    const text = readFileSync(path, 'utf8');
    if (!text.includes(anchor)) throw new Error(`phases: ${file} no longer has "${anchor.trim()}": move the mark`);
    writeFileSync(path, text.replace(anchor, replacement));
  }
  const ext = join(CACHE, 'backstory');
  rmSync(ext, { recursive: true, force: true });
  cpSync(join(ROOT, 'dist', 'chrome'), ext, { recursive: true });
  await esbuild.build({
    entryPoints: { content: join(src, 'content', 'index.ts') },
    outdir: ext,
    bundle: true,
    format: 'iife',
    ...scriptOptions({ target: 'chrome', testHooks: false, cardShards: 0, indexRevision: 'phases' }),
    minify: true,
    legalComments: 'none',
    banner: { js: mark('start') },
    footer: { js: mark('top level done') },
    logLevel: 'warning',
  });
  return ext;
}

/** A copy of the floor extension with the same kind of marks. */
function markedFloor() {
  const ext = join(CACHE, 'floor');
  rmSync(ext, { recursive: true, force: true });
  cpSync(FLOOR, ext, { recursive: true });
  const path = join(ext, 'cs.js');
  const text = readFileSync(path, 'utf8');
  const send = /chrome\.runtime\.sendMessage\((.*), \(\) => \{\}\);/;
  if (!send.test(text)) throw new Error('phases: the floor extension no longer sends its message the way this tool marks it');
  writeFileSync(path, `${mark('start')}\n${text.replace(send, `${mark('walked')} chrome.runtime.sendMessage($1, () => { ${mark('answer')} }); ${mark('message sent')}`)}`);
  return ext;
}

const server = await serveGeneratedPage(PAGE, CACHE);
const configs = [
  { name: 'floor', extension: markedFloor() },
  { name: 'backstory', extension: await markedBackstory() },
];
const browsers = await Promise.all(configs.map((c) => launchCostBrowser(c.extension)));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const samples = configs.map(() => []);
try {
  // One unmeasured load each first: the background's first start is not what a page pays.
  for (let round = 0; round <= RUNS; round++) {
    for (let k = 0; k < configs.length; k++) {
      const i = (k + round) % configs.length;
      const page = await browsers[i].newPage();
      await page.goto(`${server.origin}/${PAGE}.html`, { waitUntil: 'load' });
      // Done at the background's answer to the scan, or, where the quick look said no, after it.
      const done = () => ['bs:answer', 'bs:quick look answered'].some((name) => performance.getEntriesByName(name).length > 0);
      for (let t = 0; t < 50 && !(await page.evaluate(done)); t++) await sleep(100);
      await sleep(300);
      const marks = await page.evaluate(() => performance.getEntriesByType('mark').filter((m) => m.name.startsWith('bs:')).map((m) => [m.name.slice(3), m.startTime]));
      if (round > 0) samples[i].push(Object.fromEntries(marks));
      await page.close();
    }
  }
} finally {
  await Promise.all(browsers.map((b) => b.close()));
  await server.close();
}

console.log(`${PAGE}, ${RUNS} loads each: time since the content script started, medians (ms); "step" is the phase's own share`);
for (let i = 0; i < configs.length; i++) {
  const rows = samples[i];
  const names = [...new Set(rows.flatMap((r) => Object.keys(r)))]
    .map((name) => ({ name, at: median(rows.filter((r) => r[name] !== undefined).map((r) => r[name] - r.start)) }))
    .sort((a, b) => a.at - b.at);
  console.log(`\n${configs[i].name}\n| phase | at | step |\n| --- | --- | --- |`);
  let previous = 0;
  for (const { name, at } of names) {
    console.log(`| ${name} | ${at.toFixed(2)} | ${(at - previous).toFixed(2)} |`);
    previous = at;
  }
}
