import { describe, expect, it } from 'vitest';
import { resolveChat } from './resolve';
import type { StoreChat } from './store-snapshot';
import { storeWith, whatsappPages } from './testing';
import type { Attempt, ResolverName } from './types';

const HOME = 'https://web.whatsapp.com/';
const page = whatsappPages();

const store = (chat: Partial<StoreChat>) => storeWith(chat);
const outcomes = (attempts: Attempt[]) =>
  Object.fromEntries(attempts.map((attempt) => [attempt.resolver, attempt.reason ? `${attempt.outcome}:${attempt.reason}` : attempt.outcome])) as Record<ResolverName, string>;

describe('resolveChat on each fixture (DOM layers only, no store)', () => {
  it('unsaved contact: the number from the rows, confirmed by the title and the chat list', () => {
    const chat = resolveChat({ root: page('unsaved-contact'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'person', chatKey: '5511987654321@c.us', name: null, phone: '+5511987654321', waNumber: '5511987654321', phoneWhy: null });
    expect(chat.sources).toEqual({ chatKey: 'message-ids', name: null, phone: 'message-ids' });
    expect(outcomes(chat.attempts)).toEqual({
      store: 'unavailable:no-answer',
      'message-ids': 'found',
      'send-url': 'none:not-a-send-link',
      'header-title': 'agrees',
      'chat-list': 'agrees',
      manual: 'agrees:prefilled',
    });
  });

  it('unsaved contact with no rendered message: the header title gives the number', () => {
    const doc = page('unsaved-contact');
    doc.querySelectorAll('[data-id]').forEach((row) => row.remove());
    const chat = resolveChat({ root: doc, url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'person', chatKey: null, phone: '+5511987654321', sources: { phone: 'header-title' } });
  });

  it('saved contact with messages: name from the header, number from the rows', () => {
    const chat = resolveChat({ root: page('saved-contact'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'person', chatKey: '5521998765432@c.us', name: 'Maria Souza', phone: '+5521998765432', phoneWhy: null });
    expect(chat.sources).toEqual({ chatKey: 'message-ids', name: 'header-title', phone: 'message-ids' });
    expect(outcomes(chat.attempts)['chat-list']).toBe('agrees');
  });

  it('saved contact without rendered messages: name only, the user types the number', () => {
    const chat = resolveChat({ root: page('saved-contact-no-messages'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'person', chatKey: null, name: 'Juliana Costa', phone: null, phoneWhy: 'not-found' });
    expect(outcomes(chat.attempts)).toMatchObject({ 'message-ids': 'none:no-rendered-messages', manual: 'none:not-found' });
  });

  it('saved contact without messages opened by a click-to-chat link: the URL gives the number', () => {
    const chat = resolveChat({ root: page('saved-contact-no-messages'), url: `${HOME}send?phone=5511976543210`, store: null });
    expect(chat).toMatchObject({ name: 'Juliana Costa', phone: '+5511976543210', sources: { phone: 'send-url' } });
  });

  it('LID chat: the phone stays empty and says why; the LID is the chat key', () => {
    const chat = resolveChat({ root: page('lid-chat'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'person', chatKey: '109876543210987@lid', name: 'Paulo Mendes', phone: null, waNumber: null, phoneWhy: 'lid' });
    expect(outcomes(chat.attempts)).toMatchObject({ 'message-ids': 'found:lid', manual: 'none:lid' });
  });

  it('LID chat: a leftover send?phone= URL cannot be tied to it', () => {
    const chat = resolveChat({ root: page('lid-chat'), url: `${HOME}send?phone=5511976543210`, store: null });
    expect(chat.phone).toBeNull();
    expect(outcomes(chat.attempts)['send-url']).toBe('rejected:lid-unverified');
  });

  it('group: no phone, participants from the visible senders', () => {
    const chat = resolveChat({ root: page('group-chat'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'group', chatKey: '120363025555555555@g.us', name: 'Grupo Vendas Zona Sul', phone: null, phoneWhy: 'group' });
    expect(chat.participants.map((participant) => [participant.name, participant.phone])).toEqual([
      ['Ana Lima', '+5511955554444'],
      [null, '+5531999123456'],
      ['Bruno Rocha', null],
    ]);
  });

  it('business account: kind business with its number', () => {
    const chat = resolveChat({ root: page('business-account'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'business', chatKey: '551133334444@c.us', name: 'Padaria Sol', phone: '+551133334444' });
  });

  it('12-digit Brazilian id (2024 build with test ids): 13-digit E.164 for the CRM, raw digits kept', () => {
    const chat = resolveChat({ root: page('br-12-digit'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'person', name: 'Carlos Pereira', phone: '+5521987654321', waNumber: '552187654321', chatKey: '552187654321@c.us' });
  });

  it('channel: not capturable, no phone', () => {
    const chat = resolveChat({ root: page('channel'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'channel', chatKey: '120363199999999999@newsletter', phone: null, phoneWhy: 'channel', participants: [] });
  });

  it('newer layout without <header> or title attributes', () => {
    const chat = resolveChat({ root: page('saved-contact-newer'), url: HOME, store: null });
    expect(chat).toMatchObject({ kind: 'person', name: 'Rafael Gomes', phone: '+5541991234567' });
    expect(outcomes(chat.attempts)).toMatchObject({ 'header-title': 'found', 'chat-list': 'agrees' });
  });

  it('no chat open: nothing to capture', () => {
    const doc = page('saved-contact');
    doc.getElementById('main')!.remove();
    doc.querySelector('#pane-side [aria-selected="true"]')!.setAttribute('aria-selected', 'false');
    expect(resolveChat({ root: doc, url: HOME, store: null })).toMatchObject({ kind: 'unknown', name: null, phone: null, phoneWhy: 'no-chat' });
  });
});

describe('resolveChat with the store (layer 1)', () => {
  it('LID chat with a local mapping: the store gives the phone', () => {
    const chat = resolveChat({
      root: page('lid-chat'),
      url: HOME,
      store: store({ id: '109876543210987@lid', name: 'Paulo Mendes', phoneJid: '5511912345678@c.us', username: null }),
    });
    expect(chat).toMatchObject({ chatKey: '109876543210987@lid', phone: '+5511912345678', phoneWhy: null, sources: { chatKey: 'store', phone: 'store', name: 'store' } });
    expect(outcomes(chat.attempts)).toMatchObject({ store: 'found', 'message-ids': 'agrees:lid', 'header-title': 'agrees' });
  });

  it('saved contact without messages: the store gives what the DOM cannot', () => {
    const chat = resolveChat({ root: page('saved-contact-no-messages'), url: HOME, store: store({ id: '5511976543210@c.us', name: 'Juliana Costa' }) });
    expect(chat).toMatchObject({ phone: '+5511976543210', name: 'Juliana Costa', sources: { phone: 'store' } });
  });

  it('a store that disagrees with the rows wins, and the rows are reported as a conflict', () => {
    const chat = resolveChat({ root: page('saved-contact'), url: HOME, store: store({ id: '5511987654321@c.us', name: 'Outra Pessoa' }) });
    expect(chat).toMatchObject({ chatKey: '5511987654321@c.us', phone: '+5511987654321', name: 'Outra Pessoa' });
    expect(outcomes(chat.attempts)).toMatchObject({ 'message-ids': 'rejected:conflict', 'header-title': 'rejected:outranked' });
  });

  it('group members from the store are merged with the visible senders', () => {
    const chat = resolveChat({
      root: page('group-chat'),
      url: HOME,
      store: store({
        id: '120363025555555555@g.us',
        name: 'Grupo Vendas Zona Sul',
        isGroup: true,
        participants: [
          { id: '203040506070809@lid', name: 'Bruno Rocha', phoneJid: '5511944443333@c.us', username: null },
          { id: '5521900001111@c.us', name: 'Quieto Silva', phoneJid: null, username: null },
        ],
      }),
    });
    expect(chat.participants).toEqual([
      { key: '203040506070809@lid', name: 'Bruno Rocha', phone: '+5511944443333' },
      { key: '5521900001111@c.us', name: 'Quieto Silva', phone: '+5521900001111' },
      { key: '5511955554444@c.us', name: 'Ana Lima', phone: '+5511955554444' },
      { key: '553199123456@c.us', name: null, phone: '+5531999123456' },
    ]);
  });
});

describe('resolveChat consistency rules', () => {
  it('a number printed by WhatsApp beats a stale click-to-chat URL', () => {
    const doc = page('unsaved-contact');
    doc.querySelectorAll('[data-id]').forEach((row) => row.remove());
    const chat = resolveChat({ root: doc, url: `${HOME}send?phone=5521998765432`, store: null });
    expect(chat.phone).toBe('+5511987654321');
    expect(outcomes(chat.attempts)).toMatchObject({ 'send-url': 'rejected:stale', 'header-title': 'found' });
  });

  it('a URL for another number than the rows is a conflict', () => {
    const chat = resolveChat({ root: page('saved-contact'), url: `${HOME}send?phone=5511987654321`, store: null });
    expect(chat.phone).toBe('+5521998765432');
    expect(outcomes(chat.attempts)['send-url']).toBe('rejected:conflict');
  });

  it('a 12-digit URL agrees with the 13-digit number of the same person', () => {
    const chat = resolveChat({ root: page('br-12-digit'), url: `${HOME}send?phone=5521987654321`, store: null });
    expect(outcomes(chat.attempts)['send-url']).toBe('agrees');
  });
});
