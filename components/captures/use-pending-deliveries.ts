import { useEffect, useRef, useState } from 'react';
import { ask } from '@/utils/messaging/client';
import type { ResponseOf } from '@/utils/messaging/protocol';
import type { AppError } from '@/utils/crm/app-error';

type OutboxStatus = ResponseOf<'OUTBOX_STATUS'>;
/** While the page is open it follows the outbox this often (each ask also drains it). */
const POLL_MS = 2_000;

/**
 * The deliveries still owed to a CRM, kept fresh while the page is open. `onSettled` runs when
 * one leaves the list (delivered or discarded), so the list of captures below can show its line.
 */
export function usePendingDeliveries(onSettled: () => void) {
  const [status, setStatus] = useState<OutboxStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const known = useRef<Set<string>>(new Set());
  const settled = useRef(onSettled);
  settled.current = onSettled;

  async function refresh(): Promise<void> {
    const reply = await ask('OUTBOX_STATUS', { ids: null });
    if (!reply.ok) return setError(reply.error);
    setError(null);
    const ids = new Set(reply.data.deliveries.map((delivery) => delivery.id));
    if ([...known.current].some((id) => !ids.has(id))) settled.current();
    known.current = ids;
    setStatus(reply.data);
  }

  useEffect(() => {
    void refresh();
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => clearInterval(timer);
    // Polls for the page's lifetime; `refresh` reads refs only.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return { status, error, refresh };
}
