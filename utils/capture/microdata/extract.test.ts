import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import type { Finding } from '../types.ts';
import { extract } from './extract.ts';

let page: LoadedPage;
let findings: Finding[];
beforeAll(() => {
  page = loadHtml(readFileSync(path.join(import.meta.dirname, 'fixtures/agency.html'), 'utf8'));
  findings = extract(page.doc, page.url);
});
afterAll(() => page.close());

describe('microdata extract', () => {
  it('reads telephone and email properties with their item name and organisation', () => {
    expect(findings.map(({ kind, raw, name, company }) => ({ kind, raw, name, company }))).toEqual([
      { kind: 'phone', raw: '(31) 3222-1100', name: 'Viagens Sol', company: 'Viagens Sol' },
      { kind: 'phone', raw: '+55 31 99888-7766', name: 'Viagens Sol', company: 'Viagens Sol' },
      { kind: 'email', raw: 'mailto:reservas@viagenssol.example', name: 'Viagens Sol', company: 'Viagens Sol' },
      { kind: 'phone', raw: '0800 600 7000', name: 'Viagens Sol', company: 'Viagens Sol' },
      { kind: 'phone', raw: '+5531988776655', name: 'Paula Reis', company: 'Viagens Sol' },
      { kind: 'email', raw: 'paula@viagenssol.example', name: 'Paula Reis', company: 'Viagens Sol' },
      { kind: 'phone', raw: '(31) 99777-6655', name: 'Rui Campos', company: 'Guia Independente' },
    ]);
  });

  it('counts <meta> properties but not items inside <template>', () => {
    expect(findings.some((finding) => finding.raw === '+55 31 99888-7766')).toBe(true);
    expect(findings.some((finding) => finding.raw.includes('90000'))).toBe(false);
  });

  it('weighs structured data above links and text', () => {
    expect(findings.every((finding) => finding.source === 'microdata' && finding.weight === 0.9)).toBe(true);
  });
});
