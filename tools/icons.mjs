#!/usr/bin/env node
// Renders icons/backstory.svg and icons/backstory-off.svg to PNGs
// (16, 32, 48, 128 px) with headless Chromium. Run by hand: `node tools/icons.mjs`.
// The PNGs are committed; the build does not run this.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'icons');
const SIZES = [16, 32, 48, 128];
const VARIANTS = [
  { svg: 'backstory.svg', prefix: 'icon' },
  { svg: 'backstory-off.svg', prefix: 'icon-off' },
];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  headless: true,
  pipe: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

try {
  const page = await browser.newPage();
  for (const { svg, prefix } of VARIANTS) {
    const source = (await readFile(path.join(iconsDir, svg), 'utf8'))
      .replace(/<\?xml[^>]*>\s*/, '')
      // Let CSS size the svg to the viewport instead of its intrinsic 128x128.
      .replace(/<svg\b([^>]*?)\s+width="[^"]*"/, '<svg$1')
      .replace(/<svg\b([^>]*?)\s+height="[^"]*"/, '<svg$1');
    const html = `<!doctype html><html><head><meta charset="utf-8"><style>
html,body{margin:0;padding:0;background:transparent;overflow:hidden}
body{width:100vw;height:100vh}
svg{display:block;width:100%;height:100%}
</style></head><body>${source}</body></html>`;
    for (const size of SIZES) {
      await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
      await page.setContent(html, { waitUntil: 'load' });
      const png = await page.screenshot({
        type: 'png',
        omitBackground: true,
        clip: { x: 0, y: 0, width: size, height: size },
      });
      const out = path.join(iconsDir, `${prefix}-${size}.png`);
      await writeFile(out, png);
      console.log(`wrote ${path.relative(root, out)} (${size}x${size}, ${png.length} bytes)`);
    }
  }
} finally {
  await browser.close();
}
