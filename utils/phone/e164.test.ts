import { describe, expect, it } from 'vitest';
import { e164OfDigits, isE164 } from './e164';

describe('E.164 shape', () => {
  it('takes 7 to 15 digits after a + and a country code without a leading 0', () => {
    expect(isE164('+6834002')).toBe(true);
    expect(isE164('+5511987654321')).toBe(true);
    expect(isE164('+123456789012345')).toBe(true);
    expect(isE164('+1234567890123456')).toBe(false);
    expect(isE164('+123456')).toBe(false);
    expect(isE164('+0511987654321')).toBe(false);
    expect(isE164('5511987654321')).toBe(false);
    expect(isE164('+55 11 98765-4321')).toBe(false);
  });

  it('gives bare digits their +', () => {
    expect(e164OfDigits('5511987654321')).toBe('+5511987654321');
    expect(e164OfDigits('0551198765432')).toBeNull();
  });
});
