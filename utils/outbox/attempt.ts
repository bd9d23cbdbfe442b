import type { CrmError, Result } from '../crm/errors';
import type { CrmProvider, RecordDraft, SavedRecord } from '../crm/provider';
import type { OutboxEntry, OutboxError } from './schema';
import { RETRYABLE_CODES, type AttentionReason, type DeliveryVia } from './states';

/** What one attempt came to; runner.ts turns it into the entry's next state. */
export type AttemptOutcome =
  | { kind: 'delivered'; record: SavedRecord; via: DeliveryVia }
  /** `lookupFirst`: whether the next create must look before sending (the request may have arrived). */
  | { kind: 'retry'; error: OutboxError; lookupFirst: boolean }
  | { kind: 'attention'; error: OutboxError | null; reason: AttentionReason; lookupFirst: boolean };

export const isRetryable = (error: OutboxError) => (RETRYABLE_CODES as readonly string[]).includes(error.code);

/**
 * Could this failed create have made the record anyway? A 429 and the 4xx refusals are answered
 * before anything is written; a timeout, a dropped connection, a 5xx or an unreadable answer
 * (a 201 whose body a captive portal mangled) may come after the write.
 */
export function mayHaveArrived(error: OutboxError): boolean {
  return ['network', 'timeout', 'server', 'unexpected', 'internal'].includes(error.code);
}

/**
 * The dedupe-before-resend decision. Among the records the lookup found, ours is one the user
 * did not already see ("create anyway" keeps those apart); if several, the one with our name.
 * None means the earlier create did not arrive and it is safe to send again.
 */
export function pickOurs(found: SavedRecord[], existingIds: string[], draft: RecordDraft): SavedRecord | null {
  const candidates = found.filter((record) => !existingIds.includes(record.id));
  const name = draft.contact.name.trim().toLowerCase();
  return candidates.find((record) => record.name?.trim().toLowerCase() === name) ?? candidates[0] ?? null;
}

/** Every phone and e-mail this delivery was ever sent with (edits included). */
export function lookupKeys(entry: OutboxEntry): { phones: string[]; emails: string[] } {
  const { contact } = entry.job.draft;
  return {
    phones: [...new Set([...contact.phones, ...entry.sentKeys.phones])],
    emails: [...new Set([...(contact.email ? [contact.email] : []), ...entry.sentKeys.emails])],
  };
}

/** provider.findDuplicates once per e-mail (it takes one), the phones with the first. */
async function lookup(provider: CrmProvider, keys: { phones: string[]; emails: string[] }): Promise<Result<SavedRecord[]>> {
  const queries = keys.emails.length
    ? keys.emails.map((email, index) => ({ phones: index === 0 ? keys.phones : [], email }))
    : [{ phones: keys.phones, email: null }];
  const found = new Map<string, SavedRecord>();
  for (const query of queries) {
    const result = await provider.findDuplicates(query);
    if (!result.ok) return result;
    for (const record of result.data) found.set(record.id, record);
  }
  return { ok: true, data: [...found.values()] };
}

function failed(error: CrmError | OutboxError, lookupFirst: boolean): AttemptOutcome {
  return isRetryable(error) ? { kind: 'retry', error, lookupFirst } : { kind: 'attention', error, reason: 'rejected', lookupFirst };
}

/**
 * One attempt. Updates are idempotent (PUT/PATCH of the same fields) and are simply sent. A
 * create that may already have arrived is looked up first (syncro.md §11.5, synax.md §11.5: no
 * idempotency key exists), and delivered with the record found instead of being sent twice.
 */
export async function attemptDelivery(entry: OutboxEntry, provider: CrmProvider): Promise<AttemptOutcome> {
  const { draft, mode } = entry.job;
  if (mode.kind === 'update') {
    const updated = await provider.updateRecord(mode.id, draft);
    return updated.ok ? { kind: 'delivered', record: updated.data, via: 'updated' } : failed(updated.error, false);
  }
  if (entry.lookupFirst) {
    const keys = lookupKeys(entry);
    // Nothing to look a lead up by: ask the user rather than risk a second record.
    if (!keys.phones.length && !keys.emails.length) return { kind: 'attention', error: entry.lastError, reason: 'unverifiable', lookupFirst: true };
    const found = await lookup(provider, keys);
    if (!found.ok) {
      return isRetryable(found.error)
        ? { kind: 'retry', error: found.error, lookupFirst: true }
        : { kind: 'attention', error: found.error, reason: 'unverifiable', lookupFirst: true };
    }
    const ours = pickOurs(found.data, entry.existingIds, draft);
    if (ours) return { kind: 'delivered', record: ours, via: 'found' };
  }
  // Nothing there (or nothing can be there yet): this create is the only one.
  const created = await provider.createRecord(draft);
  if (created.ok) return { kind: 'delivered', record: created.data, via: 'created' };
  return failed(created.error, mayHaveArrived(created.error));
}
