import { describe, expect, it } from 'vitest';
import type { WhatsappNote } from '../capture/whatsapp/note';
import { identityFieldGone, identityFieldValue, withIdentityField } from './identity-field';

const hidden = (username: string | null): WhatsappNote => ({
  phoneWhy: 'lid',
  lid: '203040506070811@lid',
  identity: { pushname: 'Maria', username, maskedPhone: '+55 21 •••••-••43', reachedBy: null },
  report: '',
});
const known: WhatsappNote = { phoneWhy: null, lid: null, identity: { pushname: 'Maria', username: 'maria.lopez', maskedPhone: null, reachedBy: null }, report: '' };

describe('the WhatsApp identity in the mapped Syncro custom field (issue 19)', () => {
  it('is the @username, else the LID as the notes write it; nothing when the number is known', () => {
    expect(identityFieldValue(hidden('maria.lopez'))).toBe('@maria.lopez');
    expect(identityFieldValue(hidden(null))).toBe('wa-lid:203040506070811');
    expect(identityFieldValue(known)).toBeNull();
    expect(identityFieldValue({ ...hidden('maria.lopez'), lid: null })).toBeNull();
    expect(identityFieldValue(undefined)).toBeNull();
  });

  it('fills the mapped field only when it is mapped, there is a value, and the rep left it empty', () => {
    const other = { segmento: 'Varejo' };
    expect(withIdentityField(other, 'origem_detalhe', hidden('maria.lopez'))).toEqual({ segmento: 'Varejo', origem_detalhe: '@maria.lopez' });
    expect(withIdentityField({ origem_detalhe: '  ' }, 'origem_detalhe', hidden(null))).toEqual({ origem_detalhe: 'wa-lid:203040506070811' });
    expect(withIdentityField({ origem_detalhe: 'Feira 2026' }, 'origem_detalhe', hidden('maria.lopez'))).toEqual({ origem_detalhe: 'Feira 2026' });
    expect(withIdentityField(other, null, hidden('maria.lopez'))).toBe(other);
    expect(withIdentityField(other, 'origem_detalhe', known)).toBe(other);
  });

  it('is said to be gone when the mapped field is not among the active text fields, never while they are unknown', () => {
    const choices = [{ name: 'origem_detalhe' }];
    expect(identityFieldGone('origem_detalhe', hidden('maria.lopez'), choices)).toBe(false);
    expect(identityFieldGone('codigo_legado', hidden('maria.lopez'), choices)).toBe(true);
    expect(identityFieldGone('codigo_legado', hidden('maria.lopez'), null)).toBe(false);
    expect(identityFieldGone('codigo_legado', known, choices)).toBe(false);
    expect(identityFieldGone(null, hidden('maria.lopez'), choices)).toBe(false);
  });
});
