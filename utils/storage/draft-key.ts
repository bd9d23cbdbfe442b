// No zod here: the popup builds the key, the background's schema checks it (drafts.ts).

/** `tab-<id>` for the toolbar and `?tab=`, `capture-<id>` for a handed capture. */
export const DRAFT_KEY = /^(tab|capture)-[A-Za-z0-9-]{1,100}$/;

/** Where the popup keeps its draft: per handed capture, else per tab; null when neither is usable. */
export function draftKeyOf(captureId: string | null, tabId: number | null): string | null {
  const key = captureId ? `capture-${captureId}` : tabId !== null ? `tab-${tabId}` : null;
  return key !== null && DRAFT_KEY.test(key) ? key : null;
}
