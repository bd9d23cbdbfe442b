import { describe, expect, it } from 'vitest';
import { resolveChat } from './resolve';
import { installStoreDouble } from './store-double';
import { readStore } from './store-reader';
import type { StoreChat } from './store-snapshot';
import { storeFixture, storeSnapshotOf, storeWith, whatsappPages } from './testing';
import type { Attempt, ResolverName } from './types';

const HOME = 'https://web.whatsapp.com/';
const page = whatsappPages();
const outcomes = (attempts: Attempt[]) =>
  Object.fromEntries(attempts.map((attempt) => [attempt.resolver, attempt.reason ? `${attempt.outcome}:${attempt.reason}` : attempt.outcome])) as Record<ResolverName, string>;

const read = (fixture: string, store: string | null = fixture) => resolveChat({ root: page(fixture), url: HOME, store: store ? storeSnapshotOf(store) : null });

describe('2026 rollouts: bare message ids, testids, the real store', () => {
  it('saved contact, store present: number and name from the store, the build in the record (saved-contact-bare-ids.2026-12-05.*)', () => {
    const chat = read('saved-contact-bare-ids');
    expect(chat).toMatchObject({ kind: 'person', chatKey: '5521976543210@c.us', name: 'Luana Ferreira', phone: '+5521976543210', phoneWhy: null, build: '2.3000.1031902451' });
    expect(outcomes(chat.attempts)).toMatchObject({ store: 'found', 'message-ids': 'unrecognised:data-id-without-key', 'header-title': 'agrees', 'chat-list': 'agrees' });
  });

  it('saved contact where window.require is absent: every layer fails for the number, and the record says which and how', () => {
    const chat = read('saved-contact-bare-ids', null);
    expect(chat).toMatchObject({ kind: 'person', chatKey: null, name: 'Luana Ferreira', phone: null, phoneWhy: 'not-found', build: null });
    expect(outcomes(chat.attempts)).toEqual({
      store: 'unavailable:no-answer',
      'message-ids': 'unrecognised:data-id-without-key',
      'send-url': 'none:not-a-send-link',
      'header-title': 'found',
      'chat-list': 'agrees',
      manual: 'none:not-found',
    });
  });

  it('LID chat started by username, no mapping: the pushname, never the handle; phone empty because of the LID (lid-username.2026-12-05.*)', () => {
    const chat = read('lid-username');
    expect(chat).toMatchObject({ kind: 'person', chatKey: '203040506070811@lid', name: 'Maria', phone: null, phoneWhy: 'lid' });
    // The header and the chat list print `@maria.lopez`: read, and refused as a name.
    expect(outcomes(chat.attempts)).toMatchObject({ store: 'found:lid-without-mapping', 'header-title': 'none:unreadable-title', 'chat-list': 'none:unreadable-title' });
  });

  it('the same chat once WhatsApp knows the mapping: the phone from the local cache (lid-username-mapped.2026-12-05.store.json)', () => {
    expect(read('lid-username', 'lid-username-mapped')).toMatchObject({
      chatKey: '203040506070811@lid',
      name: 'Maria',
      phone: '+5511987650021',
      phoneWhy: null,
      sources: { phone: 'store' },
    });
  });

  // Contacts whose number WhatsApp hides (issue 19): the name is the pushname without `~`, the phone empty because of the LID,
  // the identity what the store holds for display, and the PIN (`usernameKey`) never read (store-reader.test.ts).
  it('username soft-deleted: pushname and masked number only, the old handle dropped (lid-username-deleted.2026-12-05.*)', () => {
    const chat = read('lid-username-deleted');
    expect(chat).toMatchObject({
      kind: 'person',
      chatKey: '203040506070812@lid',
      name: 'Rita',
      phone: null,
      waNumber: null,
      phoneWhy: 'lid',
      sources: { name: 'store', phone: null },
    });
    expect(chat.identity).toEqual({ pushname: 'Rita', username: null, maskedPhone: '+43.......21', reachedBy: 'username' });
    expect(outcomes(chat.attempts)).toMatchObject({ store: 'found:lid-without-mapping', 'header-title': 'none:unreadable-title', 'chat-list': 'none:unreadable-title' });
  });

  it('username display off: the handle from the store, the masked number in the header refused as name and phone (lid-username-hidden.2026-12-05.*)', () => {
    const chat = read('lid-username-hidden');
    expect(chat).toMatchObject({ kind: 'person', chatKey: '203040506070813@lid', name: 'João', phone: null, waNumber: null, phoneWhy: 'lid' });
    expect(chat.identity).toEqual({ pushname: 'João', username: 'joao.prado', maskedPhone: '+49 151 ... 12345', reachedBy: 'username' });
    expect(outcomes(chat.attempts)).toMatchObject({ store: 'found:lid-without-mapping', 'header-title': 'none:unreadable-title' });
  });

  it('click-to-WhatsApp ad with the number hidden: the pushname, never the placeholder (ctwa-ad.2026-12-05.*)', () => {
    const chat = read('ctwa-ad');
    expect(chat).toMatchObject({ kind: 'person', chatKey: '203040506070814@lid', name: 'Carlos', phone: null, waNumber: null, phoneWhy: 'lid' });
    expect(chat.identity).toEqual({ pushname: 'Carlos', username: null, maskedPhone: null, reachedBy: 'ad' });
    expect(outcomes(chat.attempts)).toMatchObject({ store: 'found:lid-without-mapping', 'header-title': 'none:unreadable-title' });
  });

  it('the same three chats without the store: no name and no phone from their headers', () => {
    for (const fixture of ['lid-username-deleted', 'lid-username-hidden', 'ctwa-ad']) {
      expect(read(fixture, null), fixture).toMatchObject({ name: null, phone: null, waNumber: null });
    }
  });

  it('LID chat without the store: nothing but a refused handle; no phone, no name', () => {
    const chat = read('lid-username', null);
    expect(chat).toMatchObject({ kind: 'unknown', name: null, phone: null, phoneWhy: 'not-found' });
  });

  it('an open channel is never a person, with or without the store (channel-verified.2026-12-05.*)', () => {
    expect(read('channel-verified')).toMatchObject({ kind: 'channel', chatKey: '120363199999999999@newsletter', phone: null, phoneWhy: 'channel', participants: [] });
    expect(read('channel-verified', null)).toMatchObject({ kind: 'channel', phone: null, phoneWhy: 'channel' });
  });

  it('group with bare ids: members from the store, senders on screen by name, never me (group-bare-ids.2026-12-05.*)', () => {
    expect(read('group-bare-ids').participants).toEqual([
      { key: '5511955554444@c.us', name: 'Ana Lima', phone: '+5511955554444' },
      { key: '203040506070809@lid', name: 'Bruno Rocha', phone: '+5511944443333' },
      { key: '203040506070810@lid', name: 'Carla Dias', phone: null, username: 'carla.dias' },
      { key: '5531999123456@c.us', name: null, phone: '+5531999123456' },
    ]);
    const domOnly = read('group-bare-ids', null);
    expect(domOnly).toMatchObject({ kind: 'group', phone: null, phoneWhy: 'group' });
    expect(domOnly.participants).toEqual([
      { key: 'name:Ana Lima', name: 'Ana Lima', phone: null },
      { key: '5531999123456@c.us', name: null, phone: '+5531999123456' },
      { key: 'name:Bruno Rocha', name: 'Bruno Rocha', phone: null },
    ]);
  });

  it('business whose number is hidden: the approved verified name, not the pushname; phone empty because of the LID; the username kept (lid-business.2026-12-05.*)', () => {
    const chat = read('lid-business');
    expect(chat).toMatchObject({
      kind: 'business',
      chatKey: '203040506070815@lid',
      name: 'Doces da Vila Confeitaria',
      phone: null,
      waNumber: null,
      phoneWhy: 'lid',
      sources: { name: 'store', phone: null },
    });
    expect(chat.identity).toEqual({ pushname: 'Vilma - Doces da Vila', username: 'docesdavila', maskedPhone: '+55 ••• ••• ••47', reachedBy: 'username' });
    // WhatsApp titles the chat with the same verified name: the header agrees; the @username under it is not read as a name.
    expect(outcomes(chat.attempts)).toMatchObject({ store: 'found:lid-without-mapping', 'header-title': 'agrees', 'chat-list': 'agrees', manual: 'none:lid' });
    // Without the store: the verified name and the badge WhatsApp prints, and still no phone.
    expect(read('lid-business', null)).toMatchObject({ kind: 'business', name: 'Doces da Vila Confeitaria', phone: null, waNumber: null });
  });

  it('saved name, then verified business name, then pushname; a verified name WhatsApp has not approved (level 0) is not used', () => {
    const business = { id: '203040506070815@lid', verifiedName: 'Doces da Vila Confeitaria', pushname: 'Vilma', isBusiness: true };
    const nameWith = (chat: Partial<StoreChat>) => resolveChat({ root: page('lid-business'), url: HOME, store: storeWith({ ...business, ...chat }) }).name;
    expect(nameWith({ name: 'Vilma (confeitaria)' })).toBe('Vilma (confeitaria)');
    expect(nameWith({})).toBe('Doces da Vila Confeitaria');
    expect(nameWith({ verifiedName: '@docesdavila' })).toBe('Vilma');
    const unapproved = storeFixture('lid-business');
    unapproved.contacts['203040506070815@lid']!.verifiedLevel = 0;
    const win: Record<string, unknown> = {};
    installStoreDouble(unapproved, win);
    expect(readStore(win)).toMatchObject({ chat: { verifiedName: null, pushname: 'Vilma - Doces da Vila' } });
  });

  it('group whose members WhatsApp knows only by LID: every member listed, by name or username, a phone only where WhatsApp knows it (group-lid-members.2026-12-05.*)', () => {
    const chat = read('group-lid-members');
    expect(chat).toMatchObject({ kind: 'group', chatKey: '120363026666666666@g.us', name: 'Clientes Feira de Noivas', phone: null, phoneWhy: 'group' });
    expect(chat.participants).toEqual([
      { key: '203040506070820@lid', name: 'Paula Reis', phone: null, username: 'paula.reis' },
      { key: '203040506070821@lid', name: 'Diego', phone: null },
      { key: '203040506070822@lid', name: 'Helena Souza', phone: '+5511976540022' },
      // Soft-deleted: the old handle is not shown.
      { key: '203040506070823@lid', name: 'Otávio', phone: null },
      // Only a username and a masked number: listed, with neither as its name nor its phone.
      { key: '203040506070824@lid', name: null, phone: null, username: 'lu.tavares' },
    ]);
    // Without the store: the ~pushnames on the rows; the handle and the masked number are dropped, never a phone.
    expect(read('group-lid-members', null).participants).toEqual([
      { key: 'name:Helena Souza', name: 'Helena Souza', phone: null },
      { key: 'name:Paula Reis', name: 'Paula Reis', phone: null },
    ]);
  });

  it('Meta Verified person: a person, not a business (meta-verified.2026-12-05.*)', () => {
    expect(read('meta-verified')).toMatchObject({ kind: 'person', name: 'Fernanda Alves', phone: '+5521912340000' });
    expect(read('meta-verified', null)).toMatchObject({ kind: 'person', name: 'Fernanda Alves', phone: null });
  });

  it("WhatsApp's own accounts are never a customer: Meta AI, PSA, official", () => {
    for (const id of ['13135550002@c.us', '0@c.us', '16505361212@c.us', '867051314767696@bot']) {
      const chat = resolveChat({ root: page('saved-contact-bare-ids'), url: HOME, store: storeWith({ id, name: 'Meta AI' }) });
      expect(chat, id).toMatchObject({ kind: 'service', phone: null, phoneWhy: 'service' });
    }
  });
});
