import { findValue, type Needle } from './find.ts';
import { highlightRange } from './overlay.ts';

/** shown: on screen and outlined; hidden: in the page but not rendered; absent: not in its text or links (structured data only, or gone). */
export type ShowResult = 'shown' | 'hidden' | 'absent';

/** Isolated-world global that carries the needle from the background's first injection to page-highlight.js (deleted when read). */
export const HIGHLIGHT_INPUT = '__crmCaptureHighlightInput';
export const HIGHLIGHT_FILE = '/page-highlight.js';

export function showOnPage(doc: Document, needle: Needle): ShowResult {
  const spot = findValue(doc, needle);
  if (spot === null) return 'absent';
  if (!spot.visible) return 'hidden';
  highlightRange(spot.range);
  return 'shown';
}

export function takeNeedle(scope: Record<string, unknown>): Needle | null {
  const needle = scope[HIGHLIGHT_INPUT];
  delete scope[HIGHLIGHT_INPUT];
  if (typeof needle !== 'object' || needle === null) return null;
  const { kind, digits, text } = needle as Record<string, unknown>;
  if (kind === 'phone' && typeof digits === 'string' && /^\d{4,17}$/.test(digits)) return { kind, digits };
  if ((kind === 'email' || kind === 'name') && typeof text === 'string' && text.length > 0 && text.length <= 320) return { kind, text };
  return null;
}
