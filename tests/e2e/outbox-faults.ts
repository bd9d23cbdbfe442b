import type { Fault, MockServer } from '../mock-crm';

/**
 * Random faults for the soak, through the mock's own fault injection. The mock applies the
 * first unused matching rule to each request, so one single-use rule per future request —
 * mostly a no-op (0 ms latency), `rate` of them a real fault — gives every request its own
 * dice roll (the mock has no probability switch; tests/mock-crm is not ours to change).
 */
export const FAULT_MENU: { name: string; fault: Fault }[] = [
  { name: 'drop-after-commit', fault: { kind: 'drop-after-commit' } },
  { name: 'drop', fault: { kind: 'drop' } },
  { name: '500', fault: { kind: 'status', status: 500 } },
  { name: '503', fault: { kind: 'status', status: 503 } },
  // The mocks answer an injected 429 with Retry-After: 1 (and retry_after / retryAfter 1).
  { name: '429', fault: { kind: 'status', status: 429 } },
  { name: 'slow', fault: { kind: 'latency', ms: 400 } },
];

/** mulberry32: a seeded random source, so a failing soak can be run again the same way. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Plans faults for the next `requests` requests (of `method`, when given) to `mock`; returns how
 * many of each. Rules for GET and POST are kept apart by the method filter, so each stream of
 * requests gets its own dice.
 */
export function planFaults(mock: MockServer, options: { requests: number; rate: number; seed: number; method?: 'GET' | 'POST' }): Record<string, number> {
  const random = seededRandom(options.seed);
  const counts: Record<string, number> = {};
  for (let i = 0; i < options.requests; i++) {
    const faulty = random() < options.rate;
    const pick = FAULT_MENU[Math.floor(random() * FAULT_MENU.length)]!;
    if (faulty) counts[pick.name] = (counts[pick.name] ?? 0) + 1;
    mock.inject({ fault: faulty ? pick.fault : { kind: 'latency', ms: 0 }, times: 1, method: options.method });
  }
  return counts;
}

/** Faults the mock actually applied: requests it dropped (status 0) or failed on purpose. */
export function appliedFaults(requests: { status: number }[]): number {
  return requests.filter((request) => request.status === 0 || request.status === 429 || request.status >= 500).length;
}
