import { describe, expect, it } from 'vitest';
import { installStoreDouble, STORE_DOUBLE_CALLS, type StoreDoubleState } from './store-double';
import { readStore } from './store-reader';
import { parseStoreSnapshot } from './store-snapshot';
import { STORE_FIXTURES, storeFixture } from './testing';

/** A window with WhatsApp's module system modelled from a dated store fixture. */
function whatsappWindow(state: StoreDoubleState) {
  const win: Record<string, unknown> = {};
  installStoreDouble(state, win);
  return { win, calls: win[STORE_DOUBLE_CALLS] as string[] };
}
const fixture = (name: string, change: (state: StoreDoubleState) => void = () => {}) => {
  const state = storeFixture(name);
  change(state);
  return whatsappWindow(state);
};

/** In-memory reads only: requires, getModelsArray, get and the local LID→phone mapping. */
const ALLOWED_CALLS = /^(require\(WAWeb\w+\)|\w+\.(getModelsArray|get|getPhoneNumber))$/;
const onlyAllowed = (calls: string[]) =>
  expect(
    calls.filter((call) => !ALLOWED_CALLS.test(call)),
    calls.join(),
  ).toEqual([]);

describe('MAIN-world store reader on 2026 builds', () => {
  it('reads a saved contact with the real module and key names (saved-contact-bare-ids.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('saved-contact-bare-ids');
    expect(readStore(win)).toEqual({
      available: true,
      version: '2.3000.1031902451',
      chat: {
        id: '5521976543210@c.us',
        name: 'Luana Ferreira',
        verifiedName: null,
        pushname: 'Lu',
        isGroup: false,
        isBusiness: false,
        isNewsletter: false,
        phoneJid: null,
        phoneSource: null,
        username: null,
        maskedPhone: null,
        lidOrigin: null,
        isUsernameContact: false,
        participants: [],
      },
    });
    onlyAllowed(calls);
    // Keys found on WAWebCollections: no fallback module is required (each unknown one throws in WhatsApp's loader).
    expect(calls.filter((call) => call.startsWith('require'))).toEqual(['require(WAWebCollections)']);
  });

  it('a LID chat without a mapping: pushname, username without @, masked number for display, no phone, never the PIN (lid-username.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('lid-username');
    expect(readStore(win)).toMatchObject({
      chat: { id: '203040506070811@lid', name: null, pushname: 'Maria', username: 'maria.lopez', maskedPhone: '+43 ••• •• 21', phoneJid: null, phoneSource: null },
    });
    // The formatted title (`@maria.lopez`) is never taken as a name.
    expect(calls).not.toContain('read contact.usernameKey');
    onlyAllowed(calls);
  });

  it('a LID chat with a mapping: the local cache first (lid-username-mapped.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('lid-username-mapped');
    expect(readStore(win)).toMatchObject({ chat: { id: '203040506070811@lid', phoneJid: '5511987650021@c.us', phoneSource: 'lid-cache' } });
    expect(calls).toContain('lidPnCache.getPhoneNumber');
    onlyAllowed(calls);
  });

  it('follows the LID chain: lidPnCache → WAWebApiContact.getPhoneNumber → contact.phoneNumber', () => {
    const viaApi = fixture('lid-username-mapped', (state) => {
      state.apiPhoneNumbers = state.lidPnCache;
      state.lidPnCache = {};
    });
    expect(readStore(viaApi.win)).toMatchObject({ chat: { phoneJid: '5511987650021@c.us', phoneSource: 'api-contact' } });
    const viaContact = fixture('lid-username-mapped', (state) => (state.lidPnCache = {}));
    expect(readStore(viaContact.win)).toMatchObject({ chat: { phoneJid: '5511987650021@c.us', phoneSource: 'contact' } });
    // A "mapping" that is itself a LID is no phone.
    const lidToLid = fixture('lid-username', (state) => (state.lidPnCache = { '203040506070811@lid': '555555555555555@lid' }));
    expect(readStore(lidToLid.win)).toMatchObject({ chat: { phoneJid: null } });
  });

  it('a soft-deleted username is none, and a stored leading @ is dropped', () => {
    const deleted = fixture('lid-username', (state) => (state.contacts['203040506070811@lid']!.usernameSoftDeleted = true));
    expect(readStore(deleted.win)).toMatchObject({ chat: { username: null, pushname: 'Maria' } });
  });

  // Contacts whose number WhatsApp hides (issue 19): each store holds a PIN (`usernameKey`) the reader must never touch.
  it('username soft-deleted: the old handle in the store is none; pushname and masked number only (lid-username-deleted.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('lid-username-deleted');
    expect(readStore(win)).toMatchObject({
      chat: { id: '203040506070812@lid', name: null, pushname: 'Rita', username: null, maskedPhone: '+43.......21', phoneJid: null, phoneSource: null },
    });
    expect(calls).not.toContain('read contact.usernameKey');
    onlyAllowed(calls);
  });

  it('username display off: the handle comes from the store, not from the masked title (lid-username-hidden.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('lid-username-hidden');
    expect(readStore(win)).toMatchObject({
      chat: { id: '203040506070813@lid', name: null, pushname: 'João', username: 'joao.prado', maskedPhone: '+49 151 ... 12345', phoneJid: null, phoneSource: null },
    });
    expect(calls).not.toContain('read contact.usernameKey');
    onlyAllowed(calls);
  });

  it('click-to-WhatsApp ad: pushname only, never the placeholder title; the chat says it came from an ad (ctwa-ad.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('ctwa-ad');
    expect(readStore(win)).toMatchObject({
      chat: {
        id: '203040506070814@lid',
        name: null,
        verifiedName: null,
        pushname: 'Carlos',
        username: null,
        maskedPhone: null,
        phoneJid: null,
        phoneSource: null,
        lidOrigin: 'ctwa',
        isUsernameContact: false,
      },
    });
    onlyAllowed(calls);
  });

  it('username contacts say so (isUsernameContact), soft-deleted or not; an unknown lidOriginType is none', () => {
    expect(readStore(fixture('lid-username-hidden').win)).toMatchObject({ chat: { isUsernameContact: true, lidOrigin: null } });
    expect(readStore(fixture('lid-username-deleted').win)).toMatchObject({ chat: { isUsernameContact: true, username: null } });
    const odd = fixture('ctwa-ad', (state) => (state.chats.find((chat) => chat.active)!.lidOriginType = 'server' as never));
    expect(readStore(odd.win)).toMatchObject({ chat: { lidOrigin: null } });
  });

  it('a business whose number is hidden: its approved verified name, business flag, pushname and username, no phone (lid-business.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('lid-business');
    expect(readStore(win)).toMatchObject({
      chat: {
        id: '203040506070815@lid',
        name: null,
        verifiedName: 'Doces da Vila Confeitaria',
        pushname: 'Vilma - Doces da Vila',
        isBusiness: true,
        username: 'docesdavila',
        maskedPhone: '+55 ••• ••• ••47',
        phoneJid: null,
        lidOrigin: 'general',
        isUsernameContact: true,
      },
    });
    onlyAllowed(calls);
  });

  it('a group whose members are known only by LID: names, usernames (none when soft-deleted), the one mapped phone (group-lid-members.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('group-lid-members');
    expect(readStore(win)).toMatchObject({
      chat: {
        id: '120363026666666666@g.us',
        isGroup: true,
        participants: [
          { id: '203040506070820@lid', name: 'Paula Reis', phoneJid: null, username: 'paula.reis' },
          { id: '203040506070821@lid', name: 'Diego', phoneJid: null, username: null },
          { id: '203040506070822@lid', name: 'Helena Souza', phoneJid: '5511976540022@c.us', username: null },
          { id: '203040506070823@lid', name: 'Otávio', phoneJid: null, username: null },
          { id: '203040506070824@lid', name: null, phoneJid: null, username: 'lu.tavares' },
        ],
      },
    });
    onlyAllowed(calls);
  });

  // `usernameKey` is the person's PIN (WAWebUsernameTypes: four digits): the double logs any read of it.
  it('never reads the PIN (usernameKey) of any contact, in any store fixture; the double does catch a read', () => {
    const withPin = STORE_FIXTURES.map((file) => file.replace(/\.\d{4}-\d{2}-\d{2}\.store\.json$/, '')).filter((name) =>
      JSON.stringify(storeFixture(name)).includes('usernameKey'),
    );
    expect(withPin.length).toBeGreaterThanOrEqual(5);
    for (const name of withPin) {
      const { win, calls } = fixture(name);
      expect(readStore(win), name).toMatchObject({ available: true });
      expect(
        calls.filter((call) => call.includes('usernameKey')),
        name,
      ).toEqual([]);
    }
    const { win, calls } = fixture('lid-business');
    const contacts = (win.require as (name: string) => Record<string, { get: (id: string) => Record<string, unknown> }>)('WAWebCollections').Contact!;
    expect(contacts.get('203040506070815@lid').usernameKey).toBe('5520');
    expect(calls).toContain('read contact.usernameKey');
  });

  it('an open channel lives in WAWebNewsletterCollection (channel-verified.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('channel-verified');
    expect(readStore(win)).toMatchObject({ chat: { id: '120363199999999999@newsletter', name: 'Ofertas Imóveis SP', isNewsletter: true } });
    onlyAllowed(calls);
    // Also where the build keeps it only in its own module.
    const moduleOnly = fixture('channel-verified', (state) => (state.keys.newsletters = null));
    expect(readStore(moduleOnly.win)).toMatchObject({ chat: { isNewsletter: true } });
    expect(moduleOnly.calls).toContain('require(WAWebNewsletterCollection)');
  });

  it('a group with the Jan 2026 key renames: members, a LID member phone from its contact, a LID-only member (group-bare-ids.2026-12-05.store.json)', () => {
    const { win, calls } = fixture('group-bare-ids');
    expect(readStore(win)).toMatchObject({
      chat: {
        id: '120363025555555555@g.us',
        name: 'Grupo Vendas Zona Sul',
        isGroup: true,
        participants: [
          { id: '5511955554444@c.us', name: 'Ana Lima', phoneJid: null },
          { id: '203040506070809@lid', name: 'Bruno Rocha', phoneJid: '5511944443333@c.us' },
          { id: '203040506070810@lid', name: 'Carla Dias', phoneJid: null },
        ],
      },
    });
    onlyAllowed(calls);
    expect(calls.filter((call) => /\.(find|findQuery|update|queryWidExists|warmUpAllLidPnMappings)$/.test(call))).toEqual([]);
  });

  it('renamed keys absent from WAWebCollections: the Chat and Contact modules, required only then', () => {
    const { win, calls } = fixture('meta-verified', (state) => (state.keys = { chats: null, contacts: null, newsletters: 'WAWebNewsletterCollection' }));
    expect(readStore(win)).toMatchObject({ chat: { id: '5521912340000@c.us', name: 'Fernanda Alves', verifiedName: 'Fernanda Alves', isBusiness: false } });
    expect(calls).toEqual(expect.arrayContaining(['require(WAWebChatCollection)', 'require(WAWebContactCollection)', 'Contact.get']));
  });

  it('`active` is truthy, not always `true`', () => {
    const { win } = fixture('saved-contact-bare-ids');
    expect(storeFixture('saved-contact-bare-ids').chats.find((chat) => chat.active)?.active).toBe(1);
    expect(readStore(win)).toMatchObject({ chat: { id: '5521976543210@c.us' } });
  });

  it('reports no chat, no module system, or changed internals instead of throwing, with the build', () => {
    expect(readStore(fixture('saved-contact-bare-ids', (state) => state.chats.forEach((chat) => (chat.active = false))).win)).toMatchObject({
      available: true,
      chat: null,
      version: '2.3000.1031902451',
    });
    expect(readStore({})).toEqual({ available: false, reason: 'no-require', version: null });
    expect(readStore({ require: () => undefined, Debug: { VERSION: '2.3000.1' } })).toEqual({ available: false, reason: 'no-chat-collection', version: '2.3000.1' });
    const broken = fixture('saved-contact-bare-ids');
    const collections = (broken.win.require as (name: string) => Record<string, { getModelsArray: () => unknown }>)('WAWebCollections');
    collections.Chat!.getModelsArray = () => {
      throw new Error('changed internals');
    };
    expect(readStore(broken.win)).toMatchObject({ available: false, reason: 'error' });
    // The LID module missing is not fatal: the chat is read without a mapping.
    const { win } = fixture('lid-username-mapped');
    const partial = {
      require: (name: string) =>
        name === 'WAWebApiContact'
          ? (() => {
              throw new Error('unknown');
            })()
          : (win.require as (name: string) => unknown)(name),
    };
    expect(readStore(partial)).toMatchObject({ available: true, chat: { phoneJid: '5511987650021@c.us', phoneSource: 'contact' } });
  });

  it('every store fixture survives the trip between worlds', () => {
    expect(STORE_FIXTURES.length).toBeGreaterThanOrEqual(6);
    for (const file of STORE_FIXTURES) {
      const snapshot = readStore(fixture(file.replace(/\.\d{4}-\d{2}-\d{2}\.store\.json$/, '')).win);
      expect(snapshot, file).toMatchObject({ available: true, version: '2.3000.1031902451' });
      expect(parseStoreSnapshot(JSON.parse(JSON.stringify(snapshot))), file).toEqual(snapshot);
    }
  });
});

describe('store snapshot check in the isolated world', () => {
  it('refuses anything that is not the documented shape', () => {
    expect(parseStoreSnapshot(null)).toBeNull();
    expect(parseStoreSnapshot('x')).toBeNull();
    expect(parseStoreSnapshot({ available: 'yes' })).toBeNull();
    expect(parseStoreSnapshot({ available: false })).toEqual({ available: false, reason: 'unknown', version: null });
    expect(parseStoreSnapshot({ available: true, chat: { name: 'no id' } })).toEqual({ available: true, chat: null, version: null });
    expect(parseStoreSnapshot({ available: true, chat: null, version: '<img src=x>' })).toEqual({ available: true, chat: null, version: null });
  });

  it('cuts long texts and long member lists, and drops odd types', () => {
    const parsed = parseStoreSnapshot({
      available: true,
      chat: {
        id: '5511987654321@c.us',
        name: 'x'.repeat(5000),
        isGroup: 'true',
        phoneSource: 'server',
        participants: Array.from({ length: 500 }, (_, i) => ({ id: `55119${i}@c.us`, name: 7 })),
      },
    });
    expect(parsed).toMatchObject({ chat: { isGroup: false, phoneSource: null } });
    const chat = parsed?.available ? parsed.chat : null;
    expect(chat?.name).toHaveLength(200);
    expect(chat?.participants).toHaveLength(50);
    expect(chat?.participants[0]?.name).toBeNull();
  });
});
