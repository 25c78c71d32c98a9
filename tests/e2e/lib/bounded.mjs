// node:test with a timeout on every test and every hook. Node 20's test runner
// gives hooks no timeout of their own (a suite's timeout does not cover its
// `before`), so one browser that never answers would hang the whole run. Every
// end-to-end file imports describe/test/before/after from here, never from
// node:test directly (tests/unit/e2e-bounded.test.ts checks that).
import * as nodeTest from 'node:test';

/** Launching a browser with the extension and opening the first pages. */
export const SETUP_MS = 120_000;
/** Closing browsers and servers. */
export const TEARDOWN_MS = 30_000;
/** Resetting state between tests. */
export const EACH_MS = 30_000;
/** One test: what a reader does, with waits of at most ~15–30 s each. */
export const TEST_MS = 90_000;

const withTimeout = (ms, options) => ({ timeout: ms, ...options });

/** `fn` or `(options, fn)`, as node:test accepts. */
function split(args) {
  return typeof args[0] === 'function' ? [{}, args[0]] : [args[0] ?? {}, args[1]];
}

export const describe = (name, ...rest) => {
  const [options, fn] = split(rest);
  return nodeTest.describe(name, options, fn);
};
export const test = (name, ...rest) => {
  const [options, fn] = split(rest);
  return nodeTest.test(name, withTimeout(TEST_MS, options), fn);
};
export const it = test;
export const before = (fn, options) => nodeTest.before(fn, withTimeout(SETUP_MS, options));
export const after = (fn, options) => nodeTest.after(fn, withTimeout(TEARDOWN_MS, options));
export const beforeEach = (fn, options) => nodeTest.beforeEach(fn, withTimeout(EACH_MS, options));
export const afterEach = (fn, options) => nodeTest.afterEach(fn, withTimeout(EACH_MS, options));
