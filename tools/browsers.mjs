// Launching the Debian browsers with the built extension, and serving local
// pages: shared by `npm start`, the end-to-end tests and the benchmarks.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

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

/** Chromium with the unpacked extension; resolves with the browser and the extension's id. */
export async function launchChromium(extDir, { headless = true } = {}) {
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless,
    pipe: true,
    enableExtensions: [extDir],
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    args: CHROMIUM_ARGS,
  });
  const worker = await browser.waitForTarget((t) => t.type() === 'service_worker', { timeout: 15000 });
  const extensionId = new URL(worker.url()).host;
  return { browser, worker, extensionId, extensionOrigin: `chrome-extension://${extensionId}` };
}

/** Firefox ESR with the extension as a temporary add-on and a fixed extension UUID. */
export async function launchFirefox(extDir, { headless = true } = {}) {
  // The add-on id comes from the build itself, so the pinned UUID always matches it.
  const { id: geckoId } = JSON.parse(await readFile(join(extDir, 'manifest.json'), 'utf8')).browser_specific_settings.gecko;
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: FIREFOX_UUID }),
      'extensions.originControls.grantByDefault': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.reportingpolicy.firstRun': false,
    },
  });
  await browser.installExtension(extDir);
  return { browser, extensionOrigin: `moz-extension://${FIREFOX_UUID}` };
}
