// `npm run test:e2e`: the end-to-end suite under a stall guard. Prints the browser
// versions first (a failure that depends on a browser version then says which),
// runs every tests/e2e/*.test.mjs with node --test, one file at a time, and ends
// the run with a non-zero status and a reason when it stops making progress: a browser
// that stops answering fails the run, it never hangs it. A slow machine is not a stuck
// one: the guard watches for output (each finished test prints), not the clock alone.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserVersion } from './browsers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** One test file (one browser launch and its tests): a normal file takes 10–60 s. */
const FILE_CEILING_MS = 6 * 60_000;
/**
 * No output for this long means something is stuck: every test prints when it ends, and the
 * longest takes about a minute on two cores (four under a load of 20).
 */
const STALL_MS = Number(process.env.BACKSTORY_E2E_STALL_MS ?? 6 * 60_000);
/** The whole run: ~6 minutes on two cores, 14 under a load of 20; far past that is a machine that cannot run it. */
const RUN_CEILING_MS = Number(process.env.BACKSTORY_E2E_CEILING_MS ?? 45 * 60_000);
/** After asking the runner to stop, how long before it is killed. */
const KILL_GRACE_MS = 10_000;

console.log(`e2e: ${browserVersion('chromium')}`);
console.log(`e2e: ${browserVersion('firefox')}`);
const minutes = (ms) => `${Math.round(ms / 6000) / 10} min`;
console.log(`e2e: node ${process.version}; stopped after ${minutes(STALL_MS)} without progress, ${minutes(FILE_CEILING_MS)} per file, ${minutes(RUN_CEILING_MS)} in all`);

const started = Date.now();
const files = process.argv.slice(2);
const runner = spawn(
  process.execPath,
  ['--test', '--test-concurrency=1', '--test-force-exit', `--test-timeout=${FILE_CEILING_MS}`, ...(files.length ? files : ['tests/e2e/'])],
  { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
);

let timedOut = false;
/** Stops the runner with a reason. */
function stop(reason) {
  if (timedOut) return;
  timedOut = true;
  console.error(`\ne2e: FAILED: ${reason} and was stopped (see the last test named above).`);
  // The runner and its test files share a process group; puppeteer closes its browsers on SIGTERM.
  try { process.kill(-runner.pid, 'SIGTERM'); } catch { /* already gone */ }
  setTimeout(() => {
    try { process.kill(-runner.pid, 'SIGKILL'); } catch { /* already gone */ }
  }, KILL_GRACE_MS).unref();
}
const ceiling = setTimeout(() => stop(`the run passed its ceiling of ${minutes(RUN_CEILING_MS)}`), RUN_CEILING_MS);
/** Starts the stall timer again: the run has just printed. */
const armStall = () => setTimeout(() => stop(`the run printed nothing for ${minutes(STALL_MS)}`), STALL_MS);
let stall = armStall();
for (const [from, to] of [[runner.stdout, process.stdout], [runner.stderr, process.stderr]]) {
  from.on('data', (chunk) => {
    to.write(chunk);
    clearTimeout(stall);
    if (!timedOut) stall = armStall();
  });
}

runner.on('exit', (code, signal) => {
  clearTimeout(ceiling);
  clearTimeout(stall);
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
