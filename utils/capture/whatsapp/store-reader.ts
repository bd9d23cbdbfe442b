import { LID_ORIGINS, MAX_PARTICIPANTS, type PhoneSource, type StoreChat, type StoreParticipant, type StoreSnapshot } from './store-snapshot';

/**
 * Runs in WhatsApp's MAIN world (entrypoints/whatsapp-store.ts) when the background reads a
 * chat. Read-only, in-memory only: `require` of modules the app has already loaded, the
 * collections' `getModelsArray`/`get`, and the local LID→phone mapping (`lidPnCache`,
 * `WAWebApiContact.getPhoneNumber`: "without hitting WhatsApp api", wa-js LidPnCache.ts). Never
 * `find`, `query*`, `queryWidExists`, `groupMetadata.update`, `warmUpAllLidPnMappings` or
 * anything that talks to WhatsApp's servers (public reports tie them to bans); never messages;
 * never `usernameKey` (the person's PIN). Every access is guarded: internal names change
 * without notice (wa-js, whatsapp-web.js and Baileys, 2026).
 */
type Model = Record<string, unknown>;
type Require = (module: string) => Model | null | undefined;

function call(target: unknown, method: string, ...args: unknown[]): unknown {
  const fn = (target as Model | null | undefined)?.[method];
  return typeof fn === 'function' ? (fn as (...a: unknown[]) => unknown).apply(target, args) : undefined;
}

function str(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim().slice(0, 200) : null;
}

/** A Wid as text: `_serialized`, else `user@server` (whatsapp-web.js notes `_serialized` can be missing). */
function widText(wid: unknown): string | null {
  if (typeof wid === 'string') return str(wid);
  const value = wid as Model | null | undefined;
  return str(value?._serialized) ?? (str(value?.user) && str(value?.server) ? `${str(value?.user)}@${str(value?.server)}` : null);
}

const isCollection = (value: unknown): value is Model => typeof (value as Model | null | undefined)?.getModelsArray === 'function';

function models(collection: unknown): Model[] {
  const list = call(collection, 'getModelsArray');
  return Array.isArray(list) ? (list as Model[]) : [];
}

/**
 * The first collection found under any of `keys` of WAWebCollections (renamed in Jan 2026:
 * whatsapp-web.js 207a5ad1), else in its own module. The module is required only when no key
 * has it: a `require` of a module this build lacks throws inside WhatsApp's loader.
 */
function collectionOf(collections: Model, keys: string[], load: (name: string) => Model | null, module: string, exports: string[]): Model | null {
  const direct = keys.map((key) => collections[key]).find(isCollection);
  if (direct) return direct;
  const loaded = load(module);
  return (exports.map((name) => loaded?.[name]).find(isCollection) as Model | undefined) ?? null;
}

/** `@handle` → `handle`; none when soft-deleted (WAWebSchemaContact `usernameSoftDeleted`). Reads nothing else of the username. */
function usernameOf(contact: Model | null): string | null {
  if (!contact || contact.usernameSoftDeleted) return null;
  return str(contact.username)?.replace(/^@+/, '') || null;
}

/**
 * A business's verified name, as WhatsApp shows it: once approved (`verifiedLevel` LOW 1 or HIGH
 * 2; WAWebFrontendContactGetters, WAWebContactComparator). At UNKNOWN (0) it is a name nobody checked.
 */
function verifiedNameOf(contact: Model | null): string | null {
  return contact?.verifiedLevel === 0 ? null : str(contact?.verifiedName);
}

export function readStore(win: { require?: unknown; Debug?: unknown }): StoreSnapshot {
  const version = str((win.Debug as Model | undefined)?.VERSION);
  const req = win.require;
  if (typeof req !== 'function') return { available: false, reason: 'no-require', version };
  const load = (name: string): Model | null => {
    try {
      return (req as Require)(name) ?? null;
    } catch {
      return null;
    }
  };
  try {
    const collections = load('WAWebCollections') ?? {};
    const chats = collectionOf(collections, ['Chat', 'WAWebChatCollection', 'ChatCollection'], load, 'WAWebChatCollection', ['ChatCollection', 'default']);
    if (!chats) return { available: false, reason: 'no-chat-collection', version };
    // `active` is typed `any` in wa-js: truthy, not always `true`.
    const chat = models(chats).find((model) => Boolean(model?.active));
    const channels = chat
      ? null
      : collectionOf(collections, ['WAWebNewsletterCollection', 'NewsletterCollection', 'Newsletter'], load, 'WAWebNewsletterCollection', ['NewsletterCollection', 'default']);
    const channel = channels ? models(channels).find((model) => Boolean(model?.active)) : undefined;
    const active = chat ?? channel;
    if (!active) return { available: true, chat: null, version };
    const id = widText(active.id);
    if (!id) return { available: true, chat: null, version };

    let contacts: Model | null | undefined;
    const contactOf = (owner: Model, wid: unknown): Model | null => {
      if (owner.contact && typeof owner.contact === 'object') return owner.contact as Model;
      contacts ??= collectionOf(collections, ['Contact', 'WAWebContactCollection', 'ContactCollection'], load, 'WAWebContactCollection', ['ContactCollection', 'default']);
      return (call(contacts, 'get', wid) as Model | undefined) ?? null;
    };
    let api: Model | null | undefined;
    const asPhone = (value: unknown): string | null => {
      const text = widText(value);
      return text && /@(c\.us|s\.whatsapp\.net)$/.test(text) ? text : null;
    };
    /** The local LID→phone chain (review §2.3); the Wid object is passed, never the string. */
    const phoneOfLid = (wid: unknown, contact: Model | null): { jid: string; source: PhoneSource } | null => {
      if (!/@(hosted\.)?lid$/.test(widText(wid) ?? '')) return null;
      api ??= load('WAWebApiContact');
      const steps: [PhoneSource, () => unknown][] = [
        ['lid-cache', () => call(api?.lidPnCache, 'getPhoneNumber', wid)],
        ['api-contact', () => call(api, 'getPhoneNumber', wid)],
        ['contact', () => contact?.phoneNumber],
      ];
      for (const [source, read] of steps) {
        const jid = asPhone(read());
        if (jid) return { jid, source };
      }
      return null;
    };

    const isGroup = Boolean(active.isGroup) || id.endsWith('@g.us');
    const isNewsletter = channel !== undefined || id.endsWith('@newsletter');
    const isLid = /@(hosted\.)?lid$/.test(id);
    const contact = isGroup || isNewsletter ? null : contactOf(active, active.id);
    const metadata = active.groupMetadata as Model | undefined;
    const participants: StoreParticipant[] = models(metadata?.participants)
      .slice(0, MAX_PARTICIPANTS)
      .flatMap((member) => {
        const memberId = widText(member.id);
        if (!memberId) return [];
        const known = contactOf(member, member.id);
        const name = str(known?.name) ?? verifiedNameOf(known) ?? str(known?.pushname);
        return [{ id: memberId, name, phoneJid: phoneOfLid(member.id, known)?.jid ?? null, username: usernameOf(known) }];
      });
    // A person's name is the saved one; WhatsApp's formatted title of a LID chat is a handle,
    // a masked number, "Unknown user" or the raw id (issue 19), so it is never used there.
    const name =
      isGroup || isNewsletter
        ? (str(active.name) ?? str(metadata?.subject) ?? str(active.formattedTitle))
        : (str(contact?.name) ?? str(active.name) ?? (isLid ? null : str(active.formattedTitle)));
    const mapped = isLid ? phoneOfLid(active.id, contact) : null;
    const result: StoreChat = {
      id,
      name,
      verifiedName: verifiedNameOf(contact),
      pushname: str(contact?.pushname),
      isGroup,
      isBusiness: Boolean(contact?.isBusiness),
      isNewsletter,
      phoneJid: mapped?.jid ?? null,
      phoneSource: mapped?.source ?? null,
      username: usernameOf(contact),
      maskedPhone: isLid ? str(contact?.displayNameLID) : null,
      lidOrigin: LID_ORIGINS.find((origin) => origin === active.lidOriginType) ?? null,
      isUsernameContact: contact?.isUsernameContact === true,
      participants,
    };
    return { available: true, chat: result, version };
  } catch {
    return { available: false, reason: 'error', version };
  }
}
