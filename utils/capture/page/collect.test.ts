import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadFixture, loadHtml, type LoadedPage } from '../testing/load-page.ts';
import { collectPage } from './collect.ts';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function scanOf(head: string, body = '') {
  page = loadHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://site.example/perfil');
  return collectPage(page.doc, page.url);
}

describe('collectPage', () => {
  it('reads every source once and reports the page', () => {
    const scan = scanOf(
      '<title>  Contato |\n Acme </title><script type="application/ld+json">{"@type":"Organization","name":"Acme","telephone":"+55 11 4002-8922"}</script>',
      '<p>Comercial: <a href="mailto:vendas@acme.example">vendas@acme.example</a> · (11) 4002-8930</p>',
    );
    expect(scan.url).toBe('https://site.example/perfil');
    expect(scan.title).toBe('Contato | Acme');
    expect(scan.findings.map((finding) => [finding.source, finding.raw, finding.name])).toEqual([
      ['jsonld', '+55 11 4002-8922', 'Acme'],
      ['links', 'mailto:vendas@acme.example', 'Comercial'],
      ['text', '(11) 4002-8930', 'Comercial'],
    ]);
  });

  it.each([
    ['og:type=profile', '<meta property="og:type" content="profile"><meta property="og:title" content="Ana Souza – Arquiteta">', ''],
    ['a JSON-LD ProfilePage', '<script type="application/ld+json">{"@type":"ProfilePage","mainEntity":{"@type":"Person","name":"Ana Souza"}}</script>', ''],
    [
      'microdata mainEntity',
      '',
      '<div itemscope itemtype="https://schema.org/ProfilePage"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana Souza</span></div></div>',
    ],
    ['a representative h-card', '', '<div class="h-card"><a class="p-name u-url" href="/perfil">Ana Souza</a></div>'],
  ])('finds the main person of a profile page from %s', (_, head, body) => {
    expect(scanOf(head, body).profileName).toBe('Ana Souza');
  });

  it('finds no main person on other pages, even with an article author', () => {
    const scan = scanOf('<script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Ana Souza"}}</script>', '<h1>Ana Souza</h1>');
    expect(scan.profileName).toBeNull();
  });

  it('computes styles only around candidates and walks the page once', () => {
    page = loadFixture(path.resolve(import.meta.dirname, '../../../tests/fixtures/pages/large.html'), 'large.html');
    const view = page.doc.defaultView;
    if (view === null) throw new Error('no window');
    const computeStyle = vi.spyOn(view, 'getComputedStyle');
    const createWalker = vi.spyOn(page.doc, 'createTreeWalker');
    const scan = collectPage(page.doc, page.url);
    expect(page.doc.getElementsByTagName('*')).toHaveLength(10_000);
    expect(scan.findings.length).toBeGreaterThan(0);
    expect(createWalker).toHaveBeenCalledTimes(1);
    expect(computeStyle.mock.calls.length).toBeLessThan(500);
  });
});
