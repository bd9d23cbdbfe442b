import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import type { Finding } from '../types.ts';
import { extract } from './extract.ts';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function extractFixture(name: string): Finding[] {
  page = loadHtml(readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8'));
  return extract(page.doc, page.url);
}

const summary = ({ kind, raw, name, company, weight }: Finding) => ({ kind, raw, name, company, weight });

describe('jsonld extract', () => {
  it('reads every node with a telephone or email, following @graph, arrays and @id references', () => {
    expect(extractFixture('graph.html').map(summary)).toEqual([
      { kind: 'phone', raw: '+55 11 4002-8922', name: 'Acme Ltda', company: 'Acme Ltda', weight: 0.9 },
      { kind: 'phone', raw: '(11) 4002-8923', name: 'Acme Ltda', company: 'Acme Ltda', weight: 0.9 },
      { kind: 'email', raw: 'contato@acme.example', name: 'Acme Ltda', company: 'Acme Ltda', weight: 0.9 },
      // A ContactPoint speaks for its organisation.
      { kind: 'phone', raw: '+55-11-98765-0001', name: 'Acme Ltda', company: 'Acme Ltda', weight: 0.9 },
      { kind: 'email', raw: 'ana@acme.example', name: 'Ana Souza', company: 'Acme Ltda', weight: 0.9 },
      { kind: 'phone', raw: '+551140028925', name: 'Loja Centro', company: 'Loja Centro', weight: 0.9 },
      { kind: 'phone', raw: '+55 11 98765-0002', name: 'Bruno Lima', company: 'Loja Centro', weight: 0.9 },
    ]);
  });

  it('skips fax numbers, unparsable blocks and blocks inside <template>', () => {
    const raws = extractFixture('graph.html').map((finding) => finding.raw);
    expect(raws.join(' ')).not.toMatch(/8929|8924|8926/);
  });

  it('weighs the profile page main person above everything else', () => {
    expect(extractFixture('profile-page.html').map(summary)).toEqual([
      { kind: 'phone', raw: '+55 21 99876-5432', name: 'Carla Dias', company: 'Dias Design', weight: 1 },
      { kind: 'phone', raw: '+55 21 2555-0100', name: 'Dias Design', company: 'Dias Design', weight: 0.9 },
    ]);
  });

  it('keeps hostile names as plain text', () => {
    page = loadHtml('<script type="application/ld+json">{"@type":"Person","name":"<img src=x onerror=alert(1)>","email":"x@y.example"}</script>');
    expect(extract(page.doc, page.url)[0]?.name).toBe('<img src=x onerror=alert(1)>');
  });
});
