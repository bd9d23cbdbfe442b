import type { CrmId } from '../../constants/crm';
import type { Identity, PhoneWhy, WhatsappChat } from './types';

/** A record saved from a privacy-id chat while WhatsApp hid the number: where the number, now known, can be added (issue 19). */
export interface EarlierRecord {
  crm: CrmId;
  id: string;
  name: string;
  url: string;
  /** When it was saved (our history): tells the rep which record. */
  savedAt: number;
  /** An update adding the number to it is already in the outbox: said instead of offered again. */
  update?: PhoneUpdateState | null;
}

/** underway: queued, sending or retrying. needs-you: the CRM refused it; the capture history has it. */
export const PHONE_UPDATE_STATES = ['underway', 'needs-you'] as const;
export type PhoneUpdateState = (typeof PHONE_UPDATE_STATES)[number];

/**
 * What the popup tells the rep about a WhatsApp capture (Capture.whatsapp): why the phone is
 * empty, who the person is as WhatsApp shows them, and the read's record for a support request.
 */
export interface WhatsappNote {
  phoneWhy: PhoneWhy | null;
  identity: Identity | null;
  /** The chat's LID (`…@lid`) when WhatsApp hides the number: the id that stays when a username changes. */
  lid: string | null;
  /** WhatsApp's build, then each layer's outcome and reason: no names, numbers or message text. */
  report: string;
  /** The chat's number is known now, and a record saved from it earlier lacks it: the popup offers to add it. */
  earlier?: EarlierRecord | null;
}

/**
 * What a record saved without a phone keeps of the person, in its notes (issue 19): the username
 * and the LID, so the rep (and a later open of the same chat) can find them again.
 * `WhatsApp: @maria.lopez · wa-lid:203040506070811`. Nothing when the number is known.
 */
export function identityNote(note: WhatsappNote | undefined): string {
  if (note?.phoneWhy !== 'lid' || !note.lid) return '';
  return `WhatsApp: ${note.identity?.username ? `@${note.identity.username} · ` : ''}${lidReference(note.lid)}`;
}

/** `wa-lid:203040506070811`: how a record names a LID, in its notes and its mapped custom field. */
export const lidReference = (lid: string): string => `wa-lid:${lid.replace(/@.*$/, '')}`;

export function supportReport(chat: Pick<WhatsappChat, 'build' | 'kind' | 'phoneWhy' | 'attempts'>): string {
  return [
    `WhatsApp Web ${chat.build ?? '(build unknown)'}`,
    `chat: ${chat.kind}${chat.phoneWhy ? `, no number (${chat.phoneWhy})` : ''}`,
    ...chat.attempts.map((attempt) => `${attempt.resolver}: ${attempt.outcome}${attempt.reason ? ` (${attempt.reason})` : ''}`),
  ].join('\n');
}
