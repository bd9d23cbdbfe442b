import type { ContactDraft } from '../crm/provider';
import type { Reply, ResponseOf } from '../messaging/protocol';
import { loadSettings } from '../storage/settings';
import { FIRST_ATTEMPT_WAIT_MS, backgroundOutbox } from './outbox';
import type { Outbox } from '../outbox/runner';
import { toView, type DeliveryView, type OutboxEntry } from '../outbox/schema';
import { summarize } from '../outbox/signals';
import { isUnsettled } from '../outbox/states';

// The background's answers to the outbox messages (utils/messaging/protocol.ts).

const unknown: Reply<never> = { ok: false, error: { code: 'bad_request' } };
const newestFirst = (a: OutboxEntry, b: OutboxEntry) => b.createdAt - a.createdAt;

/** Asking is also a reason to drain: the popup or the history page is open. */
export async function outboxStatus(ids: string[] | null, outbox: Outbox = backgroundOutbox()): Promise<Reply<ResponseOf<'OUTBOX_STATUS'>>> {
  void outbox.drain();
  if (ids) outbox.watch(ids);
  const [entries, { values }] = await Promise.all([outbox.entries(), loadSettings()]);
  const shown = ids ? entries.filter((entry) => ids.includes(entry.id)) : entries.filter((entry) => isUnsettled(entry.state));
  return {
    ok: true,
    data: {
      deliveries: shown.sort(newestFirst).map(toView),
      ...summarize(entries),
      quarantined: outbox.quarantined(),
      defaultCountry: values.defaultCountry,
    },
  };
}

export async function resendDelivery(id: string, contact: ContactDraft | null, skipLookup: boolean, outbox: Outbox = backgroundOutbox()): Promise<Reply<DeliveryView>> {
  const entry = await outbox.resend(id, { contact, skipLookup }, FIRST_ATTEMPT_WAIT_MS);
  return entry ? { ok: true, data: toView(entry) } : unknown;
}

export async function discardDelivery(id: string, outbox: Outbox = backgroundOutbox()): Promise<Reply<DeliveryView>> {
  const entry = await outbox.discard(id);
  return entry ? { ok: true, data: toView(entry) } : unknown;
}

export async function markDeliverySeen(id: string, outbox: Outbox = backgroundOutbox()): Promise<Reply<null>> {
  await outbox.seen(id);
  return { ok: true, data: null };
}
