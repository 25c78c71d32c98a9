// What bench:cost and its diagnostics (trace-breakdown) share: how a measuring browser is
// started and which requests a measured page may make. One place, so the diagnostic measures
// the same browser the headline figures come from.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../browsers.mjs';
import { generatedPages } from './cost-pages.mjs';
import { serveHtml } from './pages-browser.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A headless Debian Chromium with `extension` loaded (none: null), as every measured load sees it. */
export function launchCostBrowser(extension) {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    defaultViewport: { width: 1280, height: 900 },
    ...(extension ? { enableExtensions: [extension] } : {}),
    args: CHROMIUM_ARGS,
  });
}

/**
 * Lets `page` reach only the bench's server and extension files (Backstory imports its page UI
 * from its own origin): saved pages would otherwise call trackers.
 */
export async function onlyLocalRequests(page, origin) {
  await page.setRequestInterception(true);
  const allowed = (url) => url.startsWith(origin) || url.startsWith('chrome-extension:');
  page.on('request', (r) => (allowed(r.url()) ? r.continue() : r.abort('blockedbyclient')).catch(() => {}));
}

/** Writes the generated page `name` into `dir` and serves it with page scripts off; its address is `${origin}/${name}.html`. */
export async function serveGeneratedPage(name, dir) {
  const html = generatedPages()[name];
  if (!html) throw new Error(`no generated page "${name}" (${Object.keys(generatedPages()).join(', ')})`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.html`), html);
  return serveHtml(dir);
}
