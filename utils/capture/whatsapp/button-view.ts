import { isWebLink, type CrmId } from '../../constants/crm';
import type { WhatsappChat } from './types';

/** A record the chat's number is already in (from LOOKUP_WHATSAPP_CHAT). */
export interface SavedLink {
  crm: CrmId;
  name: string | null;
  url: string;
  /** Saved from this LID chat without a phone; WhatsApp knows the number now (issue 19). */
  addPhone?: true;
}

/**
 * What the header button shows, from the resolved chat and the lookup (null while it runs:
 * the button just offers to save, no flicker on every chat switch).
 * Kept pure so every state is unit-tested; the content script only draws it.
 */
export type ButtonView = { mode: 'save' } | { mode: 'saved'; links: SavedLink[] } | { mode: 'group' } | { mode: 'blocked'; message: BlockedMessage };

/** Chats that are never a customer, and what the button says about them. */
export const BLOCKED: Partial<Record<WhatsappChat['kind'], BlockedMessage>> = { channel: 'cannotChannel', status: 'cannotStatus', service: 'cannotService' };
export type BlockedMessage = 'cannotChannel' | 'cannotStatus' | 'cannotService';

export function buttonView(chat: WhatsappChat | null, saved: SavedLink[] | null): ButtonView {
  const blocked = chat ? BLOCKED[chat.kind] : undefined;
  if (blocked) return { mode: 'blocked', message: blocked };
  if (chat?.kind === 'group') return { mode: 'group' };
  const links = (saved ?? []).filter((link) => isWebLink(link.url));
  if (links.length) return { mode: 'saved', links };
  return { mode: 'save' };
}

/** The hint shown once the form opens without a number: why, so the user knows to type it. */
export function missingPhoneNote(phone: string | null, why: WhatsappChat['phoneWhy']): 'lid' | 'noPhone' | null {
  if (phone) return null;
  return why === 'lid' ? 'lid' : 'noPhone';
}

/** The text colour of WhatsApp's chat title tells its theme: light text means the dark theme. */
export function isDarkText(cssColor: string): boolean {
  const [r = 0, g = 0, b = 0] = (cssColor.match(/[\d.]+/g) ?? []).map(Number);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 140;
}
