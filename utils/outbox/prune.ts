import type { OutboxEntry } from './schema';
import { isUnsettled } from './states';

/**
 * Delivered and discarded deliveries stay a week (a repeated SAVE_RECORD for one of them is
 * answered from here, and the popup can still show how it ended), at most 200 of them. The
 * capture history keeps its own 200 lines. Anything still owed to a CRM is never pruned, nor is
 * the record a follow-up still owed waits for.
 */
export const SETTLED_KEEP_MS = 7 * 24 * 60 * 60 * 1000;
export const SETTLED_KEEP_COUNT = 200;

export function pruneIds(entries: OutboxEntry[], now: number): string[] {
  // A record whose follow-up is still owed stays too: the follow-up reads its id from it.
  const parents = new Set(entries.flatMap((entry) => (entry.followUp?.parentDeliveryId && isUnsettled(entry.state) ? [entry.followUp.parentDeliveryId] : [])));
  const settled = entries.filter((entry) => !isUnsettled(entry.state) && !parents.has(entry.id)).sort((a, b) => (b.settledAt ?? b.updatedAt) - (a.settledAt ?? a.updatedAt));
  return settled.filter((entry, index) => index >= SETTLED_KEEP_COUNT || now - (entry.settledAt ?? entry.updatedAt) > SETTLED_KEEP_MS).map((entry) => entry.id);
}
