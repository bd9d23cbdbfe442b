import { afterEach, describe, expect, it } from 'vitest';
import { groupContacts, type NormalizedFinding } from './contacts.ts';
import { boundScan, limits } from './limits.ts';
import { buildCapture } from './normalize.ts';
import { collectPage } from './page/collect.ts';
import { loadHtml, type LoadedPage } from './testing/load-page.ts';
import type { Capture, Finding } from './types.ts';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

const RLO = '\u202e';
const ZWSP = '\u200b';

/** A page read the way the extension reads it: collected in the page, made a capture in the background. */
function captureOf(html: string, url = 'https://site.example/'): Capture {
  page = loadHtml(`<!doctype html><html>${html}</html>`, url);
  return buildCapture(collectPage(page.doc, page.url), 'BR');
}

function phone(order: number, overrides: Partial<Finding> = {}): Finding {
  return { kind: 'phone', raw: '(11) 4002-8922', source: 'text', name: 'Comercial', weight: 0.7, order, ...overrides };
}

describe('a capture of a hostile page stays within limits', () => {
  it('cuts a 5,000-character title and a 10,000-character URL', () => {
    const scan = captureOf(`<head><title>${'Título '.repeat(700)}</title></head><body></body>`, `https://site.example/?q=${'a'.repeat(10_000)}`);
    expect(scan.title.length).toBeLessThanOrEqual(limits.title);
    expect(scan.url.length).toBe(limits.url);
    expect(scan.url.startsWith('https://site.example/?q=aaa')).toBe(true);
  });

  it('cuts a 100 KB JSON-LD name', () => {
    const name = `Acme ${'x'.repeat(100_000)}`;
    const capture = captureOf(
      `<head><script type="application/ld+json">${JSON.stringify({ '@type': 'Organization', name, telephone: '+55 11 4002-8922' })}</script></head><body></body>`,
    );
    expect(capture.contacts.map((contact) => [contact.name?.length, contact.company?.length, contact.phones])).toEqual([[limits.name, limits.name, ['+551140028922']]]);
  });

  it('cuts a long raw value before it is parsed', () => {
    const long: Finding = phone(0, { raw: `+55 11 4002-8922 ${'9'.repeat(5000)}` });
    expect(boundScan({ url: '', title: '', findings: [long], profileName: null }).findings[0]?.raw).toHaveLength(limits.raw);
  });

  it.each([
    ['JSON-LD', `<head><script type="application/ld+json">{"@type":"Person","name":"Ana ${RLO}Souza${ZWSP}","telephone":"(11) 4002-8922"}</script></head><body></body>`],
    [
      'microdata',
      `<body><div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ana ${RLO}Souza${ZWSP}</span> <span itemprop="telephone">(11) 4002-8922</span></div></body>`,
    ],
    ['an h-card', `<body><div class="h-card"><span class="p-name">Ana ${RLO}Souza${ZWSP}</span> <span class="p-tel">(11) 4002-8922</span></div></body>`],
    ['a heading over text', `<body><div><h3>Ana ${RLO}Souza${ZWSP}</h3><p>(11) 4002-8922</p></div></body>`],
    ['a label before a link', `<body><p>Ana ${RLO}Souza${ZWSP}: <a href="tel:+551140028922">ligar</a></p></body>`],
  ])('strips bidi overrides and zero-width characters from a name read from %s', (_, html) => {
    expect(captureOf(html).contacts.map((contact) => contact.name)).toEqual(['Ana Souza']);
  });

  it('keeps the strongest findings, in page order, when a page has too many', () => {
    const findings = [...Array.from({ length: limits.findings + 500 }, (_, order) => phone(order + 1)), phone(0, { source: 'jsonld', weight: 0.9, raw: '+55 11 4002-8999' })];
    const bounded = boundScan({ url: '', title: '', findings, profileName: null }).findings;
    expect(bounded).toHaveLength(limits.findings);
    expect(bounded.at(-1)?.raw).toBe('+55 11 4002-8999');
    expect(bounded.slice(0, 3).map((finding) => finding.order)).toEqual([1, 2, 3]);
  });

  it('ranks 200,000 findings of one contact without a stack overflow', { timeout: 30_000 }, () => {
    const findings: NormalizedFinding[] = Array.from({ length: 200_000 }, (_, order) => ({ ...phone(order, { name: null }), value: '+551140028922', line: '+551140028922' }));
    expect(groupContacts(findings).map((contact) => contact.phones)).toEqual([['+551140028922']]);
    const capture = buildCapture({ url: 'https://site.example/', title: 'x', findings, profileName: null }, 'BR');
    expect(capture.phones).toEqual(['+551140028922']);
  });
});
