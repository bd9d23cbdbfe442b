import { describe, expect, it } from 'vitest';
import { confidenceOf, hasRealDomainShape, type ValueEvidence } from './confidence.ts';
import { nameOrigin, viaOf, whatsappOrigin } from './origin.ts';
import type { Finding } from './types.ts';

const evidence = (overrides: Partial<ValueEvidence>): ValueEvidence => ({
  kind: 'phone',
  source: 'text',
  valid: true,
  home: true,
  named: false,
  chrome: false,
  ...overrides,
});

describe('confidenceOf: phones and e-mails', () => {
  it.each<[string, Partial<ValueEvidence>, string]>([
    ['a named tel: link', { source: 'links', via: 'tel', named: true }, 'high'],
    ['a JSON-LD telephone of a named item', { source: 'jsonld', named: true }, 'high'],
    ['an unnamed tel: link', { source: 'links', via: 'tel' }, 'medium'],
    ['an unnamed tel: link in the footer', { source: 'links', via: 'tel', chrome: true }, 'low'],
    ['text after "Celular:" next to a name', { via: 'mobile', named: true }, 'high'],
    ['text next to a name, no label', { named: true }, 'medium'],
    ['text after a label, nobody named', { via: 'phone' }, 'medium'],
    ['bare text, nobody named', {}, 'low'],
    ['a foreign number in labelled, named text', { via: 'phone', named: true, home: false }, 'medium'],
    ['a selection with a label and a name', { source: 'selection', via: 'mobile', named: true }, 'high'],
    ['the WhatsApp chat id read from the store', { source: 'whatsapp', via: 'store' }, 'high'],
    ["the WhatsApp header's title", { source: 'whatsapp', via: 'header-title' }, 'medium'],
    ['a mailto: link of a named person', { kind: 'email', source: 'links', via: 'mailto', named: true }, 'high'],
    ['a Cloudflare-protected e-mail next to a name', { kind: 'email', via: 'cf', named: true }, 'medium'],
  ])('%s → %s', (_, overrides, expected) => {
    expect(confidenceOf(evidence(overrides))).toBe(expected);
  });

  it('puts a value that failed its check at low, whatever its source', () => {
    expect(confidenceOf(evidence({ source: 'jsonld', named: true, valid: false }))).toBe('low');
    expect(confidenceOf(evidence({ kind: 'email', source: 'links', via: 'mailto', named: true, valid: false }))).toBe('low');
  });
});

describe('confidenceOf: names', () => {
  it.each<[string, Partial<ValueEvidence>, string]>([
    ['structured data', { source: 'hcard' }, 'high'],
    ["WhatsApp's store", { source: 'whatsapp', via: 'store' }, 'high'],
    ["WhatsApp's header", { source: 'whatsapp', via: 'header-title' }, 'medium'],
    ['a heading or label next to a value', { source: 'text' }, 'medium'],
    ["the site's owner standing in", { source: 'links', via: 'site' }, 'low'],
  ])('%s → %s', (_, overrides, expected) => {
    expect(confidenceOf(evidence({ kind: 'name', ...overrides }))).toBe(expected);
  });
});

describe('hasRealDomainShape', () => {
  it.each(['ana@padariasol.example', 'vendas@acme.com.br', 'x@uol.com.br', 'joão@acentos.example', 'a@163.com'])('%s is somebody’s', (email) => {
    expect(hasRealDomainShape(email)).toBe(true);
  });
  it.each(['seu@email.com', 'nome@dominio.com.br', 'you@yourdomain.com', 'contato@suaempresa.com.br', 'fulano@exemplo.com'])('%s is a sample', (email) => {
    expect(hasRealDomainShape(email)).toBe(false);
  });
});

describe('origins', () => {
  const finding = (overrides: Partial<Finding>): Finding => ({ kind: 'phone', raw: '(11) 4002-8922', source: 'text', name: null, weight: 0.7, order: 0, ...overrides });

  it('tells the link kind, the label before a phone, and a protected e-mail', () => {
    expect(viaOf(finding({ source: 'links' }))).toBe('tel');
    expect(viaOf(finding({ source: 'links', whatsapp: true }))).toBe('wa');
    expect(viaOf(finding({ source: 'links', kind: 'email', raw: 'a@b.example' }))).toBe('mailto');
    expect(viaOf(finding({ cue: 'Cel' }))).toBe('mobile');
    expect(viaOf(finding({ cue: 'zap' }))).toBe('whatsapp');
    expect(viaOf(finding({ cue: 'SAC' }))).toBe('service');
    expect(viaOf(finding({ cue: 'Fone' }))).toBe('phone');
    expect(viaOf(finding({ kind: 'email', raw: 'cfemail:0a1b' }))).toBe('cf');
    expect(viaOf(finding({ source: 'jsonld' }))).toBeUndefined();
  });

  it("marks a name that is only the site's owner", () => {
    expect(nameOrigin(finding({ source: 'jsonld' }), false)).toEqual({ source: 'jsonld', confidence: 'high' });
    expect(nameOrigin(finding({}), true)).toEqual({ source: 'text', via: 'site', confidence: 'low' });
  });

  it('names the WhatsApp layer', () => {
    expect(whatsappOrigin('phone', 'send-url')).toEqual({ source: 'whatsapp', via: 'send-url', confidence: 'high' });
    expect(whatsappOrigin('phone', null)).toEqual({ source: 'whatsapp', confidence: 'high' });
  });
});
