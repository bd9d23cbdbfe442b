/**
 * The CRMs' vocabulary as plain values: no zod, no client, no key, no imports. It sits outside
 * utils/crm/ so the popup, the captures page and the WhatsApp content script can import it
 * without pulling CRM code or growing (see scripts/bench/popup.ts); the zod schemas
 * (crm/errors.ts, crm/provider.ts) are built from it, so each fact lives here once.
 */

/** Both CRMs, in the order the UI shows them. */
export const CRM_IDS = ['syncro', 'synax'] as const;
export type CrmId = (typeof CRM_IDS)[number];

/** Brand names, never translated. */
export const CRM_LABELS: Record<CrmId, string> = { syncro: 'Syncro', synax: 'Synax' };

/** Synax contact temperature (synax.md §4.1). */
export const TEMPERATURES = ['cold', 'warm', 'hot'] as const;
export type Temperature = (typeof TEMPERATURES)[number];

/** What both CRMs accept for a contact (syncro.md §8.6, synax.md §4.2); the strictest of the two. */
export const CONTACT_LIMITS = { name: 255, phones: 5, email: 191, company: 255, notes: 2000, tags: 30, tag: 50, source: 100 } as const;

/**
 * What an update did to an existing record that the rep should hear about (utils/crm/keep-both.ts):
 * `*_set` filled an empty field; `*_added` kept the record's own phone or e-mail in its field and
 * wrote the new one into the notes (neither CRM has a second phone or e-mail field); `notes_added`
 * appended the new notes below the record's own.
 */
export const RECORD_CHANGES = ['phone_set', 'phone_added', 'email_set', 'email_added', 'notes_added'] as const;
export type RecordChange = (typeof RECORD_CHANGES)[number];

/** synax.md §4.2: a Synax contact cannot exist without a phone. */
export function needsPhone(crm: CrmId): boolean {
  return crm === 'synax';
}

/** A record link we may open: the CRM said where, but only http(s) is a page (never `javascript:`). */
export function isWebLink(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * Requests each CRM takes per key and window (syncro.md §6: 60 per minute, per key; synax.md §7:
 * 300 per minute on the api-proxy). The background paces every request under these
 * (utils/outbox/pacing.ts); a 429 still holds the CRM as the server says.
 */
export const RATE_LIMITS: Record<CrmId, { requests: number; windowMs: number }> = {
  syncro: { requests: 60, windowMs: 60_000 },
  synax: { requests: 300, windowMs: 60_000 },
};
