import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import { emailsIn } from '../normalize.ts';
import type { Finding } from '../types.ts';
import { extract } from './extract.ts';

const FIXTURE = path.join(import.meta.dirname, 'fixtures/links.html');
let page: LoadedPage;
let findings: Finding[];

beforeAll(() => {
  page = loadHtml(readFileSync(FIXTURE, 'utf8'));
  findings = extract(page.doc, page.url);
});
afterAll(() => page.close());

/** A mailto: is passed whole and read in the background: summarised as the recipients it stands for. */
const summary = (finding: Finding) => (finding.kind === 'email' ? emailsIn(finding.raw) : [finding.raw]).map((raw) => [finding.kind, raw, finding.name, finding.whatsapp === true]);

describe('links extract', () => {
  it('reads tel:, mailto: and WhatsApp links with the name of their section', () => {
    expect(findings.flatMap(summary)).toEqual([
      ['phone', '+551140028922 ext. 12', 'Vendas', false],
      ['phone', '+5511 4002-8923', 'Vendas', false],
      ['phone', '011 40028924', 'Vendas', false],
      ['email', 'vendas@loja.example', 'Vendas', false],
      ['email', 'pedidos@loja.example', 'Vendas', false],
      ['email', 'copia@loja.example', 'Vendas', false],
      ['phone', '+5511987650001', 'Atendimento digital', true],
      ['phone', '+5511987650002', 'Atendimento digital', true],
      ['phone', '+5511987650003', 'Atendimento digital', true],
      ['phone', '+5511987650004', 'Atendimento digital', true],
      ['phone', '+5511987650005', 'Atendimento digital', true],
      ['email', 'ana.souza@loja.example', 'Ana Souza', false],
    ]);
  });

  it('skips links a person cannot see', () => {
    expect(findings.some((finding) => finding.raw.includes('11911112222'))).toBe(false);
  });

  it('weighs links below structured data and above text, in document order', () => {
    expect(findings.every((finding) => finding.source === 'links' && finding.weight === 0.8)).toBe(true);
    const orders = findings.map((finding) => finding.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
  });
});
