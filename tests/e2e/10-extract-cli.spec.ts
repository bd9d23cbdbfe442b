import { chromium, expect, test, type Browser } from '@playwright/test';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM } from './extension';
import { extractPage, loadCaptureBundle } from '../../scripts/extract/run';
import { fixtureCountry } from '../../utils/capture/testing/page-fixtures';

const FIXTURES = path.resolve('tests/fixtures/pages');
const pages = readdirSync(FIXTURES).filter((file) => file.endsWith('.html'));
/** Fixtures pretend to live on a Brazilian company site (the same URL the unit path uses). */
export const fixtureUrl = (file: string) => `https://www.example.com.br/${file.replace(/\.html$/, '')}`;

let browser: Browser;
let bundle: string;
test.beforeAll(async () => {
  bundle = await loadCaptureBundle();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
});
test.afterAll(() => browser.close());

/** The injected script as shipped (production build, WXT's wrapper included): 30 KB, counted in bytes. */
const INJECTED_BUDGET_BYTES = 30 * 1024;

test('the injected page-capture.js, as built for production, stays within 30 KB', () => {
  expect(Buffer.byteLength(bundle)).toBeLessThanOrEqual(INJECTED_BUDGET_BYTES);
});

test.describe('extraction in real Chromium with the injected bundle (the CLI path)', () => {
  for (const file of pages) {
    test(file, async () => {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, file.replace(/\.html$/, '.expected.json')), 'utf8')) as unknown;
      const result = await extractPage(browser, bundle, { target: path.join(FIXTURES, file), url: fixtureUrl(file), country: fixtureCountry(file) });
      expect(result).toEqual(expected);
    });
  }
});

test.describe('npm run extract', () => {
  const run = promisify(execFile);

  test('prints one JSON object on stdout', async () => {
    const file = path.join(FIXTURES, 'classified-ad.html');
    const { stdout } = await run('npx', ['tsx', 'scripts/extract.ts', file, '--url', fixtureUrl('classified-ad.html'), '--country', 'BR']);
    const expected = JSON.parse(readFileSync(path.join(FIXTURES, 'classified-ad.expected.json'), 'utf8')) as unknown;
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  test('reports errors on stderr with a non-zero exit', async () => {
    const failure = await run('npx', ['tsx', 'scripts/extract.ts', 'no-such-page.html']).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/^extract: .*no-such-page\.html/m);
  });
});
