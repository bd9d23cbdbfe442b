import { CRM_IDS, type CrmId } from '../constants/crm';
import type { SavedRecord } from '../crm/provider';
import { readDraft, removeDraft, writeDraft } from '../storage/drafts';
import { addHistoryEntry, type HistoryEntry } from '../storage/history';
import type { Destination } from '../storage/settings';
import { followUpTitle, type OutboxEntry } from './schema';

/**
 * What the rest of the extension learns when a delivery ends: one line in the capture history
 * (keyed by the delivery, so a retry never adds a second line), and the popup's draft marked
 * saved for that CRM. Deliveries still on their way are shown from the outbox itself.
 */
export async function recordSettled(entry: OutboxEntry): Promise<void> {
  if (entry.state !== 'delivered' && entry.state !== 'discarded') return;
  await Promise.all([addHistoryEntry(historyLine(entry)), entry.state === 'delivered' && entry.record ? markDraftSaved(entry, entry.record) : null]);
}

export function historyLine(entry: OutboxEntry): HistoryEntry {
  const { job, record } = entry;
  const { contact } = job.draft;
  return {
    id: entry.id,
    at: entry.settledAt ?? entry.updatedAt,
    crm: job.crm,
    destination: job.destination,
    action: job.mode.kind,
    status: entry.state === 'delivered' ? 'saved' : 'discarded',
    name: record?.name ?? contact.name,
    phone: contact.phones[0] ?? null,
    email: contact.email,
    page: job.page,
    record: entry.state === 'delivered' && record ? { id: record.id, url: record.url } : null,
    error: entry.lastError,
    attempts: Math.max(1, entry.attempts),
    via: entry.state === 'delivered' ? entry.via : null,
    followUp: entry.followUp && { kind: entry.followUp.action.kind, title: followUpTitle(entry.followUp), url: entry.created?.url ?? null },
  };
}

const chosen = (destination: Destination): CrmId[] => (destination === 'both' ? [...CRM_IDS] : [destination]);

// Both CRMs' deliveries of one draft may end together: one read-modify-write at a time.
let draftWrites: Promise<unknown> = Promise.resolve();

/** The draft remembers which CRMs have it; once all chosen ones do, it has done its job. */
function markDraftSaved(entry: OutboxEntry, record: SavedRecord): Promise<void> {
  const { draftKey, crm, destination } = entry.job;
  if (!draftKey) return Promise.resolve();
  const write = draftWrites.then(async () => {
    const draft = await readDraft(draftKey);
    if (!draft) return;
    const saved = { ...draft.saved, [crm]: record };
    if (chosen(destination).every((one) => saved[one])) await removeDraft(draftKey);
    else await writeDraft(draftKey, { ...draft, saved });
  });
  draftWrites = write.catch(() => undefined);
  return write;
}
