import type { CountryCode } from 'libphonenumber-js/min';
import { normalizePhone } from '../normalize';
import { whatsappOrigin } from '../origin';
import type { Capture, CapturedContact } from '../types';
import { supportReport } from './note';
import type { Identity, Participant, PhoneWhy, WhatsappChat } from './types';

export const WHATSAPP_ORIGIN = 'https://web.whatsapp.com';

/**
 * The resolver's phone is re-validated with libphonenumber (the content script only checks
 * shapes): an E.164 string that is not a valid number is dropped, so the form shows an empty,
 * editable phone instead of a wrong one.
 */
function validPhone(phone: string | null, country: CountryCode): string | null {
  if (!phone) return null;
  return normalizePhone(phone, country) === phone ? phone : null;
}

/** Which resolver layer gave the phone and the name; a group member's come from the message rows or the store's member list. */
type Layers = Pick<WhatsappChat['sources'], 'name' | 'phone'>;

function contactOf(name: string | null, phone: string | null, company: string | null, layers: Layers): CapturedContact {
  const phones = phone ? [phone] : [];
  return {
    name,
    company,
    phones,
    emails: [],
    sources: [],
    whatsapp: phones,
    origins: phone ? { [phone]: whatsappOrigin('phone', layers.phone) } : {},
    ...(name ? { nameOrigin: whatsappOrigin('name', layers.name) } : {}),
  };
}

/** Groups: the picked participant first, then the other visible senders for the popup's picker. */
function participantContacts(participants: Participant[], picked: string | null, country: CountryCode): CapturedContact[] {
  const ordered = [...participants].sort((a, b) => Number(b.key === picked) - Number(a.key === picked));
  return ordered.map((participant) => contactOf(participant.name, validPhone(participant.phone, country), null, { name: null, phone: null }));
}

/** A picked group member's username, for the popup's "who" line (the name is in the form already). */
function memberIdentity(participants: Participant[], picked: string | null): Identity | null {
  const username = participants.find((participant) => participant.key === picked)?.username;
  return username ? { pushname: null, username, maskedPhone: null, reachedBy: null } : null;
}

/**
 * A WhatsApp chat as a Capture for the popup. The page URL is a `send?phone=` link with
 * WhatsApp's own digits, so the history (and the CRM note, if the user adds it) leads back to
 * the chat; a LID chat has no such link.
 */
export function chatToCapture(chat: WhatsappChat, picked: string | null, country: CountryCode): { capture: Capture; chat: WhatsappChat } {
  const phone = validPhone(chat.phone, country);
  const checked: WhatsappChat = phone || !chat.phone ? chat : { ...chat, phone: null, waNumber: null, phoneWhy: 'invalid' };
  let contacts: CapturedContact[] = [];
  if (chat.kind === 'group') contacts = participantContacts(chat.participants, picked, country);
  else if (chat.kind === 'person' || chat.kind === 'business' || (chat.kind === 'unknown' && (chat.name || phone))) {
    contacts = [contactOf(chat.name, phone, chat.kind === 'business' ? chat.name : null, chat.sources)];
  }
  const waNumber = phone ? checked.waNumber : null;
  const title = chat.kind === 'group' ? chat.name : (chat.name ?? phone);
  // A group's form is the picked member's: its number, or why it is hidden.
  const phoneWhy: PhoneWhy | null = chat.kind === 'group' && picked ? (contacts[0]?.phones[0] ? null : picked.endsWith('@lid') ? 'lid' : 'not-found') : checked.phoneWhy;
  return {
    chat: checked,
    capture: {
      url: waNumber ? `${WHATSAPP_ORIGIN}/send?phone=${waNumber}` : `${WHATSAPP_ORIGIN}/`,
      title: title ? `WhatsApp: ${title}` : 'WhatsApp',
      contacts,
      phones: [...new Set(contacts.flatMap((contact) => contact.phones))],
      emails: [],
      whatsapp: {
        phoneWhy,
        identity: chat.kind === 'group' ? memberIdentity(chat.participants, picked) : checked.identity,
        lid: chat.kind === 'group' ? (picked?.endsWith('@lid') ? picked : null) : chat.chatKey?.endsWith('@lid') ? chat.chatKey : null,
        report: supportReport({ ...checked, phoneWhy }),
      },
    },
  };
}
