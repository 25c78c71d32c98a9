/** Entry of `npm run bench:matcher` (bundled by tools/bench-matcher.mjs). */
import { runCorpus, runPassages } from './quality';
import { recommend, runSpeed } from './speed';
import { machineLine } from './stats';

/** What the extension may spend on a page with nothing to highlight. */
const PAGE_BUDGET_MS = 3;
const ALIASES = 50_000;

console.log(machineLine());
const figures = await runSpeed(ALIASES);
console.log(`\n${recommend(figures, PAGE_BUDGET_MS)}`);
runPassages();
await runCorpus();
