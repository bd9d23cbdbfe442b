/**
 * Whether the content script may ask for the chat's "already saved" answer (issue 13, point 7).
 * The page can reshape the DOM and dispatch events, so only what it cannot forge counts: the
 * page's first chat, a chat opened right after a trusted input (a click or key press of the
 * user: `isTrusted`), and a trusted return to the tab. Pure, for the unit test.
 */
export const USER_SWITCH_MS = 5_000;

export function mayLookUp(firstChat: boolean, lastTrustedInputAt: number | null, now: number): boolean {
  const since = now - (lastTrustedInputAt ?? -Infinity);
  return firstChat || (since >= 0 && since <= USER_SWITCH_MS);
}
