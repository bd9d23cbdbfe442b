/**
 * What the MAIN-world reader (entrypoints/whatsapp-main.content.ts) posts back: plain strings
 * and booleans copied out of WhatsApp's in-memory models, never the models themselves. The
 * isolated world re-checks the shape here (the page can post anything on `window`), and the
 * background checks the final chat again with zod.
 */
export interface StoreParticipant {
  id: string;
  name: string | null;
  /** The `@c.us` id the local LID→phone cache holds for a `@lid` member. */
  phoneJid: string | null;
}

export interface StoreChat {
  id: string;
  name: string | null;
  pushname: string | null;
  isGroup: boolean;
  isBusiness: boolean;
  isNewsletter: boolean;
  /** For a `@lid` chat: the `@c.us` id from the local LID→phone cache, when WhatsApp has it. */
  phoneJid: string | null;
  participants: StoreParticipant[];
}

export type StoreSnapshot = { available: true; chat: StoreChat | null } | { available: false; reason: string };

export const MAX_PARTICIPANTS = 50;
const MAX_TEXT = 200;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_TEXT) : null);
const record = (value: unknown): Record<string, unknown> | null => (value && typeof value === 'object' ? (value as Record<string, unknown>) : null);

function participantOf(value: unknown): StoreParticipant[] {
  const item = record(value);
  const id = text(item?.id);
  return item && id ? [{ id, name: text(item.name), phoneJid: text(item.phoneJid) }] : [];
}

function chatOf(value: unknown): StoreChat | null {
  const chat = record(value);
  const id = text(chat?.id);
  if (!chat || !id) return null;
  return {
    id,
    name: text(chat.name),
    pushname: text(chat.pushname),
    isGroup: chat.isGroup === true,
    isBusiness: chat.isBusiness === true,
    isNewsletter: chat.isNewsletter === true,
    phoneJid: text(chat.phoneJid),
    participants: (Array.isArray(chat.participants) ? chat.participants : []).slice(0, MAX_PARTICIPANTS).flatMap(participantOf),
  };
}

/** Accepts only the documented shape; anything else is treated as "no store". */
export function parseStoreSnapshot(value: unknown): StoreSnapshot | null {
  const snapshot = record(value);
  if (!snapshot) return null;
  if (snapshot.available === false) return { available: false, reason: text(snapshot.reason) ?? 'unknown' };
  if (snapshot.available !== true) return null;
  return { available: true, chat: snapshot.chat === null ? null : chatOf(snapshot.chat) };
}
