import type { EarlierRecord, PhoneUpdateState } from '../capture/whatsapp/note';
import type { WhatsappChat } from '../capture/whatsapp/types';
import { CRM_IDS, isWebLink, type CrmId } from '../constants/crm';
import type { OutboxEntry } from '../outbox/schema';
import { isUnsettled } from '../outbox/states';
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
    if (newest?.record && !newest.phone) return { crm, id: newest.record.id, name: newest.name, url: newest.record.url, savedAt: newest.at };
  }
  return null;
}

/**
 * The update adding a number to this record that the outbox still owes its CRM (queued, sending,
 * retrying, or refused and waiting for the rep), if any. While there is one, the number is not
 * offered again and a second request for it is answered with this one: the CRM gets one update.
 * Once delivered, the history has the number and `earlierWithoutPhone` finds nothing.
 */
export function phoneUpdateInOutbox(record: { crm: CrmId; id: string }, entries: OutboxEntry[]): OutboxEntry | null {
  const { crm, id } = record;
  const owed = (entry: OutboxEntry) => entry.job.crm === crm && entry.job.mode.kind === 'update' && entry.job.mode.id === id && entry.job.mode.only === 'phone';
  return entries.find((entry) => owed(entry) && isUnsettled(entry.state)) ?? null;
}

/** What the popup says instead of the offer while that update is in the outbox. */
export function phoneUpdateState(record: { crm: CrmId; id: string }, entries: OutboxEntry[]): PhoneUpdateState | null {
  const entry = phoneUpdateInOutbox(record, entries);
  if (!entry) return null;
  return entry.state === 'needs_attention' ? 'needs-you' : 'underway';
}
