import { describe, expect, it } from 'vitest';
import { readStore } from './store-reader';
import { parseStoreSnapshot } from './store-snapshot';

/** A Wid as WhatsApp models it: an object with user/server and `_serialized`. */
const wid = (serialized: string) => {
  const [user, server] = serialized.split('@');
  return { user, server, _serialized: serialized };
};

/**
 * A stand-in for WhatsApp's module system with the shapes public code reads (wa-js,
 * whatsapp-web.js). Every function call is logged so the test can prove the reader only uses
 * in-memory getters.
 */
function fakeWhatsapp(options: { active?: string; lidMap?: Record<string, string>; throwOn?: string } = {}) {
  const calls: string[] = [];
  const spy = <T extends object>(name: string, target: T): T =>
    new Proxy(target, {
      get(object, key, receiver) {
        const value = Reflect.get(object, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`${name}.${String(key)}`);
          if (options.throwOn === `${name}.${String(key)}`) throw new Error('changed internals');
          return value.apply(object, args);
        };
      },
    });
  const contacts: Record<string, object> = {
    '5511955554444@c.us': { name: 'Ana Lima', pushname: 'Ana' },
    '203040506070809@lid': { pushname: 'Bruno Rocha' },
  };
  const chats = [
    { id: wid('5521998765432@c.us'), active: options.active === '5521998765432@c.us', name: 'Maria Souza', contact: { pushname: 'Maria', isBusiness: false } },
    { id: wid('109876543210987@lid'), active: options.active === '109876543210987@lid', name: 'Paulo Mendes', contact: {} },
    {
      id: wid('120363025555555555@g.us'),
      active: options.active === '120363025555555555@g.us',
      name: 'Grupo Vendas Zona Sul',
      isGroup: true,
      groupMetadata: { participants: spy('Participants', { getModelsArray: () => [{ id: wid('5511955554444@c.us') }, { id: wid('203040506070809@lid') }] }) },
    },
    { id: wid('551133334444@c.us'), active: options.active === '551133334444@c.us', formattedTitle: 'Padaria Sol', contact: { isBusiness: true, verifiedName: 'Padaria Sol' } },
  ];
  const modules: Record<string, object> = {
    WAWebCollections: {
      Chat: spy('Chat', { getModelsArray: () => chats, find: () => Promise.reject(new Error('network')) }),
      Newsletter: spy('Newsletter', { getModelsArray: () => [{ id: wid('120363199999999999@newsletter'), active: options.active === '120363199999999999@newsletter', name: 'Ofertas' }] }),
      Contact: spy('Contact', { get: (id: { _serialized: string }) => contacts[id._serialized], find: () => Promise.reject(new Error('network')) }),
    },
    WAWebApiContact: {
      lidPnCache: spy('lidPnCache', { getPhoneNumber: (id: { _serialized: string }) => (options.lidMap?.[id._serialized] ? wid(options.lidMap[id._serialized]!) : undefined) }),
    },
  };
  const require = (name: string) => {
    calls.push(`require(${name})`);
    if (!(name in modules)) throw new Error(`Requiring unknown module "${name}"`);
    return modules[name];
  };
  return { win: { require }, calls };
}

const ALLOWED_CALLS = /^(require\((WAWebCollections|WAWebApiContact)\)|\w+\.(getModelsArray|get|getPhoneNumber))$/;

describe('MAIN-world store reader', () => {
  it('reads the active chat with its name', () => {
    const { win, calls } = fakeWhatsapp({ active: '5521998765432@c.us' });
    expect(readStore(win)).toEqual({
      available: true,
      chat: { id: '5521998765432@c.us', name: 'Maria Souza', pushname: 'Maria', isGroup: false, isBusiness: false, isNewsletter: false, phoneJid: null, participants: [] },
    });
    expect(calls.every((call) => ALLOWED_CALLS.test(call)), calls.join()).toBe(true);
  });

  it('maps a LID chat to its phone through the local cache only', () => {
    const { win, calls } = fakeWhatsapp({ active: '109876543210987@lid', lidMap: { '109876543210987@lid': '5511912345678@c.us' } });
    expect(readStore(win)).toMatchObject({ chat: { id: '109876543210987@lid', phoneJid: '5511912345678@c.us' } });
    expect(calls).toContain('lidPnCache.getPhoneNumber');
    expect(calls.every((call) => ALLOWED_CALLS.test(call)), calls.join()).toBe(true);
  });

  it('leaves a LID without a mapping unmapped', () => {
    const { win } = fakeWhatsapp({ active: '109876543210987@lid' });
    expect(readStore(win)).toMatchObject({ chat: { id: '109876543210987@lid', phoneJid: null } });
  });

  it('lists group members with names from the contact cache, never querying the server', () => {
    const { win, calls } = fakeWhatsapp({ active: '120363025555555555@g.us', lidMap: { '203040506070809@lid': '5511944443333@c.us' } });
    expect(readStore(win)).toMatchObject({
      chat: {
        isGroup: true,
        participants: [
          { id: '5511955554444@c.us', name: 'Ana Lima', phoneJid: null },
          { id: '203040506070809@lid', name: 'Bruno Rocha', phoneJid: '5511944443333@c.us' },
        ],
      },
    });
    expect(calls.filter((call) => call.endsWith('.find'))).toEqual([]);
    expect(calls.every((call) => ALLOWED_CALLS.test(call)), calls.join()).toBe(true);
  });

  it('reads business accounts and channels', () => {
    expect(readStore(fakeWhatsapp({ active: '551133334444@c.us' }).win)).toMatchObject({ chat: { name: 'Padaria Sol', isBusiness: true } });
    expect(readStore(fakeWhatsapp({ active: '120363199999999999@newsletter' }).win)).toMatchObject({ chat: { id: '120363199999999999@newsletter', isNewsletter: true } });
  });

  it('reports no chat, no module system, or changed internals instead of throwing', () => {
    expect(readStore(fakeWhatsapp().win)).toEqual({ available: true, chat: null });
    expect(readStore({})).toEqual({ available: false, reason: 'no-require' });
    expect(readStore({ require: () => undefined })).toEqual({ available: false, reason: 'no-chat-collection' });
    expect(readStore(fakeWhatsapp({ active: '5521998765432@c.us', throwOn: 'Chat.getModelsArray' }).win)).toEqual({ available: false, reason: 'error' });
    // The LID module missing is not fatal: the chat is read without a mapping.
    const { win } = fakeWhatsapp({ active: '109876543210987@lid' });
    const partial = { require: (name: string) => (name === 'WAWebApiContact' ? (() => { throw new Error('unknown'); })() : win.require(name)) };
    expect(readStore(partial)).toMatchObject({ available: true, chat: { phoneJid: null } });
  });

  it('survives a JSON round trip, as posted between worlds', () => {
    const snapshot = readStore(fakeWhatsapp({ active: '120363025555555555@g.us' }).win);
    expect(parseStoreSnapshot(JSON.parse(JSON.stringify(snapshot)))).toEqual(snapshot);
  });
});

describe('store snapshot check in the isolated world', () => {
  it('refuses anything that is not the documented shape', () => {
    expect(parseStoreSnapshot(null)).toBeNull();
    expect(parseStoreSnapshot('x')).toBeNull();
    expect(parseStoreSnapshot({ available: 'yes' })).toBeNull();
    expect(parseStoreSnapshot({ available: false })).toEqual({ available: false, reason: 'unknown' });
    expect(parseStoreSnapshot({ available: true, chat: { name: 'no id' } })).toEqual({ available: true, chat: null });
  });

  it('cuts long texts and long member lists, and drops odd types', () => {
    const parsed = parseStoreSnapshot({
      available: true,
      chat: { id: '5511987654321@c.us', name: 'x'.repeat(5000), isGroup: 'true', participants: Array.from({ length: 500 }, (_, i) => ({ id: `55119${i}@c.us`, name: 7 })) },
    });
    expect(parsed).toMatchObject({ chat: { isGroup: false } });
    const chat = parsed?.available ? parsed.chat : null;
    expect(chat?.name).toHaveLength(200);
    expect(chat?.participants).toHaveLength(50);
    expect(chat?.participants[0]?.name).toBeNull();
  });
});
