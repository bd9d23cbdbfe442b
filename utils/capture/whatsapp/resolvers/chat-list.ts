import { cleanText, phoneOfText } from '../jid';
import { nameOf } from '../names';
import { ACTIVE_ROW, CHAT_LIST, ROW_TITLE, queryFirst } from '../selectors';
import { none, unavailable, type LayerResult, type ResolveInput } from './types';

/**
 * Layer 5: the open chat's row in the chat list (`#pane-side [aria-selected="true"]`). Only the
 * row's title is read: its aria-label and text include the last message, which we never read.
 * Proven on unsaved-contact.2026-11-24.html (a number) and saved-contact-newer.2026-11-24.html.
 */
export function fromChatList({ root }: Pick<ResolveInput, 'root'>): LayerResult {
  const list = queryFirst(root, CHAT_LIST);
  if (!list) return unavailable('no-chat-list');
  const row = queryFirst(list, ACTIVE_ROW);
  if (!row) return none('no-active-row');
  const titleElement = queryFirst(row, ROW_TITLE);
  const title = cleanText(titleElement?.getAttribute('title') || titleElement?.textContent);
  if (!title) return none('no-title');
  const phone = phoneOfText(title);
  if (phone) return { outcome: 'found', value: phone.e164, evidence: { phone } };
  const name = nameOf(title);
  return name ? { outcome: 'found', value: name, evidence: { name } } : none('unreadable-title');
}
