import os from 'node:os';
/** Timing helpers for the benchmark. */

/** The median of a list of numbers. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Runs `fn` `runs` times (after `warmups` untimed runs) and returns the median in milliseconds. */
export function timeMedian(runs: number, fn: () => void, warmups = 1): number {
  for (let i = 0; i < warmups; i++) fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Collects garbage when node runs with --expose-gc (the bench script passes it). */
export function collect(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Prints rows as an aligned table. */
export function printTable(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  for (const row of cells) console.log(row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  '));
}

/** One line on the machine, so figures from a loaded or different machine are read as such. */
export function machineLine(): string {
  const [load1] = os.loadavg();
  return `Machine: ${os.cpus().length} cores, Node ${process.versions.node}, load average ${load1!.toFixed(2)} at start`;
}
