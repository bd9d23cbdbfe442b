/**
 * What the MAIN-world reader (entrypoints/whatsapp-store.ts) returns: plain strings and
 * booleans copied out of WhatsApp's in-memory models, never the models themselves. The
 * isolated world re-checks the shape here (the page can shape anything it returns), and the
 * background checks the final chat again with zod.
 */
export interface StoreParticipant {
  id: string;
  name: string | null;
  /** The `@c.us` id the local LID→phone mapping holds for a `@lid` member. */
  phoneJid: string | null;
  /** The member's username without `@` (none when soft-deleted): shown, never a name. */
  username: string | null;
}

/** Where a LID chat's phone came from (all local, in-memory): docs/whatsapp.md. */
export const PHONE_SOURCES = ['lid-cache', 'api-contact', 'contact'] as const;
export type PhoneSource = (typeof PHONE_SOURCES)[number];

/** Where a LID chat came from (WAWebUsernameTypes `LidOriginType`): `ctwa` a click-to-WhatsApp ad that hid the number. */
export const LID_ORIGINS = ['ctwa', 'general'] as const;
export type LidOrigin = (typeof LID_ORIGINS)[number];

export interface StoreChat {
  id: string;
  /** The saved (address-book) name of a person, or a group's or channel's name. Never WhatsApp's formatted title of a LID chat. */
  name: string | null;
  /** A business's verified name, once approved (`verifiedLevel` low or high), as WhatsApp shows it. */
  verifiedName: string | null;
  /** The name the person chose for themselves (shown with a `~`). */
  pushname: string | null;
  isGroup: boolean;
  isBusiness: boolean;
  isNewsletter: boolean;
  /** For a `@lid` chat: the `@c.us` id from the local LID→phone mapping, when WhatsApp has it. */
  phoneJid: string | null;
  phoneSource: PhoneSource | null;
  /** The WhatsApp username, without its `@`; null when none or soft-deleted (issue 19). */
  username: string | null;
  /** WhatsApp's masked number (`+43 ••• ••21`): for display only, never a phone. */
  maskedPhone: string | null;
  /** The chat's `lidOriginType`. */
  lidOrigin: LidOrigin | null;
  /** The contact reached us by username (`isUsernameContact`). */
  isUsernameContact: boolean;
  participants: StoreParticipant[];
}

export type StoreSnapshot = { available: true; chat: StoreChat | null; version?: string | null } | { available: false; reason: string; version?: string | null };

export const MAX_PARTICIPANTS = 50;
const MAX_TEXT = 200;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : null);
const record = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' ? (value as Record<string, unknown>) : null);
/** A build number (`2.3000.1031234567`), nothing else: it is shown to support. */
const version = (value: unknown): string | null => (typeof value === 'string' && /^\d{1,4}(\.\d{1,12}){1,3}$/.test(value) ? value : null);

function participantOf(value: unknown): StoreParticipant[] {
  const item = record(value);
  const id = text(item?.id);
  return item && id ? [{ id, name: text(item.name), phoneJid: text(item.phoneJid), username: text(item.username) }] : [];
}

function chatOf(value: unknown): StoreChat | null {
  const chat = record(value);
  const id = text(chat?.id);
  if (!chat || !id) return null;
  return {
    id,
    name: text(chat.name),
    verifiedName: text(chat.verifiedName),
    pushname: text(chat.pushname),
    isGroup: chat.isGroup === true,
    isBusiness: chat.isBusiness === true,
    isNewsletter: chat.isNewsletter === true,
    phoneJid: text(chat.phoneJid),
    phoneSource: PHONE_SOURCES.find((source) => source === chat.phoneSource) ?? null,
    username: text(chat.username),
    maskedPhone: text(chat.maskedPhone),
    lidOrigin: LID_ORIGINS.find((origin) => origin === chat.lidOrigin) ?? null,
    isUsernameContact: chat.isUsernameContact === true,
    participants: (Array.isArray(chat.participants) ? chat.participants : []).slice(0, MAX_PARTICIPANTS).flatMap(participantOf),
  };
}

/** Accepts only the documented shape; anything else is treated as "no store". */
export function parseStoreSnapshot(value: unknown): StoreSnapshot | null {
  const snapshot = record(value);
  if (!snapshot) return null;
  const build = version(snapshot.version);
  if (snapshot.available === false) return { available: false, reason: text(snapshot.reason) ?? 'unknown', version: build };
  if (snapshot.available !== true) return null;
  return { available: true, chat: snapshot.chat === null ? null : chatOf(snapshot.chat), version: build };
}
