import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CliCapture } from '../project.ts';

/**
 * The page fixtures (tests/fixtures/pages): NAME.html, whose first comment says what it models,
 * and NAME.expected.json, what a demanding reader wants from it. A page is read with Brazil as
 * the user's default phone country unless its comment says "Default country: XX".
 */
export const PAGE_FIXTURES = path.resolve(import.meta.dirname, '../../../tests/fixtures/pages');

export function pageFixtures(): string[] {
  return readdirSync(PAGE_FIXTURES)
    .filter((file) => file.endsWith('.html'))
    .sort();
}

export function fixtureHtml(file: string): string {
  return readFileSync(path.join(PAGE_FIXTURES, file), 'utf8');
}

export function fixtureCountry(file: string): string {
  return /Default country: ([A-Z]{2})\./.exec(fixtureHtml(file).slice(0, 2000))?.[1] ?? 'BR';
}

export function expectedFor(file: string): CliCapture {
  return JSON.parse(readFileSync(path.join(PAGE_FIXTURES, file.replace(/\.html$/, '.expected.json')), 'utf8')) as CliCapture;
}
