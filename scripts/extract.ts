/**
 * `npm run extract -- <file.html | http(s)-URL> [--url <URL the page pretends to be at>] [--country BR]`
 * Prints {"contacts":[{name, phones, emails}], "phones":[…], "emails":[…]} on stdout.
 */
import { chromium } from '@playwright/test';
import { parseArgs } from 'node:util';
import { extractPage, loadCaptureBundle } from './extract/run';

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { url: { type: 'string' }, country: { type: 'string', default: 'BR' } },
  });
  const target = positionals[0];
  if (!target || positionals.length > 1) throw new Error('usage: npm run extract -- <file.html | http(s)-URL> [--url <URL>] [--country BR]');
  if (!/^[A-Z]{2}$/.test(values.country ?? '')) throw new Error(`--country must be a two-letter ISO code, got "${values.country}"`);
  const bundle = await loadCaptureBundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const result = await extractPage(browser, bundle, { target, url: values.url, country: values.country! });
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`extract: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
