/**
 * What the WhatsApp Web reader returns. Shared by the content script (which builds it), the
 * background (which validates it again with schema.ts and turns it into a Capture) and tests.
 */
/** `service`: WhatsApp's own accounts (Meta AI and bots, PSA, official WhatsApp), never a customer. */
export const CHAT_KINDS = ['person', 'group', 'business', 'channel', 'status', 'service', 'unknown'] as const;
export type ChatKind = (typeof CHAT_KINDS)[number];

/** Why `phone` is empty: a privacy id, not a person, nothing readable, or no chat open. */
export const PHONE_WHYS = ['lid', 'group', 'channel', 'status', 'service', 'not-found', 'no-chat', 'invalid'] as const;
export type PhoneWhy = (typeof PHONE_WHYS)[number];

/** The layers, in the order they are tried (issue 5); `manual` is the popup's always-editable field. */
export const RESOLVERS = ['store', 'message-ids', 'send-url', 'header-title', 'chat-list', 'manual'] as const;
export type ResolverName = (typeof RESOLVERS)[number];

/**
 * found: gave a value that was kept · agrees: gave the same value as an earlier layer ·
 * none: nothing there · rejected: read something but refused it (`reason`) ·
 * unavailable: the layer could not run (no store, no chat list…) ·
 * unrecognised: the hook is there but in a shape we do not know: WhatsApp changed it
 * (message rows whose data-id carries no chat key, as in 2026 rollouts).
 */
export const OUTCOMES = ['found', 'agrees', 'none', 'rejected', 'unavailable', 'unrecognised'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface Attempt {
  resolver: ResolverName;
  outcome: Outcome;
  value?: string;
  reason?: string;
}

export interface Participant {
  /**
   * The sender's jid (`…@c.us` or `…@lid`), or `name:<name>` for a sender known only by the
   * name on their messages (2026 rows without a key; see resolvers/message-ids.ts).
   */
  key: string;
  name: string | null;
  /** E.164 (with the BR 9th digit) for a `@c.us` sender; null for a LID. */
  phone: string | null;
  /** A LID member's username without `@`, from the store: shown to tell them apart, never a name. */
  username?: string;
}

/** How a contact whose number is hidden reached the rep: a click-to-WhatsApp ad (`lidOriginType` ctwa), or by username (`isUsernameContact`). */
export const REACHED_BY = ['ad', 'username'] as const;
export type ReachedBy = (typeof REACHED_BY)[number];

export interface Identity {
  pushname: string | null;
  username: string | null;
  maskedPhone: string | null;
  reachedBy: ReachedBy | null;
}

export interface WhatsappChat {
  kind: ChatKind;
  /** The chat's jid (`…@c.us`, `…@lid`, `…@g.us`, `…@newsletter`); null when no layer read it. */
  chatKey: string | null;
  name: string | null;
  /** E.164 for the CRM: a Brazilian 12-digit WhatsApp id gets its 9th digit. */
  phone: string | null;
  /** The digits WhatsApp uses for this chat (for a `send?phone=` link back to it). */
  waNumber: string | null;
  phoneWhy: PhoneWhy | null;
  /** Groups: the senders of the visible messages (and the store's member list when readable). */
  participants: Participant[];
  /** Which layer gave each field: the health check that shows breakage the day it ships. */
  sources: { chatKey: ResolverName | null; name: ResolverName | null; phone: ResolverName | null };
  attempts: Attempt[];
  /**
   * What WhatsApp shows of a person whose number it may hide (issue 19), for display only: the
   * name they chose, their username without `@`, WhatsApp's masked number. Never a phone.
   */
  identity: Identity | null;
  /** WhatsApp Web's build (`Debug.VERSION`, e.g. `2.3000.1031234567`), so a breakage names the build. */
  build: string | null;
}
