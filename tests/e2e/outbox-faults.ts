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

/**
 * Issue 13's answers on top (`npm run soak`): a create taken with a body we cannot read, a
 * redirect to another host, a 429 asking for a month, and 4xx we do not know, as a gateway, a
 * firewall or a vendor's new validation would send them. Some of these need the user.
 */
export function hostileCreateFaults(elsewhere: string): typeof FAULT_MENU {
  const refusal = (status: number, body: unknown) => ({ name: String(status), fault: { kind: 'status', status, body } as Fault });
  return [
    ...FAULT_MENU,
    { name: '201-unreadable', fault: { kind: 'reply-after-commit', status: 201, body: { success: true, data: { lead_id: 0 } } } },
    { name: '307-elsewhere', fault: { kind: 'status', status: 307, headers: { Location: elsewhere } } },
    { name: '429-30-days', fault: { kind: 'status', status: 429, headers: { 'Retry-After': '2592000' } } },
    refusal(400, { message: 'Campo inválido.' }),
    refusal(403, '<html><body>Blocked by firewall</body></html>'),
    refusal(405, { message: 'Method Not Allowed' }),
    refusal(413, { message: 'Payload Too Large' }),
    refusal(415, { error: 'Unsupported Media Type' }),
  ];
}

/** Lookups: the usual failures, and a gateway that ignores the filter (answers unrelated records). */
export const HOSTILE_LOOKUP_FAULTS: typeof FAULT_MENU = [...FAULT_MENU, { name: 'ignore-filter', fault: { kind: 'ignore-filter' } }];

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
export function planFaults(mock: MockServer, options: { requests: number; rate: number; seed: number; method?: 'GET' | 'POST'; menu?: typeof FAULT_MENU }): Record<string, number> {
  const menu = options.menu ?? FAULT_MENU;
  const random = seededRandom(options.seed);
  const counts: Record<string, number> = {};
  for (let i = 0; i < options.requests; i++) {
    const faulty = random() < options.rate;
    const pick = menu[Math.floor(random() * menu.length)]!;
    if (faulty) counts[pick.name] = (counts[pick.name] ?? 0) + 1;
    mock.inject({ fault: faulty ? pick.fault : { kind: 'latency', ms: 0 }, times: 1, method: options.method });
  }
  return counts;
}

/** Faults the mock actually applied: requests it dropped (status 0) or failed on purpose (3xx, 4xx, 5xx: a clean run answers 200/201 only). */
export function appliedFaults(requests: { status: number }[]): number {
  return requests.filter((request) => request.status === 0 || request.status >= 300).length;
}
