// Benchmark for the matcher (`npm run bench:matcher [-- --node-only]`): bundles
// tools/bench/run.ts and the cold-start child (cold.ts) with esbuild into .cache/
// and runs it with --expose-gc so memory figures are real. Prints figures only;
// it never fails a build.
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const outfile = '.cache/bench-matcher.mjs';
const common = { bundle: true, platform: 'node', format: 'esm', target: 'node20', logLevel: 'warning' };
// The browser part drives Chromium with puppeteer-core, loaded from node_modules as is.
await build({ ...common, entryPoints: ['tools/bench/run.ts'], external: ['happy-dom'], outfile });
await build({ ...common, entryPoints: ['tools/bench/cold.ts'], outfile: '.cache/bench-cold.mjs' });
const result = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exitCode = result.status ?? 1;
