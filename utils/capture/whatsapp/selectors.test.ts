import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { LoadedPage } from '../testing/load-page';
import { SELECTORS, findHeader, headerTitleOf } from './selectors';
import { FIXTURE_DIR, FIXTURES, loadWhatsapp } from './testing';

const pages = new Map<string, LoadedPage>(FIXTURES.map((file) => [file, loadWhatsapp(file.replace(/\.\d{4}-\d{2}-\d{2}\.html$/, ''))]));
afterAll(() => Promise.all([...pages.values()].map((page) => page.close())));

describe('WhatsApp selectors and fixtures', () => {
  it('has at least seven dated fixtures, each named in selectors.ts', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(7);
    const source = readFileSync(path.join(FIXTURE_DIR, '..', 'selectors.ts'), 'utf8');
    for (const file of FIXTURES) {
      expect(file).toMatch(/^[a-z0-9-]+\.\d{4}-\d{2}-\d{2}\.html$/);
      expect(source, `${file} is not cited in selectors.ts`).toContain(file.replace(/\.html$/, ''));
    }
  });

  it('covers both the data-testid builds and the builds without them', () => {
    const withTestIds = FIXTURES.filter((file) => readFileSync(path.join(FIXTURE_DIR, file), 'utf8').includes('data-testid'));
    expect(withTestIds.length).toBeGreaterThan(0);
    expect(withTestIds.length).toBeLessThan(FIXTURES.length);
  });

  // A variant no fixture matches is either dead or unproven: both must be fixed, not kept.
  for (const [name, variants] of Object.entries(SELECTORS)) {
    for (const selector of variants) {
      it(`${name}: "${selector}" is proven by at least one fixture`, () => {
        const proving = [...pages].filter(([, page]) => page.doc.querySelector(selector) !== null).map(([file]) => file);
        expect(proving.length).toBeGreaterThan(0);
      });
    }
  }

  it('finds the header and its title in every layout variant', () => {
    const titles = Object.fromEntries([...pages].map(([file, page]) => [file.split('.')[0], headerTitleOf(findHeader(page.doc)!)]));
    expect(titles).toEqual({
      'br-12-digit': 'Carlos Pereira',
      'business-account': 'Padaria Sol',
      channel: 'Ofertas Imóveis SP',
      'group-chat': 'Grupo Vendas Zona Sul',
      'lid-chat': 'Paulo Mendes',
      'saved-contact-newer': 'Rafael Gomes',
      'saved-contact-no-messages': 'Juliana Costa',
      'saved-contact': 'Maria Souza',
      'unsaved-contact': '+55 11 98765-4321',
    });
  });
});
