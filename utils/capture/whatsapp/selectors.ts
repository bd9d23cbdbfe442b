/**
 * Every hook into WhatsApp Web's DOM, in one place (CONTRIBUTING.md). Each entry is a list of
 * variants tried in order; each variant names the UI it matches and the dated fixture in
 * ./fixtures that proves it. Anchors are ids, roles, aria-*, data-id, title and data-icon:
 * WhatsApp's class names are generated and change every build. data-testid comes and goes by
 * rollout: absent from many 2.3000 builds, back in others in 2026 (conversation-header,
 * cell-frame-title, conv-msg-*; wa-js and whatsapp-web.js, 2026), so a testid is
 * never the only variant.
 *
 * Fixture families (synthetic, modelled on the selectors public WhatsApp Web tools use):
 *   2024 build with data-testid                  → *.2024-03-18.html
 *   2.3000 build without data-testid              → *.2026-11-24.html
 *   newer variant: no <header>, no title attributes, role=banner → saved-contact-newer.2026-11-24.html
 *   2026 rollout: testids back, bare message ids  → *.2026-12-05.html (saved-contact-bare-ids, lid-username,
 *     group-bare-ids, channel-verified, meta-verified), each with a store double (*.store.json)
 *   2026 rollout, contacts whose number is hidden → lid-username-deleted.2026-12-05.html (username soft-deleted),
 *     lid-username-hidden.2026-12-05.html (username display off), ctwa-ad.2026-12-05.html (click-to-WhatsApp ad),
 *     lid-business.2026-12-05.html (verified business), group-lid-members.2026-12-05.html (members known by LID)
 *   2.3000 build, messages the rep selects        → selection-notes.2026-12-05.html
 */

/** The open conversation pane; absent while no chat is open. Every fixture. */
export const MAIN_PANE = ['#main'] as const;

/** The open chat's header, where our button goes. */
export const HEADER = [
  // 2.3000 build: saved-contact.2026-11-24.html, unsaved-contact.2026-11-24.html, lid-chat.2026-11-24.html,
  // group-chat.2026-11-24.html, business-account.2026-11-24.html, channel.2026-11-24.html
  '#main header',
  // 2024 build and 2026 rollouts with test ids: saved-contact-no-messages.2024-03-18.html,
  // br-12-digit.2024-03-18.html, saved-contact-bare-ids.2026-12-05.html (there `#main header` matches first)
  'header[data-testid="conversation-header"]',
  // newer variant rendered without <header>: saved-contact-newer.2026-11-24.html
  '#main [role="banner"]',
] as const;

/** The chat title inside the header (a name, or the formatted number of an unsaved contact). */
export const HEADER_TITLE = [
  // 2024 build and 2026 rollouts: saved-contact-no-messages.2024-03-18.html, br-12-digit.2024-03-18.html,
  // lid-username.2026-12-05.html …
  '[data-testid="conversation-info-header-chat-title"]',
  // 2.3000 build, full name in `title`: unsaved-contact.2026-11-24.html, saved-contact.2026-11-24.html …
  'span[dir="auto"][title]',
  // newer variant, text only: saved-contact-newer.2026-11-24.html
  '[dir="auto"]',
] as const;

/**
 * A business badge next to the name: business-account.2026-11-24.html, lid-business.2026-12-05.html. Not `*="verified"`:
 * `psa-verified` / `psa-verified-blue` mean Meta Verified or a verified channel, not a business
 * (meta-verified.2026-12-05.html, channel-verified.2026-12-05.html must not match).
 */
export const BUSINESS_MARKER = ['[data-icon*="business"]'] as const;

/** The default avatar of a group without a photo: group-chat.2026-11-24.html. */
export const GROUP_MARKER = ['[data-icon^="default-group"]'] as const;

/**
 * A channel's avatar and badges, looked for in the header only (the left rail's Channels tab
 * has them too): `newsletter-*` in channel.2026-11-24.html, `wds-ic-channels*` in 2026 rollouts
 * (channel-verified.2026-12-05.html).
 */
export const CHANNEL_MARKER = ['[data-icon*="newsletter"]', '[data-icon*="channel"]'] as const;

/**
 * Message rows: `data-id` = `true_|false_<chat jid>_<message id>[_<sender jid>]`, the protocol's
 * message key, from 2018 to 2025 builds (on `div[role=row] > div` in 2.3000 builds, on
 * `[data-testid=msg-container]` in br-12-digit.2024-03-18.html). 2026 rollouts keep only the bare
 * message id, on a `[data-testid^="conv-msg-"]` wrapper (saved-contact-bare-ids.2026-12-05.html):
 * the attribute is still read, and message-ids.ts says when it carries no key. Only the
 * attribute is read, never the message text.
 */
export const MESSAGE_ROW = ['#main [data-id]'] as const;

/**
 * A delivery tick: only the user's own messages have one. Tells them apart when the data-id
 * lost its `true_` prefix (group-bare-ids.2026-12-05.html).
 */
export const OUTGOING_MARK = ['[data-icon^="msg-dblcheck"]', '[data-icon^="msg-check"]'] as const;

/** The sender line of a row, `[10:32, 24/11/2026] Ana Lima: ` (the name only is kept): group-chat.2026-11-24.html. */
export const SENDER_META = ['[data-pre-plain-text]'] as const;

/**
 * A message's own text, for "Add selection to the CRM notes" (utils/capture/selection/read.ts):
 * read only where the rep's selection covers it, never otherwise. Tried in order; a later
 * variant only counts outside an earlier one's match.
 */
export const QUOTABLE_TEXT = [
  // The text block that carries who and when, `[10:41, 05/12/2026] Maria Souza: `: every build
  // with messages (selection-notes.2026-12-05.html, group-chat.2026-11-24.html, saved-contact-bare-ids.2026-12-05.html …).
  '#main [data-pre-plain-text]',
  // A message text with no such block above it (a photo caption): quoted without who and when.
  // 2.3000 builds: selection-notes.2026-12-05.html; 2026 rollouts: saved-contact-bare-ids.2026-12-05.html.
  '#main [data-id] .selectable-text',
  '#main [data-id] [data-testid="selectable-text"]',
] as const;

/**
 * Must never be quoted as a message (selection-notes.2026-12-05.html): a reply's quoted block
 * (someone else's earlier words, above the reply's own text) and the composer, whose box has
 * the same text classes as a message. QUOTABLE_TEXT matches neither; selectors.test.ts checks it.
 */
export const NOT_QUOTABLE = ['[aria-label="Quoted message"]', 'footer [contenteditable="true"]'] as const;

/**
 * The chat list: `#pane-side` in every build (all fixtures); its aria-label as a fallback, in
 * English (saved-contact.2026-11-24.html …) and Portuguese (br-12-digit.2024-03-18.html).
 */
export const CHAT_LIST = ['#pane-side', '[aria-label="Chat list"]', '[aria-label="Lista de conversas"]'] as const;

/** The open chat's row in the list. */
export const ACTIVE_ROW = [
  // 2.3000 build (grid rows): saved-contact.2026-11-24.html …
  '[aria-selected="true"]',
  // newer variant (list items): saved-contact-newer.2026-11-24.html
  '[aria-current="true"]',
] as const;

/**
 * The row's title (the chat name or number). Never the row's aria-label, full text or any
 * bare `span[title]`: the last-message preview carries a title too. `span[dir=auto][title]` in 2024
 * and 2.3000 builds (all fixtures but one); the first `span[dir=auto]`, which comes before the
 * preview, in the newer variant (saved-contact-newer.2026-11-24.html).
 */
export const ROW_TITLE = [
  // 2026 rollouts: lid-username.2026-12-05.html, saved-contact-bare-ids.2026-12-05.html …
  '[data-testid="cell-frame-title"] span[title]',
  'span[dir="auto"][title]',
  'span[dir="auto"]',
] as const;

/** Every hook by name, for the test that checks each variant against the fixtures. */
export const SELECTORS = {
  mainPane: MAIN_PANE,
  header: HEADER,
  headerTitle: HEADER_TITLE,
  businessMarker: BUSINESS_MARKER,
  groupMarker: GROUP_MARKER,
  channelMarker: CHANNEL_MARKER,
  messageRow: MESSAGE_ROW,
  outgoingMark: OUTGOING_MARK,
  senderMeta: SENDER_META,
  quotableText: QUOTABLE_TEXT,
  notQuotable: NOT_QUOTABLE,
  chatList: CHAT_LIST,
  activeRow: ACTIVE_ROW,
  rowTitle: ROW_TITLE,
};

/**
 * The label some builds print under a business name (text, not a selector), by UI language:
 * business-account.2026-11-24.html ("Conta comercial").
 */
export const BUSINESS_LABELS = ['business account', 'conta comercial', 'conta empresarial', 'cuenta de empresa'];

export type SelectorName = keyof typeof SELECTORS;

/** The first element matched by any variant, tried in order (the first variant is the preferred hook). */
export function queryFirst(root: ParentNode, variants: readonly string[]): Element | null {
  for (const selector of variants) {
    const element = root.querySelector(selector);
    if (element) return element;
  }
  return null;
}

export function findHeader(root: ParentNode): Element | null {
  return queryFirst(root, HEADER);
}

export function findMain(root: ParentNode): Element | null {
  return queryFirst(root, MAIN_PANE);
}

/** The header's title element (skipping icons and buttons). */
export function headerTitleElement(header: Element): Element | null {
  for (const selector of HEADER_TITLE) {
    for (const element of header.querySelectorAll(selector)) {
      if (!element.closest('button, [data-icon]') && (element.getAttribute('title') || element.textContent || '').trim()) return element;
    }
  }
  return null;
}

/** The header's title text: `title` attribute first (it is never truncated), else the text. */
export function headerTitleOf(header: Element): string | null {
  const element = headerTitleElement(header);
  return element ? (element.getAttribute('title') || element.textContent || '').trim() : null;
}

export function matchesAny(root: ParentNode, variants: readonly string[]): boolean {
  return variants.some((selector) => root.querySelector(selector) !== null);
}
