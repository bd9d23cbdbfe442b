import type { CrmId } from '../constants/crm';
import type { DeliveryView } from '../outbox/schema';

/**
 * Where one CRM's share of a bulk save stands, for the summary line ("12 created, 2 already
 * there, 1 needs you"). Delivered counts as created whatever the path (a create, or the record
 * an interrupted create had made); an update the rep chose counts as updated.
 */
export interface BulkTally {
  created: number;
  updated: number;
  /** The CRM already had the person: open, update or create anyway. */
  existing: number;
  /** Refused, unverifiable or given up: the rep must look. */
  needsYou: number;
  /** Still on its way (queued, sending, retrying: paced, or waiting out a 429). */
  waiting: number;
}

export function tallyOf(views: readonly DeliveryView[], crm: CrmId): BulkTally {
  const tally: BulkTally = { created: 0, updated: 0, existing: 0, needsYou: 0, waiting: 0 };
  for (const view of views) {
    if (view.crm !== crm) continue;
    if (view.state === 'delivered') tally[view.via === 'updated' ? 'updated' : 'created'] += 1;
    else if (view.state === 'needs_attention') tally[view.reason === 'duplicate' ? 'existing' : 'needsYou'] += 1;
    else if (view.state !== 'discarded') tally.waiting += 1;
  }
  return tally;
}

/** Settled for this popup: nothing more will change without the rep. */
export const isFinal = (view: DeliveryView) => view.state === 'delivered' || view.state === 'needs_attention' || view.state === 'discarded';
