// Launches a browser for the reading suite and reads the Backstory card and
// highlights out of a page.
import { join } from 'node:path';
import { launchChromium, launchFirefox } from '../../tools/browsers.mjs';
const WAIT = { timeout: 15000, polling: 50 };

/** The card as a reader sees it: open or not, its name, box and a few computed styles. */
export function state(page) {
  return page.evaluate(() => {
    const root = document.querySelector('[data-bs-popover]')?.shadowRoot;
    const dialog = root?.querySelector('[role="dialog"]');
    if (!dialog || dialog.hidden) return { open: false };
    const style = getComputedStyle(dialog);
    const name = root.querySelector('h2');
    return {
      open: true,
      name: dialog.getAttribute('aria-label'),
      text: dialog.textContent,
      rect: dialog.getBoundingClientRect().toJSON(),
      styles: {
        fontSize: style.fontSize, color: style.color, background: style.backgroundColor, opacity: style.opacity,
        nameSize: name ? getComputedStyle(name).fontSize : '',
      },
    };
  });
}

/** Waits until the card is open (for `name`, when given) and returns its state. */
export async function waitOpen(page, name) {
  await page.waitForFunction((n) => {
    const dialog = document.querySelector('[data-bs-popover]')?.shadowRoot?.querySelector('[role="dialog"]');
    return dialog && !dialog.hidden && (!n || dialog.getAttribute('aria-label') === n);
  }, WAIT, name ?? null);
  return state(page);
}

export async function waitClosed(page) {
  await page.waitForFunction(() => {
    const dialog = document.querySelector('[data-bs-popover]')?.shadowRoot?.querySelector('[role="dialog"]');
    return !dialog || dialog.hidden;
  }, WAIT);
}

/** The viewport box of the first highlight whose text is `text`, scrolled into view. */
export async function markRect(page, text) {
  await page.waitForFunction((t) => Array.from(document.querySelectorAll('bs-mark')).some((m) => m.textContent === t), WAIT, text);
  return page.evaluate((t) => {
    const mark = Array.from(document.querySelectorAll('bs-mark')).find((m) => m.textContent === t);
    mark.scrollIntoView({ block: 'center' });
    return mark.getBoundingClientRect().toJSON();
  }, text);
}

/** Relative luminance of an rgb()/rgba() colour, 0 (black) to 1 (white). */
export function luminance(color) {
  const [r, g, b] = (color.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** One browser with the extension, a page for the fixtures, and a way to write settings; on failure the browser is closed. */
export async function launch(name, extDir) {
  const launched = name === 'chromium' ? await launchChromium(extDir) : await launchFirefox(extDir);
  try {
    let setSettings;
    if (name === 'chromium') {
      const worker = await launched.worker.worker();
      setSettings = (s) => worker.evaluate((v) => chrome.storage.sync.set({ settings: v }), s);
    } else {
      // Firefox's event page is out of reach over BiDi: storage is written from an extension page.
      const extPage = await launched.openExtensionPage('options.html');
      setSettings = (s) => extPage.evaluate((v) => browser.storage.sync.set({ settings: v }), s);
    }
    return { browser: launched.browser, label: launched.label, page: await launched.browser.newPage(), setSettings };
  } catch (error) {
    await launched.browser.close().catch(() => undefined);
    throw error;
  }
}

/** The README screenshots: John Kerry's card on the demo article and on a dark page. */
export async function saveScreenshots(shot, origin, dir) {
  await shot.setViewport({ width: 1100, height: 960, deviceScaleFactor: 1.5 });
  for (const [file, out] of [['demo/article.html', 'popover-light.png'], ['dark.html', 'popover-dark.png']]) {
    await shot.goto(`${origin}/${file}`);
    await markRect(shot, 'John Kerry');
    // Word near the top, so the card opens below it with room to spare.
    const r = await shot.$eval('bs-mark[data-bs-entity="Q22316"]', (m) => {
      window.scrollBy(0, m.getBoundingClientRect().top - 250);
      return m.getBoundingClientRect().toJSON();
    });
    await shot.mouse.move(r.left + 20, (r.top + r.bottom) / 2);
    const { rect } = await waitOpen(shot, 'John Kerry');
    const column = await shot.$eval('article', (a) => ({ ...a.getBoundingClientRect().toJSON(), scrollY }));
    // Clips are in document coordinates: add the scroll.
    const y = Math.max(0, r.top - 150);
    const clip = { x: column.left, y: y + column.scrollY, width: column.width, height: rect.bottom + 36 - y };
    await shot.screenshot({ path: join(dir, out), clip });
  }
}
