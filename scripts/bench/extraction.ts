/**
 * Issue 4's figures: extraction time on the 10,000-element page against one bare pass over its
 * text nodes (same run, same page), and precision/recall on every fixture next to the anchor —
 * libphonenumber-js `findPhoneNumbersInText` plus a plain e-mail regex over `innerText`.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { addCounts, precision, recall, scoreCapture, type Counts } from '../../utils/capture/quality';
import type { CliCapture } from '../../utils/capture/project';
import { extractPage, loadCaptureBundle } from '../extract/run';

const FIXTURES = path.resolve('tests/fixtures/pages');
const RUNS = 25;
const fixtureUrl = (file: string) => `https://www.example.com.br/${file.replace(/\.html$/, '')}`;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function openFixture(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  const url = fixtureUrl(file);
  await page.route('**/*', (route) =>
    route.request().url() === url ? route.fulfill({ body: readFileSync(path.join(FIXTURES, file)), contentType: 'text/html; charset=utf-8' }) : route.abort(),
  );
  await page.goto(url);
  return page;
}

/** Median ms of our injected collector and of a bare TreeWalker pass, alternated in one page. */
async function timeLargePage(browser: Browser, bundle: string): Promise<{ ours: number; bare: number }> {
  const page = await openFixture(browser, 'large.html');
  const ours: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    ours.push(
      await page.evaluate((code) => {
        const start = performance.now();
        (0, eval)(code);
        return performance.now() - start;
      }, bundle),
    );
    bare.push(
      await page.evaluate(() => {
        const start = performance.now();
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        let length = 0;
        while (walker.nextNode()) length += walker.currentNode.nodeValue?.length ?? 0;
        return length >= 0 ? performance.now() - start : 0;
      }),
    );
  }
  await page.close();
  return { ours: median(ours), bare: median(bare) };
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

async function anchorCapture(browser: Browser, file: string): Promise<Pick<CliCapture, 'phones' | 'emails'>> {
  const page = await openFixture(browser, file);
  const text = await page.evaluate(() => document.body.innerText);
  await page.close();
  const phones = [...new Set(findPhoneNumbersInText(text, 'BR').map((found) => found.number.number))];
  const emails = [...new Set((text.match(EMAIL) ?? []).map((email) => email.toLowerCase()))];
  return { phones, emails };
}

const zero: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
const line = (label: string, counts: Counts) =>
  `  ${label.padEnd(8)} precision ${precision(counts).toFixed(2)}  recall ${recall(counts).toFixed(2)}  (${counts.truePositives} right, ${counts.falsePositives} wrong, ${counts.falseNegatives} missed)`;

export async function printExtractionBench(): Promise<void> {
  const bundle = await loadCaptureBundle();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const { ours, bare } = await timeLargePage(browser, bundle);
    console.log('\nExtraction on the 10,000-element page (median of %d runs, headless Chromium)', RUNS);
    console.log(`  injected collector  ${ours.toFixed(2)} ms   (target ≤ 20 ms)`);
    console.log(`  bare text-node pass ${bare.toFixed(2)} ms   ratio ${(ours / bare).toFixed(1)}×   (target ≤ 3×)`);

    let ourTotal = zero;
    let anchorTotal = zero;
    const files = readdirSync(FIXTURES).filter((file) => file.endsWith('.html'));
    for (const file of files) {
      const expected = JSON.parse(readFileSync(path.join(FIXTURES, file.replace(/\.html$/, '.expected.json')), 'utf8')) as CliCapture;
      const ourCapture = await extractPage(browser, bundle, { target: path.join(FIXTURES, file), url: fixtureUrl(file), country: 'BR' });
      ourTotal = addCounts(ourTotal, scoreCapture(ourCapture, expected).total);
      anchorTotal = addCounts(anchorTotal, scoreCapture(await anchorCapture(browser, file), expected).total);
    }
    console.log(`\nPrecision/recall over ${files.length} fixtures (phones + e-mails, micro-averaged)`);
    console.log(line('ours', ourTotal));
    console.log(line('anchor', anchorTotal));
  } finally {
    await browser.close();
  }
}
