import { describe, expect, it } from 'vitest';
import { checkPhone, parsePhone, readablePhone } from './parse';

describe('phones', () => {
  it('reads Brazilian numbers typed every which way, and sends E.164', () => {
    for (const typed of ['(11) 98765-4321', '11987654321', '011 98765 4321', '+55 11 98765-4321', '+5511987654321']) {
      expect(checkPhone(typed, 'BR'), typed).toEqual({ kind: 'valid', e164: '+5511987654321', readable: '(11) 98765-4321' });
    }
  });

  it('shows foreign numbers internationally, in their own country', () => {
    expect(checkPhone('+1 415 555 2671', 'BR')).toEqual({ kind: 'valid', e164: '+14155552671', readable: '+1 415 555 2671' });
    expect(checkPhone('415 555 2671', 'US')).toMatchObject({ e164: '+14155552671', readable: '(415) 555-2671' });
  });

  it('refuses numbers of the wrong length and words', () => {
    expect(checkPhone('12345', 'BR').kind).toBe('invalid');
    expect(checkPhone('call me at 11 98765-4321', 'BR').kind).toBe('invalid');
    expect(checkPhone('  ', 'BR').kind).toBe('empty');
  });

  it('refuses what capture refuses: a CPF is the right length for +55 but no Brazilian number', () => {
    for (const typed of ['123.456.789-09', '+55 12 34567-8909', '(10) 98765-4321', '(11) 8765-4321']) {
      expect(checkPhone(typed, 'BR').kind, typed).toBe('invalid');
      expect(parsePhone(typed, 'BR'), typed).toBeNull();
    }
  });

  it('keeps an extension apart and reads the old carrier placeholder', () => {
    expect(checkPhone('+55 11 4002-8922 ramal 12', 'BR')).toMatchObject({ kind: 'valid', e164: '+551140028922' });
    expect(checkPhone('(0xx11) 4002-8922', 'BR')).toMatchObject({ kind: 'valid', e164: '+551140028922' });
    expect(parsePhone('+551140028922 ext. 12', 'BR')?.ext).toBe('12');
  });

  it('falls back to Brazil for an unusable country setting and leaves unreadable text alone', () => {
    expect(checkPhone('11987654321', 'brazil')).toMatchObject({ e164: '+5511987654321' });
    expect(readablePhone('ramal 12', 'BR')).toBe('ramal 12');
  });
});
