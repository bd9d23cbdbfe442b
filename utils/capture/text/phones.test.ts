import { describe, expect, it } from 'vitest';
import { INTERNATIONAL, findPhones } from './phones.ts';

const raws = (text: string) => findPhones(text).map((match) => match.raw);

describe('findPhones: Brazilian formats', () => {
  it.each([
    ['(11) 98765-4321'],
    ['(11) 9 8765-4321'],
    ['(11) 9.8765-4321'],
    ['(11)98765-4321'],
    ['11 98765-4321'],
    ['11-98765-4321'],
    ['(011) 98765-4321'],
    ['0 11 98765-4321'],
    ['(0xx11) 4002-8922'],
    ['+55 11 98765-4321'],
    ['+55 (11) 4002-8922'],
    ['+5511987654321'],
    ['55 11 98765 4321'],
    ['(11) 4002 8922'],
    ['0800 601 2345'],
    ['0800-701-2020'],
    ['4004-0001'],
  ])('%s', (phone) => {
    expect(raws(`Ligue: ${phone}.`)).toEqual([phone]);
  });

  it('lets a second number borrow the area code of the first', () => {
    expect(raws('Tel.: (11) 4002-8950 / 4002-8951 ou 98765-4321')).toEqual(['(11) 4002-8950', '(11) 4002-8951']);
    expect(raws('(21) 2555-0101, 2555-0102')).toEqual(['(21) 2555-0101', '(21) 2555-0102']);
  });

  it('takes bare digit runs only when a label says they are phones', () => {
    expect(raws('WhatsApp: 11987654321')).toEqual(['11987654321']);
    expect(raws('Código do anúncio: 1234567890')).toEqual([]);
    expect(raws('modelo 4020-2720')).toEqual([]);
  });

  it('marks numbers labelled WhatsApp and drops fax-only numbers', () => {
    const [whatsapp, landline] = findPhones('Zap: (11) 98765-4321 · Fixo: (11) 4002-8922');
    expect([whatsapp?.whatsapp, landline?.whatsapp]).toEqual([true, false]);
    expect(raws('Fax: (11) 4002-8929')).toEqual([]);
    expect(raws('Tel/Fax: (11) 4002-8929')).toEqual(['(11) 4002-8929']);
  });
});

describe('findPhones: international numbers written with +', () => {
  it.each([['+1 (212) 555-0147'], ['+44 20 7946 0958'], ['+44 (0)20 7946 0958'], ['+351 21 123 4567'], ['+351 912 345 678']])('%s', (phone) => {
    expect(raws(`Phone: ${phone}`)).toEqual([phone]);
  });
});

describe('findPhones: precision traps', () => {
  it.each([
    ['CNPJ 12.345.678/0001-90'],
    ['CPF 123.456.789-09'],
    ['CEP 01310-100'],
    ['em 12/03/2024'],
    ['em 12.03.2024'],
    ['em 2024-03-12T14:30:00-03:00'],
    ['às 14:30 ou 14h30'],
    ['R$ 1.234,56'],
    ['1.234.567,89 reais'],
    ['Pedido nº 2024031298765'],
    ['Protocolo 20240312001234'],
    ['IP 192.168.100.200'],
    ['ISBN 978-85-333-0227-3'],
    ['Cartão 4111 1111 1111 1111'],
    ['Cartão 4000 1234 5678 9010'],
    ['versão v2.10.3'],
    ['coordenadas -23.5505, -46.6333'],
    ['EAN 7891234567895'],
    ['Chave 35240312345678000190550010000012341000012345'],
    ['RG 12.345.678-9'],
    ['Agência 1234 Conta 56789-0'],
    ['Telefone cadastrado: (11) 9****-4321'],
    ['crescimento de +30% em 2023'],
    ['Fuso GMT+0, UTC-3'],
    ['ISO 9001:2015'],
  ])('%s has no phone', (text) => {
    expect(raws(text)).toEqual([]);
  });
});

describe('findPhones: labels', () => {
  it('reads the name written before a number on its line', () => {
    expect(findPhones('Comercial: (11) 4002-8930').map((match) => match.label)).toEqual(['Comercial']);
    expect(findPhones('Ligue para (11) 4002-8930').map((match) => match.label)).toEqual([null]);
  });
});

describe('findPhones: long digit runs', () => {
  const plusOneAnd40Digits = `+1${'2'.repeat(40)}`;

  it('takes a digit run after "+" whole, so there is no split of it to backtrack over', () => {
    // Linear by construction: each group of the international shape has one way to match.
    expect(new RegExp(INTERNATIONAL, 'y').exec(plusOneAnd40Digits)?.[0]).toBe(plusOneAnd40Digits);
  });

  it('reads no phone in runs too long to be one, however many or long', () => {
    expect(findPhones(Array(5000).fill(plusOneAnd40Digits).join(' '))).toEqual([]);
    expect(findPhones(`+1${'3'.repeat(10_000)}`)).toEqual([]);
  });

  it('still splits real numbers written in groups', () => {
    expect(raws('Tel. +55 11 98765-4321 ou +5511987654321')).toEqual(['+55 11 98765-4321', '+5511987654321']);
  });
});

describe('findPhones: numbers of other countries, decided in the background', () => {
  it.each([
    ['1-650-333-6000'],
    ['(650) 333-6000'],
    ['650.333.6000'],
    ['00 64 3 331 6005'],
    ['011 64 3 331 6005'],
    ['+1 650 333 6000 ext. 1234'],
    ['(650) 333-6000 x12'],
    ['(11) 4002-8922 ramal 12'],
  ])('%s', (phone) => {
    expect(raws(`Phone: ${phone}.`)).toEqual([phone]);
  });

  it('reads fullwidth digits as ASCII, at the same offsets', () => {
    const [match] = findPhones('電話：（６５０）３３３－６０００');
    expect(match).toMatchObject({ raw: '(650)333-6000', start: 3 });
  });

  it('keeps São Paulo dialled with its trunk 0 a domestic number', () => {
    expect(raws('Tel.: 011 98765-4321 / 98765-4322')).toEqual(['011 98765-4321', '(11) 98765-4322']);
  });
});
