// Headless Debian Chromium for the page benchmark: no extension, the page's own
// scripts off, and every request that does not go to our 127.0.0.1 server aborted
// (saved news pages reference ad and tracker hosts).
//
// Page scripts are stopped by a `script-src 'none'` policy header, not by
// page.setJavaScriptEnabled(false): with script execution disabled, Chromium also
// refuses to call back into the harness ("The provided callback is no longer
// runnable" from mark.js's NodeIterator filter). DevTools evaluation is not
// subject to the page's policy, so the harness still runs.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, serveWith } from '../browsers.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LOAD_TIMEOUT_MS = 30_000; // a saved page with its trackers blocked loads in well under a second

/** Serves the files of `dirs` (first hit wins) as HTML on 127.0.0.1 at a free port, page scripts off. */
export function serveHtml(...dirs) {
  return serveWith({ type: 'text/html; charset=utf-8', headers: { 'content-security-policy': "script-src 'none'" } }, ...dirs);
}

/** Launches Chromium with the flags tools/browsers.mjs uses, minus the extension. */
export async function launch() {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    defaultViewport: { width: 1280, height: 900 },
    args: CHROMIUM_ARGS,
  });
}

/** A tab that only talks to `origin`; counts what it blocked. */
export async function openTab(browser, origin) {
  const page = await browser.newPage();
  const blocked = { count: 0 };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().startsWith(`${origin}/`)) void request.continue();
    else {
      blocked.count++;
      void request.abort('blockedbyclient');
    }
  });
  return { page, blocked };
}

/**
 * Loads `url` and injects the harness (evaluated through the DevTools protocol, so the
 * page's policy does not stop it), then builds the matcher: returns the build ms.
 */
export async function loadWithHarness(page, url, harnessSource, dataset) {
  await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
  await page.evaluate(harnessSource);
  return page.evaluate((d) => window.backstoryBench.load(d), dataset);
}

/** One activation of the harness on the loaded page. */
export function runHarness(page) {
  return page.evaluate(() => window.backstoryBench.run());
}

/** Replaces the loaded page's body with a synthetic article. */
export function fillSynthetic(page, words, withNames, seed) {
  return page.evaluate((w, n, s) => window.backstoryBench.fill(w, n, s), words, withNames, seed);
}
