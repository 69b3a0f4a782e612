/**
 * Render public/icon.svg to the PNG sizes the stores ask for (public/icon/<size>.png, which
 * WXT puts in the manifest on its own), with headless Debian Chromium.
 * Usage: npx tsx scripts/make-icons.ts   (commit the PNGs; the build does not run this)
 */
import { readFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { requireBrowser } from '../tests/browser/lib/env';

const SIZES = [16, 32, 48, 96, 128];
const SOURCE = resolve('public/icon.svg');
const OUT_DIR = resolve('public/icon');

async function main() {
  const svg = readFileSync(SOURCE, 'utf8');
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  mkdirSync(OUT_DIR, { recursive: true });
  const browser = await chromium.launch({ executablePath: requireBrowser('chromium'), headless: true, args: ['--no-sandbox'] });
  try {
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.waitForFunction(() => document.images[0]?.complete);
      const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      writeFileSync(resolve(OUT_DIR, `${size}.png`), png);
      console.log(`public/icon/${size}.png  ${png.length} bytes`);
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`make-icons failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
