import type { ContactDraft } from '../crm/provider';
import type { Reply, ResponseOf } from '../messaging/protocol';
import { loadSettings } from '../storage/settings';
import type { Outbox } from '../outbox/runner';
import { quarantineView, type QuarantineView } from '../outbox/quarantine';
import { toView, type DeliveryView, type OutboxEntry } from '../outbox/schema';
import { summarize } from '../outbox/signals';
import { isUnsettled } from '../outbox/states';
import { FIRST_ATTEMPT_WAIT_MS, backgroundOutbox } from './outbox';

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
      quarantined: outbox.quarantined().length,
      defaultCountry: values.defaultCountry,
    },
  };
}

export async function resendDelivery(
  id: string,
  change: { contact: ContactDraft | null; skipLookup: boolean; updateId: string | null },
  outbox: Outbox = backgroundOutbox(),
): Promise<Reply<DeliveryView>> {
  const entry = await outbox.resend(id, change, FIRST_ATTEMPT_WAIT_MS);
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

export async function quarantineList(outbox: Outbox = backgroundOutbox()): Promise<Reply<QuarantineView[]>> {
  await outbox.entries();
  return { ok: true, data: outbox.quarantined().map(quarantineView) };
}

export async function resendQuarantined(key: string, outbox: Outbox = backgroundOutbox()): Promise<Reply<DeliveryView>> {
  const entry = await outbox.resendQuarantined(key);
  return entry ? { ok: true, data: toView(entry) } : unknown;
}
