import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import type { Finding } from '../types.ts';
import { normalizeEmail } from '../normalize.ts';
import { extract } from './extract.ts';

let page: LoadedPage;
let findings: Finding[];
beforeAll(() => {
  page = loadHtml(readFileSync(path.join(import.meta.dirname, 'fixtures/visible-text.html'), 'utf8'));
  findings = extract(page.doc, page.url);
});
afterAll(() => page.close());

describe('text extract', () => {
  it('finds what a person can see, named by its label, row or the site', () => {
    expect(findings.map(({ kind, raw, name, company }) => ({ kind, raw, name, company }))).toEqual([
      { kind: 'phone', raw: '(11) 4002-8922', name: null, company: 'Oficina Teste' },
      { kind: 'phone', raw: '(11) 3333-4444', name: 'Oficina', company: null },
      { kind: 'phone', raw: '(11) 3333-5555', name: 'Peças', company: null },
      { kind: 'email', raw: 'pecas@oficina.example', name: 'Peças', company: null },
      { kind: 'phone', raw: '(11) 3333-6666', name: null, company: 'Oficina Teste' },
      { kind: 'phone', raw: '(11) 3333-7777', name: 'Emergência', company: null },
      { kind: 'email', raw: 'fin@oficina.example', name: 'Financeiro', company: null },
      { kind: 'email', raw: 'cfemail:1f7c70716b7e6b705f7c70716b7e7d76737a677e6b7e317a677e726f737a', name: 'Gerente', company: null },
    ]);
  });

  it('hands a Cloudflare-protected address on for the normaliser to decode', () => {
    const protectedRaw = findings.find((finding) => finding.name === 'Gerente')?.raw ?? '';
    expect(normalizeEmail(protectedRaw)).toBe('contato@contabilexata.example');
  });

  it('leaves a contact link to the links source (its href is what is dialled)', () => {
    expect(findings.some((finding) => finding.raw.includes('3000-0001'))).toBe(false);
  });

  it('skips hidden text', () => {
    expect(findings.some((finding) => finding.raw.includes('98888'))).toBe(false);
  });

  it('orders findings as the page reads', () => {
    const phones = findings.filter((finding) => finding.kind === 'phone').map((finding) => finding.order);
    expect(phones).toEqual([...phones].sort((a, b) => a - b));
  });
});
