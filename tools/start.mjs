// `npm start`: build, serve the demo article on localhost and open it in the
// system Chromium (or Firefox ESR with --firefox) with Backstory loaded. With
// --headless or no display, it hovers one name and saves a screenshot instead.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, launchFirefox, serve } from './browsers.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const useFirefox = args.includes('--firefox');
const headless = args.includes('--headless') || !process.env.DISPLAY;
const browserName = useFirefox ? 'firefox' : 'chrome';

const built = spawnSync(process.execPath, ['build.mjs', '--no-zip'], { cwd: ROOT, stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await serve(join(ROOT, 'demo'));
const url = `${server.origin}/article.html`;
const extDir = join(ROOT, 'dist', browserName);
const { browser } = useFirefox ? await launchFirefox(extDir, { headless }) : await launchChromium(extDir, { headless });
const page = (await browser.pages())[0] ?? (await browser.newPage());
await page.goto(url);
console.log(`start: ${useFirefox ? 'Firefox ESR' : 'Chromium'} is showing ${url}`);

if (!headless) {
  console.log('start: close the browser window (or press Ctrl+C) to stop.');
  browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
  process.on('SIGINT', () => void browser.close());
} else {
  const mark = await page.waitForSelector('[data-bs-entity="Q22316"]', { timeout: 15000 });
  await mark.scrollIntoView();
  await mark.hover();
  await page.waitForFunction(() => {
    const card = document.querySelector('[data-bs-popover]')?.shadowRoot?.querySelector('[role="dialog"]');
    return card && !card.hidden;
  }, { timeout: 10000 });
  mkdirSync(join(ROOT, 'dist', 'screenshots'), { recursive: true });
  const file = join(ROOT, 'dist', 'screenshots', `demo-${browserName}.png`);
  await page.screenshot({ path: file });
  console.log(`start: no display, ran headless; screenshot with the card open: ${file}`);
  await browser.close();
  await server.close();
}
