/**
 * Test double of WhatsApp Web's module system, with the module, collection and field names
 * 2026 builds use (wa-js, whatsapp-web.js and Baileys, 2026 commits; docs/whatsapp.md).
 * The state lives in dated fixtures (fixtures/*.store.json); `installStoreDouble` builds the
 * models from it on a window. It is self-contained (no outside references) because the e2e
 * suites serialise it into the page as an init script, where it stands in for WhatsApp's own.
 * Every call and every read of a forbidden field is logged under `__storeDoubleCalls`, so
 * tests can prove the reader only uses in-memory getters.
 */
export interface ContactDouble {
  name?: string;
  pushname?: string;
  verifiedName?: string;
  /** WAWebBusinessProfileTypes VERIFIED_LEVEL: 0 unknown, 1 low, 2 high. */
  verifiedLevel?: number;
  isBusiness?: boolean;
  username?: string;
  usernameSoftDeleted?: boolean;
  isUsernameContact?: boolean;
  /** The PIN of a username: the reader must never read it. */
  usernameKey?: string;
  displayNameLID?: string;
  /** A `@c.us` id: the mapping WhatsApp keeps on a LID contact. */
  phoneNumber?: string;
}

export interface ChatDouble {
  id: string;
  /** Truthy when open (wa-js types it `any`). */
  active?: boolean | number;
  name?: string;
  formattedTitle?: string;
  isGroup?: boolean;
  /** Where a LID chat came from (WAWebUsernameTypes): `ctwa` for a click-to-WhatsApp ad. */
  lidOriginType?: 'ctwa' | 'general';
  /** The contact is reached through the Contact collection only (not `chat.contact`). */
  contactOnlyInCollection?: boolean;
  participants?: { id: string }[];
}

export interface StoreDoubleState {
  /** Where the shapes come from, for the reader of the fixture. */
  about: string;
  /** `Debug.VERSION`. */
  version: string | null;
  /** The WAWebCollections keys this build uses; absent keys are reached through their own module. */
  keys: { chats: string | null; contacts: string | null; newsletters: string | null };
  chats: ChatDouble[];
  newsletters: ChatDouble[];
  contacts: Record<string, ContactDouble>;
  /** `WAWebApiContact.lidPnCache` (LID → `@c.us`). */
  lidPnCache: Record<string, string>;
  /** `WAWebApiContact.getPhoneNumber` (LID → `@c.us`). */
  apiPhoneNumbers: Record<string, string>;
}

export const STORE_DOUBLE_CALLS = '__storeDoubleCalls';

export function installStoreDouble(state: StoreDoubleState, target: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  const calls: string[] = [];
  target.__storeDoubleCalls = calls;
  const wid = (serialized: string) => {
    const [user, server] = serialized.split('@');
    return { user, server, _serialized: serialized, toString: () => serialized };
  };
  const idOf = (value: unknown) => (typeof value === 'string' ? value : ((value as { _serialized?: string } | null)?._serialized ?? ''));
  const spy = <T extends object>(name: string, object: T, forbidden: string[] = []): T =>
    new Proxy(object, {
      get(inner, key, receiver) {
        if (forbidden.includes(String(key))) calls.push(`read ${name}.${String(key)}`);
        const value = Reflect.get(inner, key, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          calls.push(`${name}.${String(key)}`);
          return (value as (...a: unknown[]) => unknown).apply(inner, args);
        };
      },
    });
  const server = () => Promise.reject(new Error('a server call: never allowed'));
  const contacts = new Map(
    Object.entries(state.contacts).map(([id, fields]) => {
      const { phoneNumber, ...rest } = fields;
      return [id, spy('contact', { id: wid(id), ...rest, ...(phoneNumber ? { phoneNumber: wid(phoneNumber) } : {}) }, ['usernameKey'])];
    }),
  );
  const modelOf = (chat: ChatDouble) => {
    const { participants, contactOnlyInCollection, ...fields } = chat;
    const contact = contactOnlyInCollection ? undefined : contacts.get(chat.id);
    const members = (participants ?? []).map((member) => ({ id: wid(member.id), ...(contacts.has(member.id) ? { contact: contacts.get(member.id) } : {}) }));
    return {
      ...fields,
      id: wid(chat.id),
      ...(contact ? { contact } : {}),
      ...(participants ? { groupMetadata: { participants: spy('Participants', { getModelsArray: () => members, update: server }) } } : {}),
    };
  };
  const collection = (name: string, items: object[]) =>
    spy(name, { getModelsArray: () => items, get: (id: unknown) => items.find((item) => idOf((item as { id: unknown }).id) === idOf(id)), find: server, findQuery: server });
  const chats = collection('Chat', state.chats.map(modelOf));
  const newsletters = collection('Newsletter', state.newsletters.map(modelOf));
  const contactCollection = collection('Contact', [...contacts.values()]);
  const collections: Record<string, unknown> = {};
  if (state.keys.chats) collections[state.keys.chats] = chats;
  if (state.keys.contacts) collections[state.keys.contacts] = contactCollection;
  if (state.keys.newsletters) collections[state.keys.newsletters] = newsletters;
  const mapped = (table: Record<string, string>) => (id: unknown) => (table[idOf(id)] ? wid(table[idOf(id)]!) : undefined);
  const modules: Record<string, unknown> = {
    WAWebCollections: collections,
    WAWebChatCollection: { ChatCollection: chats },
    WAWebContactCollection: { ContactCollection: contactCollection },
    WAWebNewsletterCollection: { NewsletterCollection: newsletters },
    WAWebApiContact: spy('WAWebApiContact', {
      lidPnCache: spy('lidPnCache', { getPhoneNumber: mapped(state.lidPnCache), getCurrentLid: () => undefined }),
      getPhoneNumber: mapped(state.apiPhoneNumbers),
      warmUpAllLidPnMappings: server,
    }),
    WAWebQueryExistsJob: spy('WAWebQueryExistsJob', { queryWidExists: server }),
  };
  target.require = (name: string) => {
    calls.push(`require(${name})`);
    // As in WhatsApp's loader: a module this build lacks throws.
    if (!(name in modules)) throw new Error(`Requiring unknown module "${name}"`);
    return modules[name];
  };
  if (state.version) target.Debug = { VERSION: state.version };
}
