/**
 * Every hook into WhatsApp Web's DOM, in one place (CONTRIBUTING.md). Each entry is a list of
 * variants tried in order; each variant names the UI it matches and the dated fixture in
 * ./fixtures that proves it. Anchors are ids, roles, aria-*, data-id, title and data-icon:
 * WhatsApp's class names are generated and change every build, and data-testid was dropped
 * from most builds in 2023–2025 (whatsapp-web.js dropped its data-testid selectors, PR #2434).
 *
 * Fixture families (synthetic, modelled on the selectors public WhatsApp Web tools use):
 *   2024 build with data-testid       → *.2024-03-18.html
 *   2.3000 build (today, no testid)   → *.2026-11-24.html
 *   newer variant: no <header>, no title attributes, role=banner → saved-contact-newer.2026-11-24.html
 */

/** The open conversation pane; absent while no chat is open. Every fixture. */
export const MAIN_PANE = ['#main'] as const;

/** The open chat's header, where our button goes. */
export const HEADER = [
  // 2.3000 build: saved-contact.2026-11-24.html, unsaved-contact.2026-11-24.html, lid-chat.2026-11-24.html,
  // group-chat.2026-11-24.html, business-account.2026-11-24.html, channel.2026-11-24.html
  '#main header',
  // 2024 build with test ids: saved-contact-no-messages.2024-03-18.html, br-12-digit.2024-03-18.html
  'header[data-testid="conversation-header"]',
  // newer variant rendered without <header>: saved-contact-newer.2026-11-24.html
  '#main [role="banner"]',
] as const;

/** The chat title inside the header (a name, or the formatted number of an unsaved contact). */
export const HEADER_TITLE = [
  // 2024 build: saved-contact-no-messages.2024-03-18.html, br-12-digit.2024-03-18.html
  '[data-testid="conversation-info-header-chat-title"]',
  // 2.3000 build, full name in `title`: unsaved-contact.2026-11-24.html, saved-contact.2026-11-24.html …
  'span[dir="auto"][title]',
  // newer variant, text only: saved-contact-newer.2026-11-24.html
  '[dir="auto"]',
] as const;

/** A verified/business badge next to the name: business-account.2026-11-24.html. */
export const BUSINESS_MARKER = ['[data-icon*="business"]', '[data-icon*="verified"]'] as const;

/** The default avatar of a group without a photo: group-chat.2026-11-24.html. */
export const GROUP_MARKER = ['[data-icon^="default-group"]'] as const;

/** A channel's avatar and badges: channel.2026-11-24.html. */
export const CHANNEL_MARKER = ['[data-icon*="newsletter"]'] as const;

/**
 * Message rows: `data-id` = `true_|false_<chat jid>_<message id>[_<sender jid>]`, the protocol's
 * message key, stable since at least 2018 (every fixture with messages; on `div[role=row] > div`
 * in 2.3000 builds, on `[data-testid=msg-container]` in br-12-digit.2024-03-18.html). Only the
 * attribute is read, never the message text.
 */
export const MESSAGE_ROW = ['#main [data-id]'] as const;

/** The sender line of a row, `[10:32, 24/11/2026] Ana Lima: ` (the name only is kept): group-chat.2026-11-24.html. */
export const SENDER_META = ['[data-pre-plain-text]'] as const;

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
 * `span[title]`: the last-message preview carries a title too. `span[dir=auto][title]` in 2024
 * and 2.3000 builds (all fixtures but one); the first `span[dir=auto]`, which comes before the
 * preview, in the newer variant (saved-contact-newer.2026-11-24.html).
 */
export const ROW_TITLE = ['span[dir="auto"][title]', 'span[dir="auto"]'] as const;

/** Every hook by name, for the test that checks each variant against the fixtures. */
export const SELECTORS = {
  mainPane: MAIN_PANE,
  header: HEADER,
  headerTitle: HEADER_TITLE,
  businessMarker: BUSINESS_MARKER,
  groupMarker: GROUP_MARKER,
  channelMarker: CHANNEL_MARKER,
  messageRow: MESSAGE_ROW,
  senderMeta: SENDER_META,
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
