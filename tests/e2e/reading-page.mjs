// Reads the Backstory card and highlights out of a page, for the reading suite.
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
