import type { EarlierRecord } from '../capture/whatsapp/note';
import type { WhatsappChat } from '../capture/whatsapp/types';
import { CRM_IDS, isWebLink } from '../constants/crm';
import type { HistoryEntry } from '../storage/history';

/**
 * Issue 19: a record saved from a privacy-id chat (`…@lid`) while WhatsApp hid the number, now
 * that the chat has one (WhatsApp learned the mapping, or the customer shared it). Found in our
 * own history by the chat's LID: per CRM, the newest saved line of this chat, if it has no phone.
 * Once the number is added (or the chat saved again with one), that newest line has it, and
 * nothing more is offered.
 */
export function earlierWithoutPhone(chat: WhatsappChat | null, history: HistoryEntry[]): EarlierRecord | null {
  const lid = chat?.phone && chat.chatKey?.endsWith('@lid') ? chat.chatKey : null;
  if (!lid) return null;
  for (const crm of CRM_IDS) {
    const newest = history.find((entry) => entry.crm === crm && entry.lid === lid && entry.status === 'saved' && entry.record && isWebLink(entry.record.url));
    if (newest?.record && !newest.phone) return { crm, id: newest.record.id, name: newest.name, url: newest.record.url };
  }
  return null;
}
