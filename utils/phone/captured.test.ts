import { describe, expect, it } from 'vitest';
import { lacksCountryCode, readCapturedPhone } from './captured';

const e164 = (raw: string, country: string, explicit = false) => {
  const read = readCapturedPhone(raw, country, explicit);
  return read?.kind === 'number' ? read.phone.number : (read?.text ?? null);
};

describe('readCapturedPhone', () => {
  it.each([
    ['1-650-333-6000', 'US', '+16503336000'],
    ['(650) 333-6000', 'US', '+16503336000'],
    ['(650) 333-6000', 'CA', '+16503336000'],
    ['00 64 3 331 6005', 'BR', '+6433316005'],
    ['00 64 3 331 6005', 'PT', '+6433316005'],
    ['011 64 3 331 6005', 'US', '+6433316005'],
    ['011 64 3 331 6005', 'BR', '+6433316005'],
    ['(11) 4002-8922', 'BR', '+551140028922'],
    ['912 345 678', 'PT', '+351912345678'],
  ])('%s with %s as default country is %s', (raw, country, number) => {
    expect(e164(raw, country)).toBe(number);
  });

  it('keeps the extension apart from the number', () => {
    const read = readCapturedPhone('+1 650 333 6000 ext. 1234', 'BR', false);
    expect(read?.kind === 'number' && [read.phone.number, read.phone.ext]).toEqual(['+16503336000', '1234']);
  });

  it('reads a North American shape in text only as a +1 number', () => {
    expect(e164('(212) 555-0147', 'BR')).toBeNull();
    expect(e164('(212) 555-0147', 'US')).toBe('+12125550147');
  });

  it('reads an explicit telephone field written oddly as international digits', () => {
    expect(e164('( 33 1) 42 68 53 00', 'BR', true)).toBe('+33142685300');
    expect(e164('( 33 1) 42 68 53 00', 'BR', false)).toBeNull();
  });

  it('never drops an explicit telephone field: offers it as written', () => {
    expect(readCapturedPhone('  (212)  555-0147 ', 'BR', true)).toEqual({ kind: 'typed', text: '(212) 555-0147' });
    expect(readCapturedPhone('333 6000', 'BR', true)).toEqual({ kind: 'typed', text: '333 6000' });
  });

  it('drops what no one could dial', () => {
    expect(readCapturedPhone('123', 'BR', true)).toBeNull();
    expect(readCapturedPhone('1234567890123456789', 'BR', true)).toBeNull();
    expect(readCapturedPhone('333 6000', 'BR', false)).toBeNull();
  });
});

describe('lacksCountryCode', () => {
  it('is true for a number the default country cannot read and that has no +', () => {
    expect(['(212) 555-0147', '333 6000', '42 68 53 00'].map((text) => lacksCountryCode(text, 'BR'))).toEqual([true, true, true]);
    expect(['(11) 4002-8922', '+1 212 555 0147', '', '12'].map((text) => lacksCountryCode(text, 'BR'))).toEqual([false, false, false, false]);
    expect(lacksCountryCode('(212) 555-0147', 'US')).toBe(false);
  });
});
