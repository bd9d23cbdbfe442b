import { describe, expect, it } from 'vitest';
import { hostOf, isEmail, parseAmount, parseTags } from './text';

describe('parseAmount', () => {
  it.each([
    ['1500', 1500],
    ['1.500', 1500],
    ['1.500,50', 1500.5],
    ['1,500.50', 1500.5],
    ['1500,5', 1500.5],
    ['12.75', 12.75],
    ['R$ 2.500,00', 2500],
    ['1.234.567', 1234567],
    ['0.500', 0.5],
    ['-3', -3],
  ])('reads %s as %s', (text, value) => expect(parseAmount(text)).toBe(value));

  it.each(['', 'abc', '1-2', '.', '--1'])('refuses %j', (text) => expect(parseAmount(text)).toBeNull());
});

describe('text helpers', () => {
  it('splits tags on commas, trims, and drops repeats whatever their case', () => {
    expect(parseTags(' feira, VIP ,, vip,Feira ,novo')).toEqual(['feira', 'VIP', 'novo']);
  });

  it('accepts the e-mails zod accepts, and only those', () => {
    expect(isEmail('maria.souza+crm@padaria-sol.com.br')).toBe(true);
    for (const bad of ['maria@', 'maria@sol', '@sol.com', 'ma ria@sol.com', 'maria@@sol.com']) expect(isEmail(bad), bad).toBe(false);
  });

  it('takes the host of web pages only', () => {
    expect(hostOf('https://www.padariasol.example/contato?x=1')).toBe('padariasol.example');
    expect(hostOf('chrome://extensions')).toBe('');
    expect(hostOf('')).toBe('');
  });
});
