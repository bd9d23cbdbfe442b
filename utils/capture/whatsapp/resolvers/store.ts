import { parseJid, phoneOfJid } from '../jid';
import { nameOf } from '../names';
import type { StoreChat } from '../store-snapshot';
import type { Identity, Participant, ReachedBy } from '../types';
import { none, unavailable, type LayerResult, type ResolveInput } from './types';

/** An ad's chat says so even when the contact also has a username: the ad is how they came. */
function reachedByOf(chat: StoreChat): ReachedBy | null {
  return chat.lidOrigin === 'ctwa' ? 'ad' : chat.isUsernameContact ? 'username' : null;
}

function identityOf(chat: StoreChat): Identity | null {
  const identity = { pushname: nameOf(chat.pushname), username: chat.username, maskedPhone: chat.maskedPhone, reachedBy: reachedByOf(chat) };
  return Object.values(identity).some(Boolean) ? identity : null;
}

/**
 * Layer 1: WhatsApp's own in-memory state, copied by the MAIN-world reader: the active chat's
 * id, name and, for a `@lid` chat, the phone from the local LID→phone cache (never a server
 * query). Proven on lid-chat.2026-11-24.html with a store that knows the mapping.
 */
export function fromStore({ store }: Pick<ResolveInput, 'store'>): LayerResult {
  if (!store) return unavailable('no-answer');
  if (!store.available) return unavailable(store.reason);
  const chat = store.chat;
  if (!chat) return none('no-active-chat');
  const chatKey = parseJid(chat.id);
  if (!chatKey) return none('unreadable-id');
  const mapped = chatKey.kind === 'lid' ? phoneOfJid(parseJid(chat.phoneJid)) : null;
  const phone = phoneOfJid(chatKey) ?? mapped;
  const participants: Participant[] = chat.participants.flatMap((member) => {
    const id = parseJid(member.id);
    if (!id || (id.kind !== 'phone' && id.kind !== 'lid')) return [];
    const memberPhone = phoneOfJid(id) ?? phoneOfJid(parseJid(member.phoneJid));
    return [{ key: id.jid, name: nameOf(member.name), phone: memberPhone?.e164 ?? null, ...(member.username ? { username: member.username } : {}) }];
  });
  // Saved name, then a business's verified name, then the name the person chose (issue 19);
  // nameOf refuses handles, masked numbers, placeholders and ids whatever their source.
  const name = nameOf(chat.name) ?? nameOf(chat.verifiedName) ?? nameOf(chat.pushname);
  const identity = identityOf(chat);
  const kind = chat.isNewsletter ? 'channel' : chat.isGroup ? 'group' : chat.isBusiness ? 'business' : undefined;
  return {
    outcome: 'found',
    value: chatKey.jid,
    evidence: {
      chatKey,
      ...(kind ? { kind } : {}),
      ...(name ? { name } : {}),
      ...(phone ? { phone, phoneFromLid: mapped !== null } : {}),
      ...(participants.length ? { participants } : {}),
      ...(identity ? { identity } : {}),
    },
    ...(chatKey.kind === 'lid' && !mapped ? { reason: 'lid-without-mapping' } : {}),
  };
}
