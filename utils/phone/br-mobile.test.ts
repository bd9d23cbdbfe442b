import { describe, expect, it } from 'vitest';
import { phoneVariants, samePhone, withBrazilianNinthDigit } from './br-mobile';

describe('Brazilian mobile forms', () => {
  it('pairs the 13- and 12-digit forms of a mobile', () => {
    expect(phoneVariants('+5511987654321')).toEqual(['+5511987654321', '+551187654321']);
    expect(phoneVariants('+551187654321')).toEqual(['+551187654321', '+5511987654321']);
  });

  it('leaves landlines and other countries alone', () => {
    expect(phoneVariants('+551133334444')).toEqual(['+551133334444']);
    expect(phoneVariants('+14155550123')).toEqual(['+14155550123']);
  });

  it('adds the 9th digit for the CRM', () => {
    expect(withBrazilianNinthDigit('+552198765432')).toBe('+5521998765432');
    expect(withBrazilianNinthDigit('+552133334444')).toBe('+552133334444');
  });

  it('compares stored numbers by digits and by form', () => {
    expect(samePhone('+55 (11) 98765-4321', '+5511987654321')).toBe(true);
    expect(samePhone('551187654321', '+5511987654321')).toBe(true);
    expect(samePhone('+5511987654322', '+5511987654321')).toBe(false);
    expect(samePhone(null, '+5511987654321')).toBe(false);
  });
});
