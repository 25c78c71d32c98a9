// Benchmark for the matcher (`npm run bench:matcher [-- --node-only]`): bundles
// tools/bench/run.ts and the cold-start child (cold.ts) with esbuild into .cache/
// and runs it with --expose-gc so memory figures are real. Prints figures only;
// it never fails a build.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { nodeBundleOptions } from './node-bundle.mjs';

const outfile = '.cache/bench-matcher.mjs';
// The browser part drives Chromium with puppeteer-core, loaded from node_modules as is.
await build(nodeBundleOptions('tools/bench/run.ts', outfile));
await build(nodeBundleOptions('tools/bench/cold.ts', '.cache/bench-cold.mjs'));
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
