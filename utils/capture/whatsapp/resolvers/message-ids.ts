import { parseMessageKey, phoneOfJid, type Jid } from '../jid';
import { nameOf } from '../names';
import { MESSAGE_ROW, SENDER_META, findMain } from '../selectors';
import type { Participant } from '../types';
import { none, unavailable, type LayerResult, type ResolveInput } from './types';

/** How many rows are read at most, newest first: enough for a group's recent senders. */
const MAX_ROWS = 200;
const MAX_PARTICIPANTS = 50;

/** `[10:32, 24/11/2026] Ana Lima: ` → `Ana Lima`. The message text itself is never read. */
function senderName(row: Element): string | null {
  const meta = row.querySelector(SENDER_META.join(','))?.getAttribute('data-pre-plain-text');
  const match = meta ? /^\[[^\]]*\]\s*(.+?):\s*$/.exec(meta) : null;
  return nameOf(match?.[1]);
}

/**
 * Layer 2: the message rows' `data-id` keys (`false_5511…@c.us_3EB0…`). Only a `@c.us` chat id
 * is a phone; a `@lid` id keeps the chat key and no phone; groups name each sender in a 4th
 * part. Proven on saved-contact.2026-11-24.html, br-12-digit.2024-03-18.html, lid-chat and
 * group-chat.2026-11-24.html; nothing on saved-contact-no-messages.2024-03-18.html.
 */
export function fromMessageIds({ root }: Pick<ResolveInput, 'root'>): LayerResult {
  if (!findMain(root)) return unavailable('no-chat');
  const rows = [...root.querySelectorAll(MESSAGE_ROW.join(','))].slice(-MAX_ROWS).reverse();
  const chats = new Map<string, Jid>();
  const participants = new Map<string, Participant>();
  for (const row of rows) {
    const key = parseMessageKey(row.getAttribute('data-id'));
    if (!key) continue;
    if (!chats.has(key.chat.jid)) chats.set(key.chat.jid, key.chat);
    const sender = key.participant;
    if (key.fromMe || !sender || (sender.kind !== 'phone' && sender.kind !== 'lid') || participants.size >= MAX_PARTICIPANTS) continue;
    const known = participants.get(sender.jid);
    if (!known) participants.set(sender.jid, { key: sender.jid, name: senderName(row), phone: phoneOfJid(sender)?.e164 ?? null });
    else if (!known.name) known.name = senderName(row);
  }
  // Newest row first: if rows of another chat linger during a switch, the newest one wins.
  const [chatKey] = chats.values();
  if (!chatKey) return none('no-rendered-messages');
  const phone = phoneOfJid(chatKey);
  return {
    outcome: 'found',
    value: chatKey.jid,
    evidence: { chatKey, ...(phone ? { phone } : {}), ...(participants.size ? { participants: [...participants.values()] } : {}) },
    ...(chatKey.kind === 'lid' ? { reason: 'lid' } : chats.size > 1 ? { reason: 'mixed-rows' } : {}),
  };
}
