/**
 * Renders assets/icon.svg to the PNG sizes the stores and browsers use (public/icon/<size>.png,
 * which WXT lists in the manifest's `icons`). Run after editing the SVG:
 * `npx tsx scripts/zip/render-icons.ts`. Uses the system Chromium, as the e2e tests do.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('assets/icon.svg', 'utf8');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const size of SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    writeFileSync(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`public/icon/{${SIZES.join(',')}}.png written`);
