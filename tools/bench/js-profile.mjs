// Which of our functions a page's load spends its JavaScript time in (`node tools/bench/js-profile.mjs
// [--page=article-10k] [--runs=5]`): a diagnostic beside bench:cost. Loads one generated page in a
// browser with one extension (BACKSTORY_EXT, default dist/chrome; build with `--no-minify` for
// readable names), runs V8's sampling profiler (50 µs) over each load and the 3 s after it, and
// prints the mean self time per load by script file and by function of the extension's scripts.
// The profiler slows what it samples: compare builds with each other, not with bench:cost.
// Figures only; never part of pass/fail.
import { join } from 'node:path';
import { launchCostBrowser, onlyLocalRequests, serveGeneratedPage } from './cost-browser.mjs';

const ROOT = join(import.meta.dirname, '..', '..');
const arg = (name, fallback) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const PAGE = arg('page', 'article-10k');
const RUNS = Number(arg('runs', 5));
const EXT = process.env.BACKSTORY_EXT ?? join(ROOT, 'dist', 'chrome');

const server = await serveGeneratedPage(PAGE, join(ROOT, '.cache', 'js-profile'));
const browser = await launchCostBrowser(EXT);
await new Promise((resolve) => setTimeout(resolve, 2000));
const url = `${server.origin}/${PAGE}.html`;
const byFunction = new Map();
const byFile = new Map();
const add = (map, key, ms) => map.set(key, (map.get(key) ?? 0) + ms);
// The first load warms the browser's caches and is not counted.
for (let run = 0; run <= RUNS; run++) {
  const page = await browser.newPage();
  await onlyLocalRequests(page, server.origin);
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const { profile } = await cdp.send('Profiler.stop');
  await page.close();
  if (run === 0) continue;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  profile.samples.forEach((id, i) => {
    const { callFrame } = nodes.get(id);
    const file = callFrame.url.split('/').pop() || `(${callFrame.functionName})`;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000 / RUNS;
    add(byFile, file, ms);
    if (callFrame.url.startsWith('chrome-extension://')) add(byFunction, `${file} ${callFrame.functionName || '(anonymous)'}:${callFrame.lineNumber + 1}`, ms);
  });
}
await browser.close();
server.close?.();
const print = (map, count) => {
  for (const [key, ms] of [...map].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${ms.toFixed(2).padStart(8)}  ${key}`);
};
console.log(`${PAGE}, ${RUNS} loads: mean self time per load (ms), by script`);
print(byFile, 12);
console.log('by function of the extension');
print(byFunction, 30);
process.exit(0);
