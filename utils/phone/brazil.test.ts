import { describe, expect, it } from 'vitest';
import { fitsBrazilianPlan, phoneVariants, withBrazilianNinthDigit } from './brazil';

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

  it('holds +55 numbers to the plan, the 12-digit mobile form included, and leaves other countries alone', () => {
    expect(fitsBrazilianPlan('+5511987654321')).toBe(true);
    expect(fitsBrazilianPlan('+551187654321')).toBe(true);
    expect(fitsBrazilianPlan('+551133334444')).toBe(true);
    // The CPF 123.456.789-09 after +55: the length of a mobile, but area 12 has no 3… mobiles.
    expect(fitsBrazilianPlan('+5512345678909')).toBe(false);
    expect(fitsBrazilianPlan('+5510987654321')).toBe(false);
    expect(fitsBrazilianPlan('+12345678909')).toBe(true);
  });
});
