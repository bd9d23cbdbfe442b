import { parseMessageKey, phoneOfJid, phoneOfText, type Jid } from '../jid';
import { nameOf } from '../names';
import { MESSAGE_ROW, OUTGOING_MARK, SENDER_META, findMain, matchesAny } from '../selectors';
import type { Participant } from '../types';
import { none, unavailable, type LayerResult, type ResolveInput } from './types';

/** How many rows are read at most, newest first: enough for a group's recent senders. */
const MAX_ROWS = 200;
const MAX_PARTICIPANTS = 50;

/** `[10:32, 24/11/2026] Ana Lima: ` → `Ana Lima`. The message text itself is never read. */
function senderLabel(row: Element): string | null {
  const meta = row.querySelector(SENDER_META.join(','))?.getAttribute('data-pre-plain-text');
  return (meta ? /^\[[^\]]*\]\s*(.+?):\s*$/.exec(meta) : null)?.[1] ?? null;
}

/**
 * A sender known only by the line above their message (2026 rows carry no key): a name, or the
 * number WhatsApp prints for a sender who is not in the address book.
 */
function senderOfLabel(row: Element): Participant | null {
  const label = senderLabel(row);
  const phone = phoneOfText(label);
  if (phone) return { key: `${phone.waNumber}@c.us`, name: null, phone: phone.e164 };
  const name = nameOf(label);
  return name ? { key: `name:${name}`, name, phone: null } : null;
}

/**
 * Layer 2: the message rows' `data-id` keys (`false_5511…@c.us_3EB0…`). Only a `@c.us` chat id
 * is a phone; a `@lid` id keeps the chat key and no phone; groups name each sender in a 4th
 * part. Proven on saved-contact.2026-11-24.html, br-12-digit.2024-03-18.html, lid-chat and
 * group-chat.2026-11-24.html; nothing on saved-contact-no-messages.2024-03-18.html.
 * 2026 rollouts put the bare message id there (saved-contact-bare-ids.2026-12-05.html): the
 * layer then says so (`unrecognised`) and still lists group senders from their
 * `data-pre-plain-text` line (group-bare-ids.2026-12-05.html).
 */
export function fromMessageIds({ root }: Pick<ResolveInput, 'root'>): LayerResult {
  if (!findMain(root)) return unavailable('no-chat');
  const rows = [...root.querySelectorAll(MESSAGE_ROW.join(','))].slice(-MAX_ROWS).reverse();
  const chats = new Map<string, Jid>();
  const participants = new Map<string, Participant>();
  const add = (participant: Participant | null) => {
    if (!participant || participants.size >= MAX_PARTICIPANTS) return;
    const known = participants.get(participant.key);
    if (!known) participants.set(participant.key, participant);
    else known.name ??= participant.name;
  };
  for (const row of rows) {
    const key = parseMessageKey(row.getAttribute('data-id'));
    if (!key) {
      if (!matchesAny(row, OUTGOING_MARK)) add(senderOfLabel(row));
      continue;
    }
    if (!chats.has(key.chat.jid)) chats.set(key.chat.jid, key.chat);
    const sender = key.participant;
    if (key.fromMe || !sender || (sender.kind !== 'phone' && sender.kind !== 'lid')) continue;
    add({ key: sender.jid, name: nameOf(senderLabel(row)), phone: phoneOfJid(sender)?.e164 ?? null });
  }
  const senders = participants.size ? { participants: [...participants.values()] } : {};
  // Newest row first: if rows of another chat linger during a switch, the newest one wins.
  const [chatKey] = chats.values();
  if (!chatKey) return rows.length ? { outcome: 'unrecognised', evidence: senders, reason: 'data-id-without-key' } : none('no-rendered-messages');
  const phone = phoneOfJid(chatKey);
  return {
    outcome: 'found',
    value: chatKey.jid,
    evidence: { chatKey, ...(phone ? { phone } : {}), ...senders },
    ...(chatKey.kind === 'lid' ? { reason: 'lid' } : chats.size > 1 ? { reason: 'mixed-rows' } : {}),
  };
}
