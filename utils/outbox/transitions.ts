import type { ContactDraft } from '../crm/provider';
import type { AttemptOutcome } from './attempt';
import { retryDelay } from './backoff';
import { OUTBOX_FORMAT } from './store';
import type { OutboxEntry, RecordJob } from './schema';

// Pure state changes of one delivery; runner.ts decides when, these decide what.

export interface NewDelivery extends RecordJob {
  deliveryId: string;
  existingIds: string[];
  /** The popup could not look for duplicates (offline, 5xx): the outbox looks before creating. */
  checkDuplicates: boolean;
}

export function newEntry(request: NewDelivery, now: number): OutboxEntry {
  const { deliveryId, existingIds, checkDuplicates, ...job } = request;
  return {
    v: OUTBOX_FORMAT,
    id: deliveryId,
    createdAt: now,
    updatedAt: now,
    job,
    existingIds,
    state: 'queued',
    attempts: 0,
    failures: 0,
    nextAttemptAt: now,
    lastAttemptAt: null,
    lastError: null,
    lookupFirst: checkDuplicates && job.mode.kind === 'create',
    sentKeys: { phones: [], emails: [] },
    lease: null,
    record: null,
    via: null,
    settledAt: null,
    attention: null,
  };
}

/**
 * Sends it again after the user fixed it (or asked to): due now, backoff reset. `lookupFirst`
 * stays — an earlier create may still have arrived — unless the user chose "send anyway".
 */
export function requeue(entry: OutboxEntry, now: number, change: { job?: RecordJob; contact?: ContactDraft | null; existingIds?: string[]; skipLookup?: boolean; checkDuplicates?: boolean }): OutboxEntry {
  const job = change.job ?? entry.job;
  const draft = change.contact ? { ...job.draft, contact: change.contact } : job.draft;
  // Still "sending" (a stopped worker's request may have arrived) counts as maybe-created too.
  const lookupFirst = change.skipLookup ? false : entry.lookupFirst || entry.state === 'sending' || (change.checkDuplicates ?? false);
  return {
    ...entry,
    job: { ...job, draft },
    existingIds: change.existingIds ?? entry.existingIds,
    state: 'queued',
    failures: 0,
    nextAttemptAt: now,
    lookupFirst: lookupFirst && job.mode.kind === 'create',
    lease: null,
    settledAt: null,
    attention: null,
    updatedAt: now,
  };
}

/** Taken by this worker: written before any request, so a stop mid-request is known afterwards. */
export function claim(entry: OutboxEntry, owner: string, now: number, leaseMs: number): OutboxEntry {
  const { contact } = entry.job.draft;
  const creating = entry.job.mode.kind === 'create';
  return {
    ...entry,
    state: 'sending',
    attempts: entry.attempts + 1,
    lastAttemptAt: now,
    // Found still "sending": the worker that sent it stopped before hearing back.
    lookupFirst: creating && (entry.lookupFirst || entry.state === 'sending'),
    sentKeys: creating
      ? {
          phones: [...new Set([...entry.sentKeys.phones, ...contact.phones])].slice(-40),
          emails: [...new Set([...entry.sentKeys.emails, ...(contact.email ? [contact.email] : [])])].slice(-10),
        }
      : entry.sentKeys,
    lease: { owner, until: now + leaseMs },
    updatedAt: now,
  };
}

export function settle(entry: OutboxEntry, outcome: AttemptOutcome, now: number, options: { random: () => number; notifyAfter: number }): OutboxEntry {
  const base = { ...entry, lease: null, updatedAt: now };
  switch (outcome.kind) {
    case 'delivered':
      return { ...base, state: 'delivered', record: outcome.record, via: outcome.via, nextAttemptAt: null, lookupFirst: false, settledAt: now, attention: null };
    case 'retry': {
      const failures = entry.failures + 1;
      const nextAttemptAt = now + retryDelay(outcome.error, failures, options.random);
      return { ...base, state: 'retrying', failures, nextAttemptAt, lastError: outcome.error, lookupFirst: outcome.lookupFirst };
    }
    case 'attention':
      return {
        ...base,
        state: 'needs_attention',
        nextAttemptAt: null,
        lastError: outcome.error ?? entry.lastError,
        lookupFirst: outcome.lookupFirst,
        attention: { reason: outcome.reason, notifyAfter: options.notifyAfter, notifiedAt: null },
      };
  }
}

export function discarded(entry: OutboxEntry, now: number): OutboxEntry {
  return { ...entry, state: 'discarded', nextAttemptAt: null, lease: null, settledAt: now, attention: null, updatedAt: now };
}

/** Can this worker take it now? Due and free, or left "sending" by a worker whose lease ran out. */
export function isClaimable(entry: OutboxEntry, now: number): boolean {
  if (entry.state === 'queued' || entry.state === 'retrying') return (entry.nextAttemptAt ?? 0) <= now;
  if (entry.state === 'sending') return !entry.lease || entry.lease.until <= now;
  return false;
}

/** When this entry next needs the worker (due, lease expiry, notification), or null. */
export function wakeTime(entry: OutboxEntry): number | null {
  if (entry.state === 'queued' || entry.state === 'retrying') return entry.nextAttemptAt ?? entry.createdAt;
  if (entry.state === 'sending') return entry.lease?.until ?? entry.updatedAt;
  if (entry.state === 'needs_attention' && entry.attention && entry.attention.notifiedAt === null) return entry.attention.notifyAfter;
  return null;
}
