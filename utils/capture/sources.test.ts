import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_SOURCES } from './page/collect.ts';
import { FINDING_SOURCES, type PageSource } from './types.ts';

/**
 * Capture sources are plugins with one shape: <source>/extract.ts, <source>/extract.test.ts,
 * fixtures in <source>/fixtures/, and (page sources) registration in page/collect.ts. A folder
 * is a source when it is named in FINDING_SOURCES or holds an extract.ts.
 */
const CAPTURE = import.meta.dirname;
/** WhatsApp Web is read by its own content script, not by collectPage; its owner tests its shape. */
const OWN_CONTENT_SCRIPT = new Set(['whatsapp']);
/** A selection is plain text from the context menu, not a page source: it has no registration. */
const NOT_A_PAGE_SOURCE = 'selection';

const folders = readdirSync(CAPTURE, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const sources = folders.filter(
  (name) => !OWN_CONTENT_SCRIPT.has(name) && ((FINDING_SOURCES as readonly string[]).includes(name) || existsSync(path.join(CAPTURE, name, 'extract.ts'))),
);

function isPageSource(name: string): name is PageSource {
  return name in PAGE_SOURCES;
}

describe('capture sources', () => {
  it('has a folder for every finding source', () => {
    expect(sources).toEqual(expect.arrayContaining([...FINDING_SOURCES]));
  });

  it.each(sources)('%s has extract.ts, a test and a fixture', (name) => {
    const folder = path.join(CAPTURE, name);
    expect(existsSync(path.join(folder, 'extract.ts')), 'extract.ts').toBe(true);
    expect(existsSync(path.join(folder, 'extract.test.ts')), 'extract.test.ts').toBe(true);
    const fixtures = existsSync(path.join(folder, 'fixtures')) ? readdirSync(path.join(folder, 'fixtures')) : [];
    expect(fixtures.filter((file) => /\.(?:html|txt)$/.test(file)).length, 'fixtures/*.html or *.txt').toBeGreaterThan(0);
  });

  it.each(sources)('%s is registered where it is read', async (name) => {
    const module = (await import(`./${name}/extract.ts`)) as Record<string, unknown>;
    if (name === NOT_A_PAGE_SOURCE) {
      expect(module['extractFromText']).toBeTypeOf('function');
      return;
    }
    expect(isPageSource(name), `PAGE_SOURCES in page/collect.ts lists ${name}`).toBe(true);
    if (isPageSource(name)) expect(PAGE_SOURCES[name]).toBe(module['extract']);
  });
});
