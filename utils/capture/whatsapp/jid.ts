import { fitsBrazilianPlan, withBrazilianNinthDigit } from '../../phone/brazil';
import { e164OfDigits } from '../../phone/e164';
import { stripInvisible } from '../invisible';

/**
 * WhatsApp ids ("jids") as they appear in the page: `<user>@<server>`. Only `c.us` (and the
 * protocol's `s.whatsapp.net`) carry a phone number; `lid` is an opaque privacy id that must
 * never be turned into a phone (chatwoot PR #420 stored LIDs as phones).
 */
export type JidKind = 'phone' | 'lid' | 'group' | 'channel' | 'status' | 'broadcast' | 'service' | 'other';

export interface Jid {
  /** `5511987654321@c.us`, without a device suffix (`:12`). */
  jid: string;
  user: string;
  server: string;
  kind: JidKind;
}

const JID = /^([0-9A-Za-z.-]{1,40})(?::\d{1,3})?@(c\.us|s\.whatsapp\.net|lid|g\.us|newsletter|broadcast|[a-z.]{1,20})$/;

/**
 * WhatsApp's own accounts on `c.us`, never a customer: Meta AI and other bots (Baileys
 * `isJidBot`: 1313555xxxx, 131655500xx), the PSA account `0` and the official WhatsApp account.
 */
const SERVICE_USERS = /^(1313555\d{4}|131655500\d{2}|0|16505361212)$/;

function kindOf(user: string, server: string): JidKind {
  if (server === 'c.us' || server === 's.whatsapp.net') {
    if (SERVICE_USERS.test(user)) return 'service';
    return /^\d{7,15}$/.test(user) ? 'phone' : 'other';
  }
  if (server === 'bot') return 'service';
  // `hosted.lid` is a LID of a Cloud-API-hosted business (Baileys jid-utils): an id, never a phone.
  if (server === 'lid' || server === 'hosted.lid') return 'lid';
  if (server === 'g.us') return 'group';
  if (server === 'newsletter') return 'channel';
  if (server === 'broadcast') return user === 'status' ? 'status' : 'broadcast';
  return 'other';
}

export function parseJid(text: string | null | undefined): Jid | null {
  const match = text ? JID.exec(text.trim()) : null;
  if (!match) return null;
  const [, user = '', rawServer = ''] = match;
  const server = rawServer === 's.whatsapp.net' ? 'c.us' : rawServer;
  return { jid: `${user}@${server}`, user, server, kind: kindOf(user, server) };
}

/** A message row's `data-id`: `true_<chat>_<msg>` (sent) / `false_<chat>_<msg>` (received), groups add `_<sender>`. */
export interface MessageKey {
  fromMe: boolean;
  chat: Jid;
  /** Groups: who wrote the message. */
  participant: Jid | null;
}

const MESSAGE_KEY = /^(true|false)_([^_\s]+@[a-z.]+)_([0-9A-Za-z]{4,64})(?:_([^_\s]+@[a-z.]+))?$/;

export function parseMessageKey(dataId: string | null | undefined): MessageKey | null {
  const match = dataId ? MESSAGE_KEY.exec(dataId) : null;
  if (!match) return null;
  const chat = parseJid(match[2]);
  if (!chat) return null;
  return { fromMe: match[1] === 'true', chat, participant: match[4] ? parseJid(match[4]) : null };
}

export interface PhoneOfJid {
  /** For the CRM: E.164, Brazilian 12-digit mobiles given their 9th digit. */
  e164: string;
  /** The digits WhatsApp itself uses (`send?phone=` opens the right chat only with these). */
  waNumber: string;
}

/** Digits → phone, with Brazil's plan. Used for ids and for digits read from text. */
export function phoneOfDigits(digits: string): PhoneOfJid | null {
  const e164 = e164OfDigits(digits);
  if (e164 === null || !fitsBrazilianPlan(e164)) return null;
  return { e164: withBrazilianNinthDigit(e164), waNumber: digits };
}

/** The phone of a `@c.us` id; every other kind (LID above all) has none. */
export function phoneOfJid(jid: Jid | null): PhoneOfJid | null {
  return jid?.kind === 'phone' ? phoneOfDigits(jid.user) : null;
}

/** Strips the bidi marks and non-breaking spaces WhatsApp wraps around numbers. */
export function cleanText(text: string | null | undefined): string {
  return stripInvisible(text ?? '')
    .replace(/[\s\u00a0\u202f]+/g, ' ')
    .trim();
}

/**
 * Text that is only a number in international form (`+55 11 98765-4321`, `+1 (415) 555-0123`).
 * A dot may separate groups (`+351 912.345.678`), but two in a row mask digits: WhatsApp's masked
 * number of a hidden contact (`+49 151 ... 12345`) keeps enough digits to pass for a phone.
 */
export function phoneOfText(text: string | null | undefined): PhoneOfJid | null {
  const clean = cleanText(text);
  if (!/^\+[\d\s().\-\u2010-\u2012]{7,24}$/.test(clean) || /\.\s*\./.test(clean)) return null;
  return phoneOfDigits(clean.replace(/\D/g, ''));
}
