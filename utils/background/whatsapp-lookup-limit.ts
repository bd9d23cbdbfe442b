/**
 * How often one WhatsApp tab may ask "is this number in a CRM?". A page script (WhatsApp's own,
 * an injected one, another extension) can reshape the DOM the reader reads; without a limit it
 * could test numbers of its choice one after another (issue 13, point 7). A rep switching chats
 * stays well under it: a burst of BURST lookups, then one every REFILL_MS. Memory only.
 */
const BURST = 8;
const REFILL_MS = 6_000;

export interface LookupLimiter {
  /** Spends one lookup of this tab's allowance; false when it is used up for now. */
  take(tabId: number, now: number): boolean;
  clear(): void;
}

export function createLookupLimiter(burst = BURST, refillMs = REFILL_MS): LookupLimiter {
  const buckets = new Map<number, { tokens: number; at: number }>();
  return {
    take(tabId, now) {
      const bucket = buckets.get(tabId) ?? { tokens: burst, at: now };
      // A clock that went back refills nothing and takes nothing away.
      const tokens = Math.min(burst, bucket.tokens + Math.max(0, now - bucket.at) / refillMs);
      const allowed = tokens >= 1;
      buckets.set(tabId, { tokens: allowed ? tokens - 1 : tokens, at: now });
      return allowed;
    },
    clear: () => buckets.clear(),
  };
}
