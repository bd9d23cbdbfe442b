/** Pieces of scripts/soak.ts that are not about browsers or mocks. */

/** Saves captures 0…count−1, a few at a time (each SAVE_RECORD waits up to 3 s for its first answer). */
export async function enqueueAll(count: number, save: (n: number) => Promise<unknown>, parallel = 25): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await save(next++);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
}

export interface PendingDelivery {
  id: string;
  crm: string;
  state: string;
  attempts: number;
  reason: string | null;
  nextAttemptAt: number | null;
  lastError: { code: string; status?: number | null; retryAfterSeconds?: number } | null;
  contact: { phones: string[] };
}

/** A Retry-After this long is one a rep would not wait for: they press "Send now". */
export const LONG_HOLD_MS = 60_000;

/** Why this delivery waits for the rep, or null when the outbox is still on it. */
export function waitsForUser(delivery: PendingDelivery, now = Date.now()): string | null {
  const error = delivery.lastError;
  const cause = error ? `${error.code}${error.status ? ` ${error.status}` : ''}` : '';
  if (delivery.state === 'needs_attention') return `${delivery.reason ?? 'rejected'}${cause ? ` (${cause})` : ''}`;
  if (delivery.state === 'retrying' && error?.code === 'rate_limited' && (delivery.nextAttemptAt ?? 0) - now > LONG_HOLD_MS)
    return `held ${Math.round((error.retryAfterSeconds ?? 0) / 60)} min (429)`;
  return null;
}

/**
 * Polls until the outbox owes nothing, or the time is up. What needs the rep is handed to
 * `user` (who answers with what they did); the tally counts each "why → what was done".
 */
export async function settleOutbox(
  status: () => Promise<{ deliveries: PendingDelivery[] }>,
  user: (delivery: PendingDelivery) => Promise<string>,
  limitMs: number,
): Promise<{ ok: boolean; ms: number; left: string; needsYou: Record<string, number> }> {
  const start = Date.now();
  const needsYou: Record<string, number> = {};
  const handled = new Set<string>();
  let left: PendingDelivery[] = [];
  while (Date.now() - start < limitMs) {
    left = (await status()).deliveries;
    if (!left.length) return { ok: true, ms: Date.now() - start, left: '', needsYou };
    for (const delivery of left) {
      const why = waitsForUser(delivery);
      // Once per state it reached: a save that needs the rep again later is counted again.
      const turn = `${delivery.id}:${delivery.attempts}:${delivery.state}`;
      if (!why || handled.has(turn)) continue;
      handled.add(turn);
      const done = await user(delivery);
      needsYou[`${why} → ${done}`] = (needsYou[`${why} → ${done}`] ?? 0) + 1;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const summary = left.map((d) => `${d.crm} ${d.state} after ${d.attempts} (${d.lastError?.code ?? '-'})`).join('; ');
  return { ok: false, ms: Date.now() - start, left: summary, needsYou };
}

/** How many of the expected phones the CRM holds at least once. */
export function countDelivered(records: { phone: string | null }[], phones: string[]): number {
  const held = new Set(records.map((record) => record.phone));
  return phones.filter((phone) => held.has(phone)).length;
}
