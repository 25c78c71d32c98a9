// `npm run test:e2e`: the end-to-end suite under a ceiling. Prints the browser
// versions first (a failure that depends on a browser version then says which),
// runs every tests/e2e/*.test.mjs with node --test, one file at a time, and ends
// the run with a non-zero status and a reason if it passes its time: a browser
// that stops answering fails the run, it never hangs it.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserVersion } from './browsers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** One test file (one browser launch and its tests): a normal file takes 10–60 s. */
const FILE_CEILING_MS = 6 * 60_000;
/** The whole run: ~3 minutes on two cores; four times that means something is stuck. */
const RUN_CEILING_MS = Number(process.env.BACKSTORY_E2E_CEILING_MS ?? 15 * 60_000);
/** After asking the runner to stop, how long before it is killed. */
const KILL_GRACE_MS = 10_000;

console.log(`e2e: ${browserVersion('chromium')}`);
console.log(`e2e: ${browserVersion('firefox')}`);
const minutes = (ms) => `${Math.round(ms / 6000) / 10} min`;
console.log(`e2e: node ${process.version}; ceiling ${minutes(RUN_CEILING_MS)} for the run, ${minutes(FILE_CEILING_MS)} per file`);

const started = Date.now();
const files = process.argv.slice(2);
const runner = spawn(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-force-exit', `--test-timeout=${FILE_CEILING_MS}`, ...(files.length ? files : ['tests/e2e/'])],
  { cwd: ROOT, stdio: 'inherit', detached: true },
);

let timedOut = false;
const ceiling = setTimeout(() => {
  timedOut = true;
  console.error(`\ne2e: FAILED: the run passed its ceiling of ${minutes(RUN_CEILING_MS)} and was stopped (see the last test named above).`);
  // The runner and its test files share a process group; puppeteer closes its browsers on SIGTERM.
  try { process.kill(-runner.pid, 'SIGTERM'); } catch { /* already gone */ }
  setTimeout(() => {
    try { process.kill(-runner.pid, 'SIGKILL'); } catch { /* already gone */ }
  }, KILL_GRACE_MS).unref();
}, RUN_CEILING_MS);

runner.on('exit', (code, signal) => {
  clearTimeout(ceiling);
  const seconds = Math.round((Date.now() - started) / 1000);
  if (timedOut) process.exit(124);
  console.log(`e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s${signal ? ` (runner killed by ${signal})` : ''}`);
  process.exit(code ?? 1);
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    try { process.kill(-runner.pid, signal); } catch { /* already gone */ }
  });
}
