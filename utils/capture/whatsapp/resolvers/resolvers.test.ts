import { describe, expect, it } from 'vitest';
import { storeWith, whatsappPages } from '../testing';
import { fromChatList } from './chat-list';
import { fromHeaderTitle } from './header-title';
import { fromMessageIds } from './message-ids';
import { fromSendUrl } from './send-url';
import { fromStore } from './store';

const page = whatsappPages();

describe('layer 1: store', () => {
  it('is unavailable without a reply or without WhatsApp internals', () => {
    expect(fromStore({ store: null })).toMatchObject({ outcome: 'unavailable', reason: 'no-answer' });
    expect(fromStore({ store: { available: false, reason: 'no-require' } })).toMatchObject({ outcome: 'unavailable', reason: 'no-require' });
    expect(fromStore({ store: { available: true, chat: null } })).toMatchObject({ outcome: 'none', reason: 'no-active-chat' });
  });

  it('reads a LID chat phone only from the local LID→phone mapping', () => {
    const mapped = fromStore({ store: storeWith({ id: '109876543210987@lid', name: 'Paulo Mendes', phoneJid: '5511912345678@c.us', username: null }) });
    expect(mapped.evidence).toMatchObject({ name: 'Paulo Mendes', phone: { e164: '+5511912345678' }, phoneFromLid: true, chatKey: { kind: 'lid' } });
    const unmapped = fromStore({ store: storeWith({ id: '109876543210987@lid', name: 'Paulo Mendes' }) });
    expect(unmapped.evidence.phone).toBeUndefined();
    expect(unmapped.reason).toBe('lid-without-mapping');
    // A "mapping" that is itself a LID is no phone.
    expect(fromStore({ store: storeWith({ id: '109876543210987@lid', phoneJid: '555555555555555@lid' }) }).evidence.phone).toBeUndefined();
  });

  it('reports groups, business accounts and channels, with members', () => {
    const group = fromStore({
      store: storeWith({
        id: '120363025555555555@g.us',
        name: 'Grupo Vendas Zona Sul',
        isGroup: true,
        participants: [
          { id: '5511955554444@c.us', name: 'Ana Lima', phoneJid: null, username: null },
          { id: '203040506070809@lid', name: 'Bruno Rocha', phoneJid: '5511944443333@c.us', username: null },
          { id: '120363000000000000@g.us', name: 'not a person', phoneJid: null, username: null },
        ],
      }),
    });
    expect(group.evidence.kind).toBe('group');
    expect(group.evidence.phone).toBeUndefined();
    expect(group.evidence.participants).toEqual([
      { key: '5511955554444@c.us', name: 'Ana Lima', phone: '+5511955554444' },
      { key: '203040506070809@lid', name: 'Bruno Rocha', phone: '+5511944443333' },
    ]);
    expect(fromStore({ store: storeWith({ id: '551133334444@c.us', isBusiness: true }) }).evidence.kind).toBe('business');
    expect(fromStore({ store: storeWith({ id: '120363199999999999@newsletter', isNewsletter: true }) }).evidence.kind).toBe('channel');
  });

  it('uses the push name when the chat has no saved name', () => {
    expect(fromStore({ store: storeWith({ id: '5511987654321@c.us', pushname: 'Lucas' }) }).evidence.name).toBe('Lucas');
  });
});

describe('layer 2: message data-ids', () => {
  it('reads the phone of a saved contact from its rows (saved-contact.2026-11-24.html)', () => {
    const result = fromMessageIds({ root: page('saved-contact') });
    expect(result).toMatchObject({ outcome: 'found', value: '5521998765432@c.us', evidence: { phone: { e164: '+5521998765432' } } });
  });

  it('keeps a LID as the chat key without a phone (lid-chat.2026-11-24.html)', () => {
    const result = fromMessageIds({ root: page('lid-chat') });
    expect(result).toMatchObject({ outcome: 'found', value: '109876543210987@lid', reason: 'lid' });
    expect(result.evidence.phone).toBeUndefined();
  });

  it('lists group senders newest first, never me (group-chat.2026-11-24.html)', () => {
    const result = fromMessageIds({ root: page('group-chat') });
    expect(result.evidence.chatKey?.kind).toBe('group');
    expect(result.evidence.phone).toBeUndefined();
    expect(result.evidence.participants).toEqual([
      { key: '5511955554444@c.us', name: 'Ana Lima', phone: '+5511955554444' },
      { key: '553199123456@c.us', name: null, phone: '+5531999123456' },
      { key: '203040506070809@lid', name: 'Bruno Rocha', phone: null },
    ]);
  });

  it('adds the 9th digit to a 12-digit Brazilian id (br-12-digit.2024-03-18.html)', () => {
    expect(fromMessageIds({ root: page('br-12-digit') }).evidence.phone).toEqual({ e164: '+5521987654321', waNumber: '552187654321' });
  });

  it('finds nothing when no message is rendered (saved-contact-no-messages.2024-03-18.html)', () => {
    expect(fromMessageIds({ root: page('saved-contact-no-messages') })).toMatchObject({ outcome: 'none', reason: 'no-rendered-messages' });
  });

  it('is unavailable with no chat open, and prefers the newest rows during a switch', () => {
    const doc = page('saved-contact');
    const stale = doc.createElement('div');
    stale.setAttribute('data-id', 'false_5511987654321@c.us_3EB0AAAA');
    doc.querySelector('#main .messages')!.prepend(stale);
    expect(fromMessageIds({ root: doc })).toMatchObject({ value: '5521998765432@c.us', reason: 'mixed-rows' });
    doc.getElementById('main')!.remove();
    expect(fromMessageIds({ root: doc })).toMatchObject({ outcome: 'unavailable', reason: 'no-chat' });
  });
});

describe('layer 3: send?phone= URL', () => {
  it('reads click-to-chat links', () => {
    expect(fromSendUrl({ url: 'https://web.whatsapp.com/send?phone=5511987654321&text=Oi' })).toMatchObject({ outcome: 'found', value: '+5511987654321' });
    expect(fromSendUrl({ url: 'https://web.whatsapp.com/send/?phone=%2B552187654321' }).evidence.phone).toEqual({ e164: '+5521987654321', waNumber: '552187654321' });
  });

  it('ignores other pages and bad numbers', () => {
    expect(fromSendUrl({ url: 'https://web.whatsapp.com/' })).toMatchObject({ outcome: 'none', reason: 'not-a-send-link' });
    expect(fromSendUrl({ url: 'https://web.whatsapp.com/send?phone=12' })).toMatchObject({ outcome: 'none', reason: 'no-phone-parameter' });
    expect(fromSendUrl({ url: 'nonsense' })).toMatchObject({ outcome: 'none', reason: 'bad-url' });
  });
});

describe('layer 4: header title', () => {
  it('reads the number an unsaved contact is titled with (unsaved-contact.2026-11-24.html)', () => {
    expect(fromHeaderTitle({ root: page('unsaved-contact') })).toMatchObject({ outcome: 'found', value: '+5511987654321' });
  });

  it('reads names in the 2024, 2.3000 and newer layouts', () => {
    expect(fromHeaderTitle({ root: page('saved-contact-no-messages') }).evidence).toEqual({ name: 'Juliana Costa' });
    expect(fromHeaderTitle({ root: page('saved-contact') }).evidence).toEqual({ name: 'Maria Souza' });
    expect(fromHeaderTitle({ root: page('saved-contact-newer') }).evidence).toEqual({ name: 'Rafael Gomes' });
  });

  it('sees groups, business accounts and channels', () => {
    expect(fromHeaderTitle({ root: page('group-chat') }).evidence.kind).toBe('group');
    expect(fromHeaderTitle({ root: page('business-account') }).evidence).toEqual({ kind: 'business', name: 'Padaria Sol' });
    expect(fromHeaderTitle({ root: page('channel') }).evidence.kind).toBe('channel');
  });

  it('recognises a business by its label alone', () => {
    const doc = page('business-account');
    doc.querySelector('[data-icon^="verified"]')!.remove();
    expect(fromHeaderTitle({ root: doc }).evidence.kind).toBe('business');
    doc.querySelector('.subtitle')!.remove();
    expect(fromHeaderTitle({ root: doc }).evidence.kind).toBeUndefined();
  });

  it('is unavailable without a header', () => {
    const doc = page('saved-contact');
    doc.querySelector('#main header')!.remove();
    expect(fromHeaderTitle({ root: doc })).toMatchObject({ outcome: 'unavailable', reason: 'no-header' });
  });
});

describe('layer 5: chat list', () => {
  it('reads the active row title: a number or a name', () => {
    expect(fromChatList({ root: page('unsaved-contact') })).toMatchObject({ outcome: 'found', value: '+5511987654321' });
    expect(fromChatList({ root: page('saved-contact-no-messages') })).toMatchObject({ outcome: 'found', value: 'Juliana Costa' });
    expect(fromChatList({ root: page('saved-contact-newer') })).toMatchObject({ outcome: 'found', value: 'Rafael Gomes' });
  });

  it('never reads the last-message preview, though it has a title too', () => {
    const doc = page('saved-contact');
    const row = doc.querySelector('#pane-side [aria-selected="true"]')!;
    row.querySelector('span[dir="auto"]')!.remove();
    expect(row.querySelector('span[title]')?.getAttribute('title')).toBe('Até amanhã!');
    expect(fromChatList({ root: doc })).toMatchObject({ outcome: 'none', reason: 'no-title' });
  });

  it('reports a missing list or selection', () => {
    const doc = page('saved-contact');
    doc.querySelector('#pane-side [aria-selected="true"]')!.setAttribute('aria-selected', 'false');
    expect(fromChatList({ root: doc })).toMatchObject({ outcome: 'none', reason: 'no-active-row' });
    doc.getElementById('pane-side')!.remove();
    expect(fromChatList({ root: doc })).toMatchObject({ outcome: 'unavailable', reason: 'no-chat-list' });
  });
});
