import { MAX_PARTICIPANTS, type StoreChat, type StoreParticipant, type StoreSnapshot } from './store-snapshot';

/**
 * Runs in WhatsApp's MAIN world (entrypoints/whatsapp-main.content.ts) when the isolated script
 * asks. Read-only, in-memory only: `require` of modules the app has already loaded
 * (`WAWebCollections`, `WAWebApiContact`), the collections' `getModelsArray`/`get`, and the
 * local LID→phone cache (`lidPnCache.getPhoneNumber`, which wa-js documents as "without hitting
 * WhatsApp api"). Never `find`, `query*` or anything that talks to WhatsApp's servers; never
 * messages. Every access is guarded: internal names change without notice between builds.
 */
type Model = Record<string, unknown>;

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

function models(collection: unknown): Model[] {
  const list = call(collection, 'getModelsArray');
  return Array.isArray(list) ? (list as Model[]) : [];
}

export function readStore(win: { require?: unknown }): StoreSnapshot {
  const req = win.require;
  if (typeof req !== 'function') return { available: false, reason: 'no-require' };
  const load = (name: string): Model | null => {
    try {
      return (req as (module: string) => Model | null)(name) ?? null;
    } catch {
      return null;
    }
  };
  try {
    const collections = load('WAWebCollections');
    if (!collections || typeof (collections.Chat as Model | undefined)?.getModelsArray !== 'function') return { available: false, reason: 'no-chat-collection' };
    const chat = models(collections.Chat).find((model) => model?.active === true);
    const channel = chat ? undefined : models(collections.Newsletter).find((model) => model?.active === true);
    const active = chat ?? channel;
    if (!active) return { available: true, chat: null };
    const id = widText(active.id);
    if (!id) return { available: true, chat: null };
    const lidCache = load('WAWebApiContact')?.lidPnCache;
    const phoneOfLid = (wid: unknown, contact: Model | null): string | null =>
      widText(wid)?.endsWith('@lid') ? (widText(call(lidCache, 'getPhoneNumber', wid)) ?? widText(contact?.phoneNumber)) : null;
    const contact = (active.contact as Model | undefined) ?? null;
    const metadata = active.groupMetadata as Model | undefined;
    const participants: StoreParticipant[] = models(metadata?.participants)
      .slice(0, MAX_PARTICIPANTS)
      .flatMap((member) => {
        const memberId = widText(member.id);
        if (!memberId) return [];
        const known = (call(collections.Contact, 'get', member.id) as Model | undefined) ?? null;
        return [{ id: memberId, name: str(known?.name) ?? str(known?.pushname), phoneJid: phoneOfLid(member.id, known) }];
      });
    const result: StoreChat = {
      id,
      name: str(active.name) ?? str(active.formattedTitle) ?? str(contact?.name) ?? str(contact?.verifiedName),
      pushname: str(contact?.pushname),
      isGroup: active.isGroup === true || id.endsWith('@g.us'),
      isBusiness: contact?.isBusiness === true,
      isNewsletter: channel !== undefined || id.endsWith('@newsletter'),
      phoneJid: phoneOfLid(active.id, contact),
      participants,
    };
    return { available: true, chat: result };
  } catch {
    return { available: false, reason: 'error' };
  }
}
