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

const SEO_TITLE = '<title>Pão artesanal em Curitiba – Entrega em 40 minutos</title>';
const LEGAL_FOOTER = '<footer><p>© 2026 Padaria Pão Dourado Ltda. – CNPJ 12.345.678/0001-90. Todos os direitos reservados.</p></footer>';

describe('who runs the site', () => {
  it('takes the logo alt text, without the word "logo", over an SEO title', () => {
    expect(scanOf(SEO_TITLE, '<header><img class="site-logo" alt="Logo Padaria Pão Dourado" src="/a.svg"></header>').siteName).toBe('Padaria Pão Dourado');
    expect(scanOf(SEO_TITLE, '<img src="/img/logotipo.png" alt="Padaria Pão Dourado logotipo">').siteName).toBe('Padaria Pão Dourado');
  });

  it('reads no name from a product photo or from a logo with no words', () => {
    expect(scanOf(SEO_TITLE, '<img src="/pao.jpg" alt="Pão italiano"><img class="logo" alt="Logo">').siteName).toBe('Entrega em 40 minutos');
  });

  it('takes the footer legal name when there is no logo, cut before the CNPJ and the rights line', () => {
    expect(scanOf(SEO_TITLE, LEGAL_FOOTER).siteName).toBe('Padaria Pão Dourado Ltda');
    expect(scanOf('<title>Home</title>', '<footer>Copyright © 2019-2026 VendeJá Classificados S.A. | Termos de uso</footer>').siteName).toBe('VendeJá Classificados S.A');
  });

  it('keeps the site name the page declares over its logo and footer', () => {
    const declared = '<meta property="og:site_name" content="Pão Dourado">';
    expect(scanOf(declared + SEO_TITLE, `<img class="logo" alt="Logo Padaria Pão Dourado">${LEGAL_FOOTER}`).siteName).toBe('Pão Dourado');
  });
});

describe('a listing: a platform page about whoever posted it', () => {
  it('is told by og:type product or a JSON-LD product, offer or job', () => {
    expect(scanOf('<meta property="og:type" content="product">').listing).toBe(true);
    expect(scanOf('<script type="application/ld+json">{"@type":"JobPosting","title":"Vendedor"}</script>').listing).toBe(true);
    expect(scanOf('<script type="application/ld+json">{"@type":"https://schema.org/Offer"}</script>').listing).toBe(true);
  });

  it('is not a company page, a profile or an article', () => {
    expect(scanOf('<meta property="og:type" content="website">').listing).toBe(false);
    expect(scanOf('<meta property="og:type" content="article">').listing).toBe(false);
    expect(scanOf('<script type="application/ld+json">{"@type":"Organization","name":"Acme"}</script>').listing).toBe(false);
  });
});
