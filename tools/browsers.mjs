// Launching the Debian browsers with the built extension, and serving local
// pages: shared by `npm start`, the end-to-end tests and the benchmarks.
import { createServer } from 'node:http';
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

/** A host name tests can reach the local server by (see `hostAlias` of the launchers). */
export const TEST_WWW_HOST = 'www.backstory.test';

/** A fixed moz-extension UUID so tests can open the extension's pages in Firefox. */
export const FIREFOX_UUID = '3f6d1c62-5b0e-4c2a-9d7e-6a1b2c3d4e5f';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml' };

/** Chromium flags for this closed network: no background traffic, no first-run UI. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check'];

/** Serves files from `dirs` (first hit wins) on 127.0.0.1 at a free port. */
export function serve(...dirs) {
  return serveWith({}, ...dirs);
}

/**
 * `serve` with options: `headers` added to every file served, `type` to force one
 * content type (saved pages are all HTML, whatever their names say).
 */
export async function serveWith({ headers = {}, type } = {}, ...dirs) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    for (const dir of dirs) {
      try {
        const body = await readFile(join(dir, path.endsWith('/') ? `${path}index.html` : path));
        res.writeHead(200, { 'content-type': type ?? TYPES[extname(path)] ?? 'text/html; charset=utf-8', ...headers });
        res.end(body);
        return;
      } catch {
        // try the next folder
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** How long a browser may take to start and load the extension before we call it a failure. */
const LAUNCH_TIMEOUT_MS = 60_000;
/** No single DevTools/BiDi call may wait longer than this: a browser that stops answering fails the test, it does not hang it. */
const PROTOCOL_TIMEOUT_MS = 60_000;
/** How long an extension page may take to load and say it is ready. */
const EXTENSION_PAGE_TIMEOUT_MS = 20_000;
/** One probe of a page that may be mid-navigation: a realm being replaced can leave a call unanswered. */
const PROBE_TIMEOUT_MS = 2_000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Rejects with `what` if `promise` has not settled in `ms`. */
export function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer in ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** The browsers the tests drive: display name, executable, and how to ask its version without starting it. */
export const BROWSERS = {
  chromium: { label: 'Chromium', executable: CHROMIUM, env: 'CHROMIUM_PATH', debian: 'chromium' },
  firefox: { label: 'Firefox ESR', executable: FIREFOX, env: 'FIREFOX_PATH', debian: 'firefox-esr' },
};

/** The version line a browser prints for `--version`, or why there is none. */
export function browserVersion(name) {
  const { executable, label } = BROWSERS[name];
  if (!isExecutable(executable)) return `${label}: not installed (${executable})`;
  const run = spawnSync(executable, ['--version'], { encoding: 'utf8', timeout: 30_000 });
  // Debian's chromium wrapper prints a shell warning before the version: keep the last line.
  const line = `${run.stdout ?? ''}`.trim().split('\n').pop();
  return line ? `${line} (${executable})` : `${label}: --version failed (${executable}): ${run.error?.message ?? run.stderr}`;
}

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts a browser and runs `setup` on it; any failure, at launch or in setup,
 * closes what was started and rethrows as one error naming the browser, so a
 * test's `before` never leaves a browser running (which would keep the test
 * file's process alive) and never reports a bare "Waiting failed".
 */
async function launchNamed(name, launchOptions, setup) {
  const { label, executable, env, debian } = BROWSERS[name];
  if (!isExecutable(executable)) {
    throw new Error(`${label} is not installed at ${executable}: install the Debian package ${debian} (.ci/run does) or set ${env}`);
  }
  let browser;
  try {
    browser = await puppeteer.launch({ executablePath: executable, timeout: LAUNCH_TIMEOUT_MS, protocolTimeout: PROTOCOL_TIMEOUT_MS, ...launchOptions });
    const version = await withTimeout(browser.version(), PROBE_TIMEOUT_MS * 5, `${label} version`);
    return { browser, name, label: `${label} ${version}`, ...(await withTimeout(setup(browser), LAUNCH_TIMEOUT_MS, `${label} setup`)) };
  } catch (error) {
    await browser?.close().catch(() => undefined);
    throw new Error(`${label} (${executable}) failed to start with the extension: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Chromium with the unpacked extension. Resolves with the browser, the extension's
 * service worker target and origin, and `openExtensionPage`.
 */
export async function launchChromium(extDir, { headless = true, hostAlias } = {}) {
  // A www. host for tests (issue 12: the site switch on www. hosts), resolved to our local server;
  // no HTTPS upgrade for it, since the server speaks plain HTTP.
  const aliasArgs = hostAlias ? [`--host-resolver-rules=MAP ${hostAlias} 127.0.0.1`, '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable'] : [];
  const launched = await launchNamed(
    'chromium',
    { headless, pipe: true, enableExtensions: [extDir], defaultViewport: headless ? { width: 1280, height: 900 } : null, args: [...CHROMIUM_ARGS, ...aliasArgs] },
    async (browser) => {
      const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: LAUNCH_TIMEOUT_MS });
      const extensionId = new URL(worker.url()).host;
      return { worker, extensionId, extensionOrigin: `chrome-extension://${extensionId}` };
    },
  );
  return { ...launched, openExtensionPage: (path, options) => openExtensionPage(launched, path, options) };
}

/** Firefox ESR with the extension as a temporary add-on and a fixed extension UUID. */
export async function launchFirefox(extDir, { headless = true, hostAlias, prefs = {} } = {}) {
  // The add-on id comes from the build itself, so the pinned UUID always matches it.
  const { id: geckoId } = JSON.parse(await readFile(join(extDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko;
  const launched = await launchNamed(
    'firefox',
    {
      browser: 'firefox',
      headless,
      defaultViewport: headless ? { width: 1280, height: 900 } : null,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
        'extensions.originControls.grantByDefault': true,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.reportingpolicy.firstRun': false,
        // Every host name resolves to our local server (only tests with `hostAlias` ask for it).
        ...(hostAlias ? { 'network.dns.forceResolve': '127.0.0.1', 'dom.security.https_first': false, 'dom.security.https_first_schemeless': false } : {}),
        // A caller's own (the benches: how soon an idle event page is suspended).
        ...prefs,
      },
    },
    async (browser) => {
      await browser.installExtension(extDir);
      return { extensionOrigin: `moz-extension://${FIREFOX_UUID}` };
    },
  );
  return { ...launched, openExtensionPage: (path, options) => openExtensionPage(launched, path, options) };
}

/**
 * Gives an extension page a `waitForFunction` that polls with `evaluate`.
 * Puppeteer's own builds its predicate with `new Function` inside the page, which
 * an extension page's CSP forbids: Firefox ESR 140 enforces that against BiDi
 * (EvalError "call to Function() blocked by CSP", reported as "Waiting failed"),
 * newer Firefox and Chromium do not. `evaluate` passes the function itself.
 */
function withEvaluatePolling(page) {
  page.waitForFunction = (fn, options = {}, ...args) => waitUntil(page, fn, options, ...args);
  return page;
}

/**
 * Resolves with `fn(...args)`'s value, evaluated in `page`, once it is truthy. Like
 * puppeteer's `waitForFunction`, but it works where a page's CSP forbids eval
 * (extension pages; saved pages served with `script-src 'none'`).
 */
export async function waitUntil(page, fn, { timeout = 30_000, polling } = {}, ...args) {
  const interval = typeof polling === 'number' ? polling : 100;
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await page.evaluate(fn, ...args);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Waiting failed: ${timeout}ms exceeded for ${String(fn).slice(0, 120)}`);
    await sleep(interval);
  }
}

/** What a page that may be mid-navigation says about itself, or undefined while it cannot answer. */
async function probe(page) {
  try {
    return await withTimeout(
      page.evaluate(() => ({ href: location.href, ready: document.body?.dataset.ready === 'true' })),
      PROBE_TIMEOUT_MS,
      'probe',
    );
  } catch {
    return undefined;
  }
}

/**
 * Opens one of the extension's own pages ("popup.html?tab=3") in a new tab and
 * resolves with a handle to it once the page says it is ready
 * (`<body data-ready="true">`, set by popup.ts and options.ts).
 *
 * The navigation from about:blank to an extension URL is not an ordinary one:
 * Firefox moves it to the extension process, and depending on its version the
 * BiDi navigation never completes (153), or the browsing context is replaced and
 * the first handle's frame detaches (140). So the navigation is never awaited
 * and no wait is bound to the realm it started in: the tab (and any tab that
 * appears meanwhile) is probed afresh until one shows the page, ready.
 */
export async function openExtensionPage(launched, path, { timeoutMs = EXTENSION_PAGE_TIMEOUT_MS } = {}) {
  const { browser, extensionOrigin, label } = launched;
  const url = `${extensionOrigin}/${path}`;
  const known = new Set(await browser.pages());
  const page = await browser.newPage();
  page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    const fresh = (await browser.pages().catch(() => [])).filter((p) => !known.has(p) && p !== page);
    for (const candidate of [page, ...fresh]) {
      const state = await probe(candidate);
      if (state) last = state;
      if (state?.href === url && state.ready) return withEvaluatePolling(candidate);
    }
    await sleep(100);
  }
  throw new Error(`${label}: ${url} was not ready after ${timeoutMs} ms (last seen: ${last ? `${last.href}, ready=${last.ready}` : 'no answer from the tab'})`);
}
