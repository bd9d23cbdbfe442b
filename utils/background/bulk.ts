import type { Reply, RequestOf } from '../messaging/protocol';
import type { Outbox } from '../outbox/runner';
import { toView, type DeliveryView } from '../outbox/schema';
import { backgroundOutbox } from './outbox';

/**
 * SAVE_BULK: the popup planned one delivery per person and CRM (utils/bulk/plan.ts); they are
 * written to the outbox in one go, before any request. None was checked for duplicates by the
 * popup, so each looks first and waits for the user when the CRM already has the person. The
 * answer comes at once: the lanes send them in order, paced under each CRM's rate limit.
 */
export async function saveBulk(deliveries: RequestOf<'SAVE_BULK'>['deliveries'], outbox: Outbox = backgroundOutbox()): Promise<Reply<DeliveryView[]>> {
  const entries = await outbox.saveMany(deliveries.map((delivery) => ({ ...delivery, existingIds: [], checkDuplicates: true })));
  return { ok: true, data: entries.map(toView) };
}
