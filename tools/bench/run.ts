/** Entry of `npm run bench:matcher` (bundled by tools/bench-matcher.mjs). */
import { runCorpus, runPassages } from './quality';
import { runScale, scaleCases, type ScaleCase } from './scale';
import { recommend, runSpeed } from './speed';
import { machineLine } from './stats';

/** What the extension may spend on a page with nothing to highlight. */
const PAGE_BUDGET_MS = 3;
const ALIASES = 50_000;
const args = process.argv.slice(2);

console.log(machineLine());
console.log('\nWriting the shipped data files of each case (.cache/bench-scale/)…');
const cases = scaleCases();
runScale(cases);
if (!args.includes('--node-only')) {
  // A plain .mjs beside this file (it drives Chromium); resolved from the bundle in .cache/.
  const browserPart = new URL('../tools/bench/sw-cold.mjs', import.meta.url).href;
  const { runBrowserStarts } = (await import(browserPart)) as { runBrowserStarts(cases: ScaleCase[]): Promise<void> };
  await runBrowserStarts(cases);
}
const figures = await runSpeed(ALIASES);
console.log(`\n${recommend(figures, PAGE_BUDGET_MS)}`);
runPassages();
await runCorpus();
