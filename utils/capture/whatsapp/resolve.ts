import { samePhone } from '../../phone/same';
import type { Jid, PhoneOfJid } from './jid';
import { fromChatList } from './resolvers/chat-list';
import { fromHeaderTitle } from './resolvers/header-title';
import { fromMessageIds } from './resolvers/message-ids';
import { fromSendUrl } from './resolvers/send-url';
import { fromStore } from './resolvers/store';
import type { Evidence, LayerResult, ResolveInput } from './resolvers/types';
import { findMain } from './selectors';
import type { Attempt, ChatKind, Participant, PhoneWhy, ResolverName, WhatsappChat } from './types';

type Layer = Exclude<ResolverName, 'manual'>;
const LAYERS: [Layer, (input: ResolveInput) => LayerResult][] = [
  ['store', fromStore],
  ['message-ids', fromMessageIds],
  ['send-url', fromSendUrl],
  ['header-title', fromHeaderTitle],
  ['chat-list', fromChatList],
];

const KIND_OF_JID: Partial<Record<Jid['kind'], ChatKind>> = { group: 'group', channel: 'channel', status: 'status', broadcast: 'status', service: 'service' };
const NOT_A_PERSON: Partial<Record<ChatKind, PhoneWhy>> = { group: 'group', channel: 'channel', status: 'status', service: 'service' };

/**
 * Why a layer's phone may not be kept. The chat key is the truth: a phone must be the key's own
 * number; on a `@lid` chat only the local LID mapping, or a number WhatsApp itself prints as the
 * chat's title, may give one (a leftover `send?phone=` URL cannot be tied to a LID chat).
 */
function phoneConflict(layer: Layer, phone: PhoneOfJid, evidence: Evidence, chatKey: { jid: Jid; phone: PhoneOfJid | null } | null, kept: PhoneOfJid | null): string | null {
  if (chatKey?.jid.kind === 'phone' && chatKey.phone && !samePhone(phone.e164, chatKey.phone.e164)) return 'conflict';
  if (chatKey?.jid.kind === 'lid' && layer === 'send-url') return 'lid-unverified';
  if (chatKey?.jid.kind === 'lid' && layer === 'store' && !evidence.phoneFromLid) return 'lid';
  if (chatKey && chatKey.jid.kind !== 'phone' && chatKey.jid.kind !== 'lid') return 'not-a-person';
  if (kept && !samePhone(phone.e164, kept.e164)) return 'conflict';
  return null;
}

/**
 * One entry per person: by key, and a sender known only by name (2026 rows without a key) is
 * dropped when a member with a key has that name (the store's member list is read first).
 */
function mergeParticipants(lists: Participant[][]): Participant[] {
  const merged = new Map<string, Participant>();
  for (const participant of lists.flat()) {
    const known = merged.get(participant.key);
    if (!known) merged.set(participant.key, { ...participant });
    else merged.set(participant.key, { ...participant, ...known, name: known.name ?? participant.name, phone: known.phone ?? participant.phone });
  }
  const keyedNames = new Set([...merged.values()].filter((entry) => !entry.key.startsWith('name:')).map((entry) => entry.name));
  return [...merged.values()].filter((entry) => !entry.key.startsWith('name:') || !keyedNames.has(entry.name)).slice(0, 50);
}

/**
 * Runs every layer in order over the page as it is now, records each attempt and keeps the
 * best value of each field. Pure: the caller passes the document, the URL and the store reply.
 */
export function resolveChat(input: ResolveInput): WhatsappChat {
  const attempts: Attempt[] = [];
  const sources: WhatsappChat['sources'] = { chatKey: null, name: null, phone: null };
  let chatKey: { jid: Jid; phone: PhoneOfJid | null } | null = null;
  let phone: PhoneOfJid | null = null;
  let name: string | null = null;
  const seenKinds: ChatKind[] = [];
  const participantLists: Participant[][] = [];
  let identity: WhatsappChat['identity'] = null;

  for (const [layer, read] of LAYERS) {
    const result = read(input);
    const { evidence } = result;
    const attempt: Attempt = { resolver: layer, outcome: result.outcome, ...(result.value ? { value: result.value } : {}), ...(result.reason ? { reason: result.reason } : {}) };
    attempts.push(attempt);
    if (result.outcome !== 'found' && !evidence.kind && !evidence.participants) continue;
    let kept = false;
    let agreed = false;
    let refused: string | null = null;
    if (evidence.chatKey) {
      if (!chatKey) {
        chatKey = { jid: evidence.chatKey, phone: evidence.chatKey.kind === 'phone' ? (evidence.phone ?? null) : null };
        sources.chatKey = layer;
        kept = true;
      } else if (chatKey.jid.jid === evidence.chatKey.jid) agreed = true;
      else {
        Object.assign(attempt, { outcome: 'rejected', reason: 'conflict' });
        continue;
      }
    }
    if (evidence.kind) seenKinds.push(evidence.kind);
    if (evidence.participants) participantLists.push(evidence.participants);
    identity ??= evidence.identity ?? null;
    if (evidence.phone) {
      // A number WhatsApp prints for the open chat beats a click-to-chat URL that disagrees.
      if (sources.phone === 'send-url' && phone && (layer === 'header-title' || layer === 'chat-list') && !samePhone(phone.e164, evidence.phone.e164)) {
        Object.assign(
          attempts.find((earlier) => earlier.resolver === 'send-url')!,
          { outcome: 'rejected', reason: 'stale' },
        );
        phone = null;
        sources.phone = null;
      }
      refused = phoneConflict(layer, evidence.phone, evidence, chatKey, phone);
      if (!refused && !phone) {
        phone = evidence.phone;
        sources.phone = layer;
        kept = true;
      } else if (!refused) agreed = true;
    }
    if (evidence.name) {
      if (!name) {
        name = evidence.name;
        sources.name = layer;
        kept = true;
      } else if (name === evidence.name) agreed = true;
    }
    if (result.outcome !== 'found') continue;
    if (kept) {
      if (refused) attempt.reason = `phone-${refused}`;
    } else if (refused) Object.assign(attempt, { outcome: 'rejected', reason: refused });
    else Object.assign(attempt, agreed ? { outcome: 'agrees' } : { outcome: 'rejected', reason: 'outranked' });
  }

  const hasChat = findMain(input.root) !== null || chatKey !== null;
  const keyKind = chatKey ? KIND_OF_JID[chatKey.jid.kind] : undefined;
  // A 1:1 key (phone or LID) settles it is not a group or channel, whatever icons the header shows.
  const markers = chatKey ? seenKinds.filter((seen) => seen === 'business') : seenKinds;
  const kind: ChatKind =
    keyKind ??
    markers.find((seen) => seen === 'channel' || seen === 'group') ??
    (markers.includes('business') ? 'business' : hasChat && (phone || name || chatKey) ? 'person' : 'unknown');
  if (NOT_A_PERSON[kind]) phone = null;
  const phoneWhy: PhoneWhy | null = phone ? null : (NOT_A_PERSON[kind] ?? (chatKey?.jid.kind === 'lid' ? 'lid' : hasChat ? 'not-found' : 'no-chat'));
  if (!phone) sources.phone = null;
  attempts.push(
    phone ? { resolver: 'manual', outcome: 'agrees', value: phone.e164, reason: 'prefilled' } : { resolver: 'manual', outcome: 'none', reason: phoneWhy ?? 'not-found' },
  );

  return {
    kind,
    chatKey: chatKey?.jid.jid ?? null,
    name,
    phone: phone?.e164 ?? null,
    waNumber: phone?.waNumber ?? null,
    phoneWhy,
    participants: kind === 'group' ? mergeParticipants(participantLists) : [],
    sources,
    attempts,
    identity: kind === 'person' || kind === 'business' || kind === 'unknown' ? identity : null,
    build: input.store?.version ?? null,
  };
}
