import { RETRY_AFTER_MAX_S } from '../crm/http';
import type { OutboxError } from './schema';

/**
 * Ceilings double from 1 s — 1, 2, 4, 8 … — capped at 15 min: a blip on hotel Wi-Fi is over in
 * a second or two, a CRM that is down gets asked a few times an hour, not hammered.
 */
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 15 * 60_000;
/** Spread added on top of a server's Retry-After so a queue does not return in one burst. */
export const RETRY_AFTER_SPREAD = 0.1;
export const RETRY_AFTER_SPREAD_MAX_MS = 1_000;

/**
 * The longest wait the outbox ever sets (a bounded Retry-After plus its spread, or the backoff
 * cap). A stored time further ahead than this was written by a clock that has since gone back:
 * it is treated as due, not waited for.
 */
export const LONGEST_WAIT_MS = Math.max(BACKOFF_CAP_MS, RETRY_AFTER_MAX_S * 1000) + RETRY_AFTER_SPREAD_MAX_MS;

/**
 * Failed tries in a row after which a save waits for the user ("needs you") instead of being
 * retried: about an hour and a half of a CRM that is down, with the backoff above.
 */
export const MAX_STRIKES = 16;
/** Lookups for a record the CRM took without saying which: a search index may lag a few seconds. */
export const CONFIRM_LOOKUPS = 4;

/** Is `at` later than anything the outbox would have set from `now`? (The clock went back.) */
export const beyondReach = (at: number, now: number, reachMs = LONGEST_WAIT_MS) => at - now > reachMs;

/** When a hold ends; one further ahead than any Retry-After we accept was set before the clock went back: lifted. */
export const holdEnd = (until: number, now: number) => (beyondReach(until, now) ? 0 : until);

/** The ceiling for the n-th failure in a row (n ≥ 1): base · 2^(n−1), capped. */
export function backoffCeiling(failures: number): number {
  const step = Math.max(1, failures) - 1;
  return Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(step, 30));
}

/**
 * "Equal jitter": half the ceiling for sure, the other half at random. Never shorter than half
 * (so a flapping server still gets breathing room), never longer than the ceiling.
 */
export function backoffDelay(failures: number, random: () => number = Math.random): number {
  const ceiling = backoffCeiling(failures);
  return Math.round(ceiling / 2 + (ceiling / 2) * clamp01(random()));
}

/**
 * How long to wait before the next attempt. A 429's Retry-After / retry_after / retryAfter
 * (already read into `retryAfterSeconds` by utils/crm/http.ts) is a floor: never earlier.
 */
export function retryDelay(error: OutboxError, failures: number, random: () => number = Math.random): number {
  const backoff = backoffDelay(failures, random);
  if (error.code !== 'rate_limited') return backoff;
  // Bounded again here: an entry stored by an older version may carry any value.
  const floor = Math.ceil(Math.min(error.retryAfterSeconds, RETRY_AFTER_MAX_S) * 1000);
  const spread = Math.min(RETRY_AFTER_SPREAD_MAX_MS, floor * RETRY_AFTER_SPREAD) * clamp01(random());
  return Math.max(backoff, floor + Math.round(spread));
}

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5);
