import { useEffect, useRef, useState } from 'react';
import type { AppError } from '@/utils/crm/app-error';
import type { BulkPlan } from '@/utils/bulk/plan';
import { isFinal } from '@/utils/bulk/tally';
import { ask } from '@/utils/messaging/client';
import type { DeliveryView } from '@/utils/outbox/schema';
import type { FormState } from '@/utils/popup/form';
import { FOLLOW_MS } from '../use-save-flow';

/** One delivery of the bulk save, and the list row it came from. */
export interface BulkDelivery {
  rowId: string;
  view: DeliveryView;
}

/**
 * Sends a bulk plan as one SAVE_BULK (every delivery in the outbox before any request), then
 * follows the deliveries still on their way until they settle or the popup closes. The rep's
 * choice on one the CRM already had (update, create anyway) resends that one delivery.
 */
export function useBulkSave() {
  const [deliveries, setDeliveries] = useState<BulkDelivery[]>([]);
  const [error, setError] = useState<AppError | null>(null);
  const [busy, setBusy] = useState(false);
  const shown = useRef(new Set<string>());

  const merge = (views: DeliveryView[]) => {
    // A refusal or a match shown here needs no notification.
    for (const view of views) {
      if (view.state !== 'needs_attention' || shown.current.has(view.id)) continue;
      shown.current.add(view.id);
      void ask('MARK_DELIVERY_SEEN', { id: view.id });
    }
    const byId = new Map(views.map((view) => [view.id, view]));
    setDeliveries((current) => current.map((delivery) => ({ ...delivery, view: byId.get(delivery.view.id) ?? delivery.view })));
  };

  async function save(plan: BulkPlan, common: FormState): Promise<boolean> {
    setBusy(true);
    setError(null);
    const planned = plan.deliveries.map((delivery) => ({ ...delivery, deliveryId: crypto.randomUUID() }));
    const reply = await ask('SAVE_BULK', {
      deliveries: planned.map(({ crm, draft, deliveryId }) => ({
        crm,
        draft,
        deliveryId,
        mode: { kind: 'create' as const },
        destination: common.destination,
        page: common.page,
        draftKey: null,
      })),
    });
    setBusy(false);
    if (!reply.ok) {
      setError(reply.error);
      return false;
    }
    const rowOf = new Map<string, string>(planned.map((delivery) => [delivery.deliveryId, delivery.rowId]));
    setDeliveries((current) => [...current, ...reply.data.map((view) => ({ rowId: rowOf.get(view.id)!, view }))]);
    merge(reply.data);
    return true;
  }

  // Follows the deliveries still on their way; the list shrinks as they settle.
  const following = deliveries
    .filter((delivery) => !isFinal(delivery.view))
    .map((delivery) => delivery.view.id)
    .join(' ');
  useEffect(() => {
    if (!following) return;
    const timer = setInterval(async () => {
      const reply = await ask('OUTBOX_STATUS', { ids: following.split(' ') });
      if (reply.ok) merge(reply.data.deliveries);
    }, FOLLOW_MS);
    return () => clearInterval(timer);
  }, [following]);

  /** "Update" one of the records the CRM already had, or "create anyway". */
  async function resolve(id: string, choice: { updateId: string | null }) {
    const reply = await ask('RESEND_DELIVERY', { id, contact: null, skipLookup: choice.updateId === null, updateId: choice.updateId });
    if (reply.ok) merge([reply.data]);
    else setError(reply.error);
  }

  return { deliveries, error, busy, save, resolve };
}
