// Tables and summary figures of the page benchmark: medians per page over its runs,
// then medians and 95th percentiles across pages.

/** The median of a list of numbers. */
export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** Prints rows as an aligned table. */
export function printTable(header, rows) {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c].length)));
  for (const row of cells) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
}

const STEPS = ['rootMs', 'scanMs', 'matchMs', 'matchWarmMs', 'highlightMs', 'removeMs'];

/** One page's figures from its runs: medians of each step, of the main-thread total and of the longest step. */
export function summarize(name, kb, runs) {
  const step = Object.fromEntries(STEPS.map((s) => [s, median(runs.map((r) => r[s]))]));
  const mainMs = median(runs.map((r) => r.rootMs + r.scanMs + r.highlightMs));
  // What a page with nothing to highlight costs: finding the article and walking its text.
  const idleMs = median(runs.map((r) => r.rootMs + r.scanMs));
  // The longest single piece of work the page's main thread does in one go.
  const longestMs = median(runs.map((r) => Math.max(r.rootMs, r.scanMs, r.highlightSliceMs ?? r.highlightMs, r.removeMs)));
  const last = runs[runs.length - 1];
  return { name, kb, blocks: last.blocks, chars: last.chars, mentions: last.mentions, highlighted: last.highlighted, ...step, mainMs, idleMs, longestMs };
}

const ms = (v) => v.toFixed(2);

/** The per-page table. */
export function printPages(rows) {
  printTable(
    ['page', 'KB', 'blocks', 'chars', 'mentions', 'shown', 'root', 'scan', 'match', 'warm', 'highlight', 'remove', 'main', 'longest'],
    rows.map((r) => [r.name, r.kb, r.blocks, r.chars, r.mentions, r.highlighted, ms(r.rootMs), ms(r.scanMs), ms(r.matchMs), ms(r.matchWarmMs), ms(r.highlightMs), ms(r.removeMs), ms(r.mainMs), ms(r.longestMs)]),
  );
}

/** Median and p95 across pages of every step, and the worst page. */
export function printSummary(rows) {
  const keys = [...STEPS, 'mainMs', 'longestMs'];
  printTable(
    ['across pages', 'root', 'scan', 'match', 'warm', 'highlight', 'remove', 'main', 'longest'],
    [
      ['median', ...keys.map((k) => ms(median(rows.map((r) => r[k]))))],
      ['p95', ...keys.map((k) => ms(percentile(rows.map((r) => r[k]), 95)))],
      ['max', ...keys.map((k) => ms(Math.max(...rows.map((r) => r[k]))))],
    ],
  );
  const worst = rows.reduce((a, b) => (b.mainMs > a.mainMs ? b : a));
  console.log(`Worst main-thread total: ${worst.name} (${worst.kb} KB, ${worst.blocks} blocks, ${worst.mentions} mentions): ${ms(worst.mainMs)} ms `
    + `= root ${ms(worst.rootMs)} + scan ${ms(worst.scanMs)} + highlight ${ms(worst.highlightMs)}`);
}
