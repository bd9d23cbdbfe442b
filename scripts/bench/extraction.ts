/**
 * Issues 4 and 15's figures: extraction time on the 10,000-element page against one bare pass
 * over its text nodes (same run, same page), and precision/recall on every fixture next to the
 * anchor (libphonenumber-js `findPhoneNumbersInText` plus a plain e-mail regex over
 * `innerText`), both read with the fixture's default phone country.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { findPhoneNumbersInText } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CliCapture } from '../../utils/capture/project';
import { addCounts, precision, recall, scoreCapture, type Counts, type QualityScore } from '../../utils/capture/quality';
import { PAGE_FIXTURES as FIXTURES, expectedFor, fixtureCountry, pageFixtures } from '../../utils/capture/testing/page-fixtures';
import { extractPage, loadCaptureBundle } from '../extract/run';

/** The two passes take turns, so a busy machine slows both alike; 41 runs each steady the median. */
const RUNS = 41;
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

interface Timing {
  median: number;
  fastest: number;
}
const timing = (values: number[]): Timing => ({ median: median(values), fastest: Math.min(...values) });

/** Our injected collector and a bare TreeWalker pass, alternated in one page. */
async function timeLargePage(browser: Browser, bundle: string): Promise<{ ours: Timing; bare: Timing }> {
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
  return { ours: timing(ours), bare: timing(bare) };
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;

async function anchorCapture(browser: Browser, file: string, country: string): Promise<Pick<CliCapture, 'phones' | 'emails'>> {
  const page = await openFixture(browser, file);
  const text = await page.evaluate(() => document.body.innerText);
  await page.close();
  const phones = [...new Set(findPhoneNumbersInText(text, country as CountryCode).map((found) => found.number.number))];
  const emails = [...new Set((text.match(EMAIL) ?? []).map((email) => email.toLowerCase()))];
  return { phones, emails };
}

const zero: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
const ratios = (counts: Counts) => `P ${precision(counts).toFixed(2)} R ${recall(counts).toFixed(2)}`;
const line = (label: string, counts: Counts) =>
  `  ${label.padEnd(8)} precision ${precision(counts).toFixed(2)}  recall ${recall(counts).toFixed(2)}  (${counts.truePositives} right, ${counts.falsePositives} wrong, ${counts.falseNegatives} missed)`;

interface FixtureRow {
  file: string;
  country: string;
  ours: QualityScore;
  anchor: QualityScore;
}

async function scoreFixtures(browser: Browser, bundle: string): Promise<FixtureRow[]> {
  const rows: FixtureRow[] = [];
  for (const file of pageFixtures()) {
    const country = fixtureCountry(file);
    const expected = expectedFor(file);
    const ours = await extractPage(browser, bundle, { target: path.join(FIXTURES, file), url: fixtureUrl(file), country });
    rows.push({ file, country, ours: scoreCapture(ours, expected), anchor: scoreCapture(await anchorCapture(browser, file, country), expected) });
  }
  return rows;
}

function printFixtureTable(rows: FixtureRow[]): void {
  const width = Math.max(...rows.map((row) => row.file.length));
  console.log(`\nEvery fixture, read with its default phone country (phones + e-mails; "first" = the prefilled contact is the expected one)`);
  console.log(`  ${'fixture'.padEnd(width)}  country  ours               first  anchor`);
  for (const row of rows) {
    const first = row.ours.firstContactNamed ? 'yes' : 'no';
    console.log(`  ${row.file.padEnd(width)}  ${row.country.padEnd(7)}  ${ratios(row.ours.total).padEnd(17)}  ${first.padEnd(5)}  ${ratios(row.anchor.total)}`);
  }
  for (const country of [...new Set(rows.map((row) => row.country))]) {
    const ofCountry = rows.filter((row) => row.country === country);
    console.log(`\n${country} default (${ofCountry.length} fixtures, micro-averaged)`);
    console.log(
      line(
        'ours',
        ofCountry.reduce((sum, row) => addCounts(sum, row.ours.total), zero),
      ),
    );
    console.log(
      line(
        'anchor',
        ofCountry.reduce((sum, row) => addCounts(sum, row.anchor.total), zero),
      ),
    );
  }
  console.log(`\nAll ${rows.length} fixtures`);
  console.log(
    line(
      'ours',
      rows.reduce((sum, row) => addCounts(sum, row.ours.total), zero),
    ),
  );
  console.log(
    line(
      'anchor',
      rows.reduce((sum, row) => addCounts(sum, row.anchor.total), zero),
    ),
  );
}

export async function printExtractionBench(): Promise<void> {
  const bundle = await loadCaptureBundle();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const { ours, bare } = await timeLargePage(browser, bundle);
    console.log('\nExtraction on the 10,000-element page (%d alternated runs each, headless Chromium; fastest = least disturbed by other load)', RUNS);
    console.log(`  injected collector  median ${ours.median.toFixed(2)} ms  fastest ${ours.fastest.toFixed(2)} ms   (target ≤ 20 ms)`);
    console.log(`  bare text-node pass median ${bare.median.toFixed(2)} ms  fastest ${bare.fastest.toFixed(2)} ms`);
    console.log(`  ratio of medians ${(ours.median / bare.median).toFixed(1)}×   (target ≤ 8×)   ratio of fastest ${(ours.fastest / bare.fastest).toFixed(1)}×`);
    printFixtureTable(await scoreFixtures(browser, bundle));
  } finally {
    await browser.close();
  }
}
