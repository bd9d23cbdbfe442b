import { describe, expect, it } from 'vitest';
import { samePhone } from './same';

describe('same number', () => {
  it('compares stored numbers by digits, whatever their formatting', () => {
    expect(samePhone('+55 (11) 98765-4321', '+5511987654321')).toBe(true);
    expect(samePhone('5511987654321', '+5511987654321')).toBe(true);
    expect(samePhone('+5511987654322', '+5511987654321')).toBe(false);
  });

  it('matches the 12- and 13-digit forms of a Brazilian mobile, both ways', () => {
    expect(samePhone('551187654321', '+5511987654321')).toBe(true);
    expect(samePhone('+5521987654321', '+552187654321')).toBe(true);
    expect(samePhone('+552133334444', '+5521933334444')).toBe(false);
  });

  it('never matches a missing or digit-less number', () => {
    expect(samePhone(null, '+5511987654321')).toBe(false);
    expect(samePhone('', '+5511987654321')).toBe(false);
    expect(samePhone('n/a', 'n/a')).toBe(false);
  });
});
