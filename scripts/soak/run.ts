/** Pieces of scripts/soak.ts that are not about browsers or mocks. */

/** Saves captures 0…count−1, a few at a time (each SAVE_RECORD waits up to 3 s for its first answer). */
export async function enqueueAll(count: number, save: (n: number) => Promise<unknown>, parallel = 25): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < count) await save(next++);
  };
  await Promise.all(Array.from({ length: Math.min(parallel, count) }, worker));
}

interface Pending {
  deliveries: { crm: string; state: string; attempts: number; lastError: { code: string } | null }[];
}

/** Polls until the outbox owes nothing, or the time is up, or one delivery needs a human. */
export async function waitForOutbox(status: () => Promise<Pending>, limitMs: number): Promise<{ ok: boolean; ms: number; left: string }> {
  const start = Date.now();
  let left: Pending['deliveries'] = [];
  while (Date.now() - start < limitMs) {
    left = (await status()).deliveries;
    if (!left.length) return { ok: true, ms: Date.now() - start, left: '' };
    if (left.some((delivery) => delivery.state === 'needs_attention')) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const summary = left.map((d) => `${d.crm} ${d.state} after ${d.attempts} (${d.lastError?.code ?? '-'})`).join('; ');
  return { ok: false, ms: Date.now() - start, left: summary };
}

/** How many of the expected phones the CRM holds at least once. */
export function countDelivered(records: { phone: string | null }[], phones: string[]): number {
  const held = new Set(records.map((record) => record.phone));
  return phones.filter((phone) => held.has(phone)).length;
}
