import { MESSAGE_ROW, headerTitleElement } from './selectors';

/**
 * The chat jid of a 2018–2025 data-id (`false_<chat jid>_<id>`). Only its prefix is needed here:
 * jid.ts's full parser would weigh on the resident script's 20 KB budget.
 */
const KEYED_ID = /^(?:true|false)_([^_]+)_/;

export interface ChatSignature {
  /** The header's title as shown. */
  title: string;
  /** Changes when another chat opens, not when a message arrives in this one. */
  signature: string;
}

/**
 * A cheap identity of the open chat, for the content script to notice a chat switch without
 * reading the chat: the title plus its oldest rendered row, as the chat key of a 2018–2025 data-id
 * (`false_<chat jid>_…`) or, in 2026 rollouts, the whole bare message id (message ids are unique,
 * so two chats with the same title still differ; see saved-contact-bare-ids.2026-12-05.html). The
 * oldest row, not the newest: a new message must not look like a switch (scrolling up to older
 * messages does, which costs one more read).
 */
export function chatSignature(main: Element, header: Element): ChatSignature {
  const title = headerTitleElement(header)?.textContent ?? '';
  const firstId = main.querySelector(MESSAGE_ROW.join(','))?.getAttribute('data-id') ?? '';
  return { title, signature: `${title}|${KEYED_ID.exec(firstId)?.[1] ?? firstId}` };
}
