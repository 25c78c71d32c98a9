// Benchmark for the matcher (`npm run bench:matcher`): bundles tools/bench/run.ts
// with esbuild into .cache/ and runs it with --expose-gc so heap figures are real.
// Prints figures only; it never fails a build.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const outfile = '.cache/bench-matcher.mjs';
await build({
  entryPoints: ['tools/bench/run.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['happy-dom'],
  outfile,
  logLevel: 'warning',
});
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
