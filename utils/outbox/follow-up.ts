import type { CrmProvider, FollowUpAction, SavedRecord } from '../crm/provider';
import { failed, isRetryable, mayHaveArrived, tookItUnread, type AttemptOutcome } from './attempt';
import type { OutboxEntry, RecordJob } from './schema';
import { isUnsettled } from './states';
import { newEntry } from './transitions';

// Follow-ups (issue 16): a Syncro task or a Synax deal is its own delivery, sent once the record it
// belongs to exists, retried on its own, and looked up before it is sent again after an answer
// that may have come after the write (syncro.md §8.16, synax.md §9.6: no idempotency key).

export interface NewFollowUp {
  deliveryId: string;
  /** Where it goes and whom it is about: the parent record's job. */
  job: RecordJob;
  /** The record's own delivery, when it is being saved now. */
  parentDeliveryId: string | null;
  /** The record's id, when it already exists (no delivery to wait for). */
  parentRecordId: string | null;
  /** That existing record, for the history line and its link. */
  record?: SavedRecord;
  action: FollowUpAction;
}

export function newFollowUpEntry(request: NewFollowUp, now: number): OutboxEntry {
  const { deliveryId, job, parentDeliveryId, parentRecordId, record = null, action } = request;
  // A create of its own: nothing sent yet, nothing to look for; the parent's draft is not its to mark.
  const base = newEntry({ ...job, mode: { kind: 'create' }, draftKey: null, deliveryId, existingIds: [], checkDuplicates: false }, now);
  return { ...base, record, followUp: { parentDeliveryId, parentRecordId, action } };
}

/** The delivery a follow-up waits for, if any. */
export const parentId = (entry: OutboxEntry): string | null => (entry.followUp && !entry.followUp.parentRecordId ? entry.followUp.parentDeliveryId : null);

/**
 * Its record is still on its way (queued, retrying, waiting for the user), or not written yet (the
 * follow-up is written first, so it is never lost): not sent yet.
 */
export function waitsForParent(entry: OutboxEntry, parent: OutboxEntry | undefined): boolean {
  return parentId(entry) !== null && (parent === undefined || isUnsettled(parent.state));
}

/** The follow-up with its record's id, once the parent delivered it (kept: the parent may be pruned first). */
export function withParentRecord(entry: OutboxEntry, parent: OutboxEntry | undefined): OutboxEntry {
  if (!entry.followUp || parentId(entry) === null || parent?.state !== 'delivered' || !parent.record) return entry;
  return { ...entry, record: parent.record, followUp: { ...entry.followUp, parentRecordId: parent.record.id } };
}

/** Follow-ups of this delivery not settled yet (discarded with it). */
export const unsettledChildren = (entries: OutboxEntry[], id: string): OutboxEntry[] =>
  entries.filter((entry) => entry.followUp?.parentDeliveryId === id && isUnsettled(entry.state));

/**
 * One attempt of a follow-up. Without a record to attach it to (its parent was saved but the CRM
 * never said which record it is) it waits for the user. After an answer that may have come after the write, the
 * record's tasks (deals) are looked up first; a 2xx we cannot read is looked up at once, never re-sent.
 */
export async function attemptFollowUp(entry: OutboxEntry, provider: CrmProvider): Promise<AttemptOutcome> {
  const recordId = entry.followUp?.parentRecordId;
  if (!entry.followUp || !recordId) return { kind: 'attention', error: entry.lastError, reason: 'unverifiable', lookupFirst: entry.lookupFirst };
  const { action } = entry.followUp;
  if (!provider.createFollowUp || !provider.findFollowUp)
    return { kind: 'attention', error: { code: 'not_configured', crm: provider.crm }, reason: 'rejected', lookupFirst: false };
  if (entry.lookupFirst) {
    const found = await provider.findFollowUp(recordId, action);
    if (!found.ok) {
      return isRetryable(found.error)
        ? { kind: 'retry', error: found.error, lookupFirst: true }
        : { kind: 'attention', error: found.error, reason: 'unverifiable', lookupFirst: true };
    }
    if (found.data) return { kind: 'delivered', record: entry.record, created: found.data, via: 'found' };
  }
  const created = await provider.createFollowUp(recordId, action);
  if (created.ok) return { kind: 'delivered', record: entry.record, created: created.data, via: 'created' };
  if (tookItUnread(created.error)) {
    const found = await provider.findFollowUp(recordId, action);
    return { kind: 'delivered', record: entry.record, created: found.ok ? found.data : null, via: 'created' };
  }
  return failed(created.error, mayHaveArrived(created.error), true);
}
