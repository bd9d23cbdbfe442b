import { describe, expect, it } from 'vitest';
import { cleanText, parseJid, parseMessageKey, phoneOfDigits, phoneOfJid, phoneOfText } from './jid';

describe('WhatsApp ids', () => {
  it('tells phones, LIDs, groups, channels and status apart', () => {
    expect(parseJid('5511987654321@c.us')).toEqual({ jid: '5511987654321@c.us', user: '5511987654321', server: 'c.us', kind: 'phone' });
    expect(parseJid('5511987654321@s.whatsapp.net')?.jid).toBe('5511987654321@c.us');
    expect(parseJid('5511987654321:12@c.us')?.jid).toBe('5511987654321@c.us');
    expect(parseJid('109876543210987@lid')?.kind).toBe('lid');
    expect(parseJid('120363025555555555@g.us')?.kind).toBe('group');
    expect(parseJid('5511987654321-1600000000@g.us')?.kind).toBe('group');
    expect(parseJid('120363199999999999@newsletter')?.kind).toBe('channel');
    expect(parseJid('status@broadcast')?.kind).toBe('status');
    expect(parseJid('not a jid')).toBeNull();
    expect(parseJid('')).toBeNull();
  });

  it('parses message keys, with the sender of group messages', () => {
    expect(parseMessageKey('false_5511987654321@c.us_3EB0C1A2B3C4D5E6F701')).toEqual({
      fromMe: false,
      chat: { jid: '5511987654321@c.us', user: '5511987654321', server: 'c.us', kind: 'phone' },
      participant: null,
    });
    const group = parseMessageKey('false_120363025555555555@g.us_3EB0F1A2B3C4D5E6F702_203040506070809@lid');
    expect(group?.chat.kind).toBe('group');
    expect(group?.participant).toMatchObject({ jid: '203040506070809@lid', kind: 'lid' });
    expect(parseMessageKey('true_109876543210987@lid_3EB0E1')?.fromMe).toBe(true);
    expect(parseMessageKey('5511987654321@c.us')).toBeNull();
    expect(parseMessageKey('false_5511987654321@c.us')).toBeNull();
  });

  it('never turns a LID, a group or a channel into a phone', () => {
    expect(phoneOfJid(parseJid('109876543210987@lid'))).toBeNull();
    expect(phoneOfJid(parseJid('120363025555555555@g.us'))).toBeNull();
    expect(phoneOfJid(parseJid('120363199999999999@newsletter'))).toBeNull();
    expect(phoneOfJid(null)).toBeNull();
  });

  it('gives 12-digit Brazilian mobile ids their 9th digit and keeps the WhatsApp digits', () => {
    expect(phoneOfJid(parseJid('552187654321@c.us'))).toEqual({ e164: '+5521987654321', waNumber: '552187654321' });
    expect(phoneOfJid(parseJid('5521998765432@c.us'))).toEqual({ e164: '+5521998765432', waNumber: '5521998765432' });
    // Landlines (first digit 2–5) have 8 digits and no 9th digit.
    expect(phoneOfJid(parseJid('551133334444@c.us'))?.e164).toBe('+551133334444');
    expect(phoneOfJid(parseJid('14155550123@c.us'))?.e164).toBe('+14155550123');
  });

  it('refuses digit strings that cannot be numbers', () => {
    expect(phoneOfDigits('123456')).toBeNull();
    // CPF 123.456.789-09 behind a 55: the right length, but no such Brazilian range.
    expect(phoneOfDigits('5512345678909')).toBeNull();
    expect(phoneOfDigits('0551198765432')).toBeNull();
    expect(phoneOfDigits('5501987654321')).toBeNull();
    expect(phoneOfDigits('55119876543210')).toBeNull();
  });

  it('reads numbers printed in international form, and nothing else', () => {
    expect(phoneOfText('\u202a+55 11 98765-4321\u202c')?.e164).toBe('+5511987654321');
    expect(phoneOfText('+351 912 345 678')?.e164).toBe('+351912345678');
    expect(phoneOfText('+1 (415) 555-0123')?.e164).toBe('+14155550123');
    expect(phoneOfText('Maria Souza')).toBeNull();
    expect(phoneOfText('11 98765-4321')).toBeNull();
    expect(phoneOfText('+55 11 98765-4321 (trabalho)')).toBeNull();
  });

  it('cleans bidi marks and odd spaces', () => {
    expect(cleanText('\u200e Maria\u00a0 Souza ')).toBe('Maria Souza');
  });
});
