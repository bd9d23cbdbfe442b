import { describe, expect, it } from 'vitest';
import { READER_INPUT } from './bridge';
import { identityNote } from './note';
import { readOpenChat } from './read-open-chat';
import { resolveChat } from './resolve';
import { whatsappChatSchema } from './schema';
import { FIXTURES, storeSnapshotOf, whatsappPages } from './testing';
import { chatToCapture } from './to-capture';

const page = whatsappPages();
const read = (name: string, url = 'https://web.whatsapp.com/') => resolveChat({ root: page(name), url, store: null });

describe('a WhatsApp chat as a capture for the popup', () => {
  it('saved contact: name and validated E.164 phone, a send?phone= link back to the chat', () => {
    const { capture } = chatToCapture(read('saved-contact'), null, 'BR');
    expect(capture).toEqual({
      url: 'https://web.whatsapp.com/send?phone=5521998765432',
      title: 'WhatsApp: Maria Souza',
      contacts: [
        {
          name: 'Maria Souza',
          company: null,
          phones: ['+5521998765432'],
          emails: [],
          sources: [],
          whatsapp: ['+5521998765432'],
          // Each value says which layer read it: the number from the message ids, the name from the header.
          origins: { '+5521998765432': { source: 'whatsapp', via: 'message-ids', confidence: 'high' } },
          nameOrigin: { source: 'whatsapp', via: 'header-title', confidence: 'medium' },
        },
      ],
      phones: ['+5521998765432'],
      emails: [],
      whatsapp: {
        phoneWhy: null,
        identity: null,
        lid: null,
        report: expect.stringMatching(/^WhatsApp Web \(build unknown\)\nchat: person\nstore: unavailable \(no-answer\)\nmessage-ids: found\n/),
      },
    });
  });

  it('12-digit id: 13-digit phone for the CRM, but the link keeps WhatsApp own digits', () => {
    const { capture } = chatToCapture(read('br-12-digit'), null, 'BR');
    expect(capture.contacts[0]?.phones).toEqual(['+5521987654321']);
    expect(capture.url).toBe('https://web.whatsapp.com/send?phone=552187654321');
  });

  it('business: the business name is also the company', () => {
    expect(chatToCapture(read('business-account'), null, 'BR').capture.contacts[0]).toMatchObject({ name: 'Padaria Sol', company: 'Padaria Sol', phones: ['+551133334444'] });
  });

  it('LID chat: the name, no phone, no link', () => {
    const { capture } = chatToCapture(read('lid-chat'), null, 'BR');
    expect(capture.contacts).toEqual([
      {
        name: 'Paulo Mendes',
        company: null,
        phones: [],
        emails: [],
        sources: [],
        whatsapp: [],
        origins: {},
        nameOrigin: { source: 'whatsapp', via: 'header-title', confidence: 'medium' },
      },
    ]);
    expect(capture.url).toBe('https://web.whatsapp.com/');
  });

  // Contacts whose number WhatsApp hides (issue 19), read with their dated store doubles.
  it.each([
    ['lid-username-deleted', 'Rita', '203040506070812@lid', { pushname: 'Rita', username: null, maskedPhone: '+43.......21', reachedBy: 'username' }],
    ['lid-username-hidden', 'João', '203040506070813@lid', { pushname: 'João', username: 'joao.prado', maskedPhone: '+49 151 ... 12345', reachedBy: 'username' }],
    ['ctwa-ad', 'Carlos', '203040506070814@lid', { pushname: 'Carlos', username: null, maskedPhone: null, reachedBy: 'ad' }],
  ])('%s.2026-12-05.*: the pushname without ~, no phone and why, the identity for display, the LID, no link', (fixture, name, lid, identity) => {
    const chat = resolveChat({ root: page(fixture), url: 'https://web.whatsapp.com/', store: storeSnapshotOf(fixture) });
    const { capture } = chatToCapture(chat, null, 'BR');
    expect(capture.contacts).toMatchObject([{ name, company: null, phones: [], emails: [], origins: {} }]);
    expect(capture.phones).toEqual([]);
    expect(capture.whatsapp).toMatchObject({ phoneWhy: 'lid', identity, lid });
    expect(capture.url).toBe('https://web.whatsapp.com/');
    expect(capture.title).toBe(`WhatsApp: ${name}`);
  });

  it('lid-business.2026-12-05.*: the verified business name as name and company, no phone and why, the username and the LID kept', () => {
    const chat = resolveChat({ root: page('lid-business'), url: 'https://web.whatsapp.com/', store: storeSnapshotOf('lid-business') });
    const { capture } = chatToCapture(chat, null, 'BR');
    expect(capture.contacts).toMatchObject([{ name: 'Doces da Vila Confeitaria', company: 'Doces da Vila Confeitaria', phones: [], origins: {} }]);
    expect(capture.whatsapp).toMatchObject({
      phoneWhy: 'lid',
      identity: { pushname: 'Vilma - Doces da Vila', username: 'docesdavila', maskedPhone: '+55 ••• ••• ••47', reachedBy: 'username' },
      lid: '203040506070815@lid',
    });
    expect(identityNote(capture.whatsapp)).toBe('WhatsApp: @docesdavila · wa-lid:203040506070815');
    expect(capture.url).toBe('https://web.whatsapp.com/');
  });

  it('group-lid-members.2026-12-05.*: every member offered, none with a wrong phone; a picked LID member says why the number is hidden', () => {
    const chat = resolveChat({ root: page('group-lid-members'), url: 'https://web.whatsapp.com/', store: storeSnapshotOf('group-lid-members') });
    const members = (picked: string) => chatToCapture(chat, picked, 'BR').capture;
    expect(members('203040506070820@lid').contacts.map((contact) => [contact.name, contact.phones])).toEqual([
      ['Paula Reis', []],
      ['Diego', []],
      ['Helena Souza', ['+5511976540022']],
      ['Otávio', []],
      [null, []],
    ]);
    expect(members('203040506070820@lid').whatsapp).toMatchObject({
      phoneWhy: 'lid',
      lid: '203040506070820@lid',
      identity: { pushname: null, username: 'paula.reis', maskedPhone: null, reachedBy: null },
    });
    // Known only by username: no name, the handle shown and kept in the notes.
    const handleOnly = members('203040506070824@lid');
    expect(handleOnly.contacts[0]).toMatchObject({ name: null, phones: [] });
    expect(identityNote(handleOnly.whatsapp)).toBe('WhatsApp: @lu.tavares · wa-lid:203040506070824');
    expect(members('203040506070821@lid').whatsapp).toMatchObject({ phoneWhy: 'lid', identity: null });
    expect(members('203040506070822@lid').whatsapp).toMatchObject({ phoneWhy: null, lid: '203040506070822@lid' });
    expect(whatsappChatSchema.safeParse(chat).success).toBe(true);
  });

  it('group: the picked participant first, the other senders after it', () => {
    const chat = read('group-chat');
    const { capture } = chatToCapture(chat, '203040506070809@lid', 'BR');
    expect(capture.contacts.map((contact) => [contact.name, contact.phones[0] ?? null])).toEqual([
      ['Bruno Rocha', null],
      ['Ana Lima', '+5511955554444'],
      [null, '+5531999123456'],
    ]);
    expect(capture.title).toBe('WhatsApp: Grupo Vendas Zona Sul');
  });

  it('group: the note is about the picked member (their number, or why it is hidden)', () => {
    expect(chatToCapture(read('group-chat'), '203040506070809@lid', 'BR').capture.whatsapp?.phoneWhy).toBe('lid');
    expect(chatToCapture(read('group-chat'), '5511955554444@c.us', 'BR').capture.whatsapp?.phoneWhy).toBeNull();
  });

  it('channel: nothing to capture', () => {
    expect(chatToCapture(read('channel'), null, 'BR').capture.contacts).toEqual([]);
  });

  it('a number libphonenumber rejects is dropped and marked invalid, never sent to a CRM', () => {
    const chat = { ...read('saved-contact'), phone: '+5500912345678', waNumber: '5500912345678' };
    const { capture, chat: checked } = chatToCapture(chat, null, 'BR');
    expect(capture.contacts[0]?.phones).toEqual([]);
    expect(capture.url).toBe('https://web.whatsapp.com/');
    expect(checked).toMatchObject({ phone: null, phoneWhy: 'invalid' });
  });
});

describe('what the background accepts', () => {
  it('every fixture resolves to a chat the message schema accepts', () => {
    for (const file of FIXTURES) {
      const chat = read(file.replace(/\.\d{4}-\d{2}-\d{2}\.html$/, ''));
      expect(whatsappChatSchema.safeParse(chat).success, file).toBe(true);
    }
  });

  it('refuses a LID or junk passed off as a phone, and oversized data', () => {
    const chat = read('saved-contact');
    expect(whatsappChatSchema.safeParse({ ...chat, phone: '109876543210987@lid' }).success).toBe(false);
    expect(whatsappChatSchema.safeParse({ ...chat, name: 'x'.repeat(500) }).success).toBe(false);
    expect(whatsappChatSchema.safeParse({ ...chat, chatKey: '<img src=x>' }).success).toBe(false);
    expect(whatsappChatSchema.safeParse({ ...chat, participants: Array.from({ length: 51 }, () => ({ key: '5511955554444@c.us', name: null, phone: null })) }).success).toBe(false);
  });
});

describe('the injected reader (step 3)', () => {
  it('takes its input once, and ignores a send?phone= URL after a chat switch', () => {
    const scope: Record<string, unknown> = { [READER_INPUT]: { store: null, fresh: true } };
    const url = 'https://web.whatsapp.com/send?phone=5511976543210';
    expect(readOpenChat(scope, page('saved-contact-no-messages'), url).phone).toBe('+5511976543210');
    expect(scope[READER_INPUT]).toBeUndefined();
    scope[READER_INPUT] = { store: null, fresh: false };
    expect(readOpenChat(scope, page('saved-contact-no-messages'), url)).toMatchObject({ phone: null, phoneWhy: 'not-found' });
  });

  it('re-checks the store snapshot it is given', () => {
    const scope: Record<string, unknown> = { [READER_INPUT]: { store: { available: true, chat: { id: '109876543210987@lid', phoneJid: '5511912345678@c.us' } }, fresh: true } };
    expect(readOpenChat(scope, page('lid-chat'), 'https://web.whatsapp.com/').phone).toBe('+5511912345678');
    scope[READER_INPUT] = { store: { available: 'maybe' }, fresh: true };
    expect(readOpenChat(scope, page('lid-chat'), 'https://web.whatsapp.com/')).toMatchObject({ phone: null, phoneWhy: 'lid' });
  });
});
