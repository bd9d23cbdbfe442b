import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import type { Finding } from '../types.ts';
import { extract } from './extract.ts';

let page: LoadedPage;
let findings: Finding[];
beforeAll(() => {
  page = loadHtml(readFileSync(path.join(import.meta.dirname, 'fixtures/cards.html'), 'utf8'), 'https://joana.example/');
  findings = extract(page.doc, page.url);
});
afterAll(() => page.close());

describe('hcard extract', () => {
  it('reads mf2 and classic cards with their names and organisations', () => {
    expect(findings.map(({ kind, raw, name, company }) => ({ kind, raw, name, company }))).toEqual([
      { kind: 'phone', raw: '+5521998887766', name: 'Joana Prado', company: 'Prado Fotografia' },
      { kind: 'email', raw: 'mailto:oi@joana.example', name: 'Joana Prado', company: 'Prado Fotografia' },
      { kind: 'phone', raw: '+552125550101', name: 'Prado Fotografia', company: 'Prado Fotografia' },
      { kind: 'phone', raw: '(21) 2555-0202', name: 'Dr. Otávio Luz', company: 'Clínica Luz' },
      { kind: 'phone', raw: '+5521997776655', name: 'Dr. Otávio Luz', company: 'Clínica Luz' },
      { kind: 'email', raw: 'otavio@clinicaluz.example', name: 'Dr. Otávio Luz', company: 'Clínica Luz' },
      // Value-class parts are joined, the text around them ("Tel.") is not the value.
      { kind: 'phone', raw: '(21)2555-0303', name: 'Rita Gomes', company: null },
    ]);
  });

  it('skips fax-only numbers and cards inside <template>', () => {
    expect(findings.map((finding) => finding.raw).join(' ')).not.toMatch(/0203|90000/);
  });

  it('weighs the representative h-card (url = the page) as the profile person', () => {
    expect(findings.filter((finding) => finding.name === 'Joana Prado').map((finding) => finding.weight)).toEqual([1, 1]);
    expect(findings.find((finding) => finding.name === 'Rita Gomes')?.weight).toBe(0.9);
  });
});
