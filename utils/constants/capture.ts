/**
 * How much of a page a capture keeps. A page is untrusted input: a 5,000-character title, a
 * 100 KB JSON-LD name or 200,000 findings must still give a capture the popup can save and rank
 * without blowing the stack. The page-scan check (utils/background/page-scan.ts), the capture
 * builder (utils/capture/limits.ts) and the stored formats (drafts, outbox) all read these.
 */
export const CAPTURE_LIMITS = {
  url: 4000,
  title: 1000,
  /** Longer than any person's or company's name (WhatsApp caps its names at 200 too). */
  name: 200,
  /** A phone as written or an e-mail address (RFC 3696: 64 + 1 + 255). */
  raw: 320,
  /** Findings read from the page script's answer at most; a longer list is cut, not refused. */
  scannedFindings: 2000,
  /** Findings per page kept (strongest first) before grouping and ranking. */
  findings: 1000,
  /**
   * A selection for the notes, as a block of text: its text stops at the notes' limit (2,000,
   * CONTACT_LIMITS.notes) in the page; who-and-when lines and the source line come on top.
   */
  selectionNote: 8000,
} as const;

/** People one bulk save takes at most (issue 17): the popup's list, SAVE_BULK and the popup's following of it. */
export const BULK_MAX_PEOPLE = 200;
