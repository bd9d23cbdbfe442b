import type { CrmError, Result } from '../crm/errors';
import type { CrmProvider, RecordDraft, SavedFollowUp, SavedRecord } from '../crm/provider';
import { CONFIRM_LOOKUPS } from './backoff';
import { MAX_MATCHES, type OutboxEntry, type OutboxError } from './schema';
import { RETRYABLE_CODES, type AttentionReason, type DeliveryVia } from './states';

/** What one attempt came to; runner.ts turns it into the entry's next state. */
export type AttemptOutcome =
  /** `record` null: the CRM took it (2xx) but never said which record it is ("saved, link unknown"). */
  | { kind: 'delivered'; record: SavedRecord | null; via: DeliveryVia; created?: SavedFollowUp | null }
  /**
   * `lookupFirst`: whether the next create must look before sending (the request may have arrived).
   * `posted`: the create went out after our own lookup found nothing. `confirming`: lookups done
   * for a record the CRM took without saying which.
   */
  | { kind: 'retry'; error: OutboxError; lookupFirst: boolean; posted?: boolean; confirming?: number }
  | { kind: 'attention'; error: OutboxError | null; reason: AttentionReason; lookupFirst: boolean; posted?: boolean; matches?: SavedRecord[] };

export const isRetryable = (error: OutboxError) => (RETRYABLE_CODES as readonly string[]).includes(error.code);

/**
 * Could this failed create have made the record anyway? A 429 and the 4xx refusals are answered
 * before anything is written; a timeout, a dropped connection, a 5xx or an answer we cannot
 * read may come after the write.
 */
export function mayHaveArrived(error: OutboxError): boolean {
  return ['network', 'timeout', 'server', 'unexpected', 'internal'].includes(error.code);
}

/** A 2xx to a create means the record exists, whatever its body says: it is never sent again. */
export function tookItUnread(error: OutboxError): boolean {
  return error.code === 'unexpected' && error.status !== null && error.status >= 200 && error.status <= 299;
}

/** The records a lookup found that the user did not already see ("create anyway" keeps those apart). */
const unseen = (found: SavedRecord[], existingIds: string[]) => found.filter((record) => !existingIds.includes(record.id));

/**
 * The dedupe-before-resend decision. Among the records the lookup found, ours is one the user
 * did not already see; if several, the one with our name. None means the earlier create did not
 * arrive and it is safe to send again.
 */
export function pickOurs(found: SavedRecord[], existingIds: string[], draft: RecordDraft): SavedRecord | null {
  const candidates = unseen(found, existingIds);
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
  const queries = keys.emails.length ? keys.emails.map((email, index) => ({ phones: index === 0 ? keys.phones : [], email })) : [{ phones: keys.phones, email: null }];
  const found = new Map<string, SavedRecord>();
  for (const query of queries) {
    const result = await provider.findDuplicates(query);
    if (!result.ok) return result;
    for (const record of result.data) found.set(record.id, record);
  }
  return { ok: true, data: [...found.values()] };
}

export function failed(error: CrmError | OutboxError, lookupFirst: boolean, posted: boolean): AttemptOutcome {
  return isRetryable(error) ? { kind: 'retry', error, lookupFirst, posted } : { kind: 'attention', error, reason: 'rejected', lookupFirst, posted };
}

/**
 * One attempt. Updates are idempotent (PUT/PATCH of the same fields) and are simply sent. A
 * create that may already have arrived is looked up first (syncro.md §11.5, synax.md §11.5: no
 * idempotency key exists), and delivered with the record found instead of being sent twice. A
 * create the CRM answered with a 2xx is never sent again: only looked up for its link.
 */
export async function attemptDelivery(entry: OutboxEntry, provider: CrmProvider): Promise<AttemptOutcome> {
  const { draft, mode } = entry.job;
  if (mode.kind === 'update') {
    const updated = await provider.updateRecord(mode.id, draft);
    return updated.ok ? { kind: 'delivered', record: updated.data, via: 'updated' } : failed(updated.error, false, false);
  }
  if (entry.confirming !== null) return confirmCreated(entry, provider, entry.confirming);
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
    const others = unseen(found.data, entry.existingIds);
    // The popup could not check, and nothing of ours went out since: these are someone else's records.
    if (entry.checkDuplicates && others.length) {
      return { kind: 'attention', error: null, reason: 'duplicate', lookupFirst: true, matches: others.slice(0, MAX_MATCHES) };
    }
    const ours = pickOurs(found.data, entry.existingIds, draft);
    if (ours) return { kind: 'delivered', record: ours, via: 'found' };
  }
  // Nothing there (or nothing can be there yet): this create is the only one.
  const created = await provider.createRecord(draft);
  if (created.ok) return { kind: 'delivered', record: created.data, via: 'created' };
  if (tookItUnread(created.error)) return confirmCreated({ ...entry, lastError: created.error }, provider, 0);
  return failed(created.error, mayHaveArrived(created.error), true);
}

/**
 * The CRM took the create but did not say which record it made: look it up (its search may
 * lag), and after CONFIRM_LOOKUPS tries settle as delivered without a link. Never re-sent.
 */
async function confirmCreated(entry: OutboxEntry, provider: CrmProvider, done: number): Promise<AttemptOutcome> {
  const keys = lookupKeys(entry);
  const found = keys.phones.length || keys.emails.length ? await lookup(provider, keys) : null;
  const ours = found?.ok ? pickOurs(found.data, entry.existingIds, entry.job.draft) : null;
  if (ours) return { kind: 'delivered', record: ours, via: 'created' };
  if (!found || done + 1 >= CONFIRM_LOOKUPS || (!found.ok && !isRetryable(found.error))) return { kind: 'delivered', record: null, via: 'created' };
  return { kind: 'retry', error: found.ok ? (entry.lastError ?? { code: 'internal' }) : found.error, lookupFirst: true, posted: true, confirming: done + 1 };
}
