import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import { collectPage } from './collect.ts';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function scanOf(head: string, body = '') {
  page = loadHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'https://site.example/');
  return collectPage(page.doc, page.url);
}

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
