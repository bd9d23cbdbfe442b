import type { ContactDraft } from '../crm/provider';
import type { AttemptOutcome } from './attempt';
import { beyondReach, MAX_STRIKES, retryDelay } from './backoff';
import { OUTBOX_FORMAT } from './store';
import type { OutboxEntry, RecordJob } from './schema';

// Pure state changes of one delivery; runner.ts decides when, these decide what.

/** A worker holds a delivery this long without renewing it; a stopped worker's lease runs out. */
export const LEASE_MS = 10_000;

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
    followUp: null,
    existingIds,
    state: 'queued',
    attempts: 0,
    failures: 0,
    nextAttemptAt: now,
    lastAttemptAt: null,
    lastError: null,
    lookupFirst: checkDuplicates && job.mode.kind === 'create',
    checkDuplicates: checkDuplicates && job.mode.kind === 'create',
    confirming: null,
    strikes: 0,
    matches: [],
    sentKeys: { phones: [], emails: [] },
    lease: null,
    record: null,
    created: null,
    via: null,
    settledAt: null,
    attention: null,
  };
}

export interface Requeue {
  job?: RecordJob;
  contact?: ContactDraft | null;
  existingIds?: string[];
  /** "Send anyway" / "create anyway": no lookup first, and the records shown are not ours. */
  skipLookup?: boolean;
  checkDuplicates?: boolean;
  /** "Update": one of the records shown (`matches`) gets the save instead of a new one. */
  updateId?: string | null;
}

/**
 * Sends it again after the user fixed it (or asked to): due now, backoff and strikes reset.
 * `lookupFirst` stays — an earlier create may still have arrived — unless the user chose "send
 * anyway". A create the CRM already took (`confirming`) is only ever looked up, never re-sent.
 */
export function requeue(entry: OutboxEntry, now: number, change: Requeue): OutboxEntry {
  const update = change.updateId && entry.matches.some((match) => match.id === change.updateId) ? change.updateId : null;
  const base = change.job ?? entry.job;
  const job: RecordJob = update ? { ...base, mode: { kind: 'update', id: update } } : base;
  const draft = change.contact ? { ...job.draft, contact: change.contact } : job.draft;
  const creating = job.mode.kind === 'create';
  // Still "sending" (a stopped worker's request may have arrived) counts as maybe-created too.
  const lookupFirst = change.skipLookup ? false : entry.lookupFirst || entry.state === 'sending' || (change.checkDuplicates ?? false);
  const seen = change.skipLookup ? entry.matches.map((match) => match.id) : [];
  return {
    ...entry,
    job: { ...job, draft },
    existingIds: [...new Set([...(change.existingIds ?? entry.existingIds), ...seen])].slice(-50),
    state: 'queued',
    failures: 0,
    strikes: 0,
    nextAttemptAt: now,
    lookupFirst: lookupFirst && creating,
    checkDuplicates: !change.skipLookup && creating && (change.checkDuplicates ?? entry.checkDuplicates),
    confirming: creating ? entry.confirming : null,
    matches: [],
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
  const base: OutboxEntry = {
    ...entry,
    lease: null,
    updatedAt: now,
    // Our own lookup came back empty and the create went out: what a later lookup finds is ours.
    checkDuplicates: outcome.kind !== 'delivered' && outcome.posted ? false : entry.checkDuplicates,
    confirming: outcome.kind === 'retry' && outcome.confirming !== undefined ? outcome.confirming : entry.confirming,
  };
  switch (outcome.kind) {
    case 'delivered':
      return {
        ...base,
        state: 'delivered',
        record: outcome.record,
        created: outcome.created ?? entry.created,
        via: outcome.via,
        nextAttemptAt: null,
        lookupFirst: false,
        confirming: null,
        settledAt: now,
        attention: null,
      };
    case 'retry': {
      const failures = entry.failures + 1;
      const offline = outcome.error.code === 'network' && outcome.error.offline;
      const strikes = entry.strikes + (offline ? 0 : 1);
      if (strikes >= MAX_STRIKES) return settle(base, { kind: 'attention', error: outcome.error, reason: 'gave_up', lookupFirst: outcome.lookupFirst }, now, options);
      const nextAttemptAt = now + retryDelay(outcome.error, failures, options.random);
      return { ...base, state: 'retrying', failures, strikes, nextAttemptAt, lastError: outcome.error, lookupFirst: outcome.lookupFirst };
    }
    case 'attention':
      return {
        ...base,
        state: 'needs_attention',
        nextAttemptAt: null,
        lastError: outcome.error ?? entry.lastError,
        lookupFirst: outcome.lookupFirst,
        matches: outcome.matches ?? [],
        attention: { reason: outcome.reason, notifyAfter: options.notifyAfter, notifiedAt: null },
      };
  }
}

export function discarded(entry: OutboxEntry, now: number): OutboxEntry {
  return { ...entry, state: 'discarded', nextAttemptAt: null, lease: null, settledAt: now, attention: null, updatedAt: now };
}

/**
 * Can this worker take it now? Due and free, or left "sending" by a worker whose lease ran out.
 * A due time or lease further ahead than the outbox ever sets means the clock went back: due now.
 */
export function isClaimable(entry: OutboxEntry, now: number): boolean {
  const due = wakeTime(entry, now);
  return (entry.state === 'queued' || entry.state === 'retrying' || entry.state === 'sending') && due !== null && due <= now;
}

/** When this entry next needs the worker (due, lease expiry, notification), or null; never beyond reach. */
export function wakeTime(entry: OutboxEntry, now: number): number | null {
  const at = plannedTime(entry);
  if (at === null) return null;
  // A lease or a notification grace is seconds long; a due time up to LONGEST_WAIT_MS.
  const reach = entry.state === 'queued' || entry.state === 'retrying' ? undefined : LEASE_MS;
  return beyondReach(at, now, reach) ? now : at;
}

function plannedTime(entry: OutboxEntry): number | null {
  if (entry.state === 'queued' || entry.state === 'retrying') return entry.nextAttemptAt ?? entry.createdAt;
  if (entry.state === 'sending') return entry.lease?.until ?? entry.updatedAt;
  if (entry.state === 'needs_attention' && entry.attention && entry.attention.notifiedAt === null) return entry.attention.notifyAfter;
  return null;
}
