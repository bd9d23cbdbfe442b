import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildCapture } from './normalize.ts';
import { collectPage } from './page/collect.ts';
import { toCliJson, type CliCapture } from './project.ts';
import { addCounts, precision, recall, scoreCapture, type Counts } from './quality.ts';
import { loadFixture, type LoadedPage } from './testing/load-page.ts';
import { PAGE_FIXTURES, expectedFor, fixtureCountry, fixtureHtml, pageFixtures } from './testing/page-fixtures.ts';

/**
 * Every page fixture, end to end: collect in the page, normalise as the background does with
 * the fixture's default country, project to the CLI shape, and compare with what a demanding
 * reader wants (NAME.expected.json).
 */
const fixtures = pageFixtures();

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function capture(file: string): CliCapture {
  page = loadFixture(path.join(PAGE_FIXTURES, file), file);
  return toCliJson(buildCapture(collectPage(page.doc, page.url), fixtureCountry(file) as Parameters<typeof buildCapture>[1]));
}

describe('page fixtures', () => {
  it('cover at least 16 pages, each with its expectation and a comment saying what it models', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(16);
    for (const file of fixtures) {
      expect(fixtureHtml(file)).toMatch(/^<!doctype html>\s*<!--\s*Models:/i);
      expect(() => expectedFor(file)).not.toThrow();
    }
  });

  // The 10,000-element page takes seconds in happy-dom on a busy machine.
  it.each(fixtures)('%s gives what a reader wants', { timeout: 30_000 }, (file) => {
    expect(capture(file)).toEqual(expectedFor(file));
  });

  it('reach full precision and recall over all fixtures', { timeout: 60_000 }, () => {
    let total: Counts = { truePositives: 0, falsePositives: 0, falseNegatives: 0 };
    for (const file of fixtures) {
      total = addCounts(total, scoreCapture(capture(file), expectedFor(file)).total);
    }
    expect({ precision: precision(total), recall: recall(total) }).toEqual({ precision: 1, recall: 1 });
  });
});
