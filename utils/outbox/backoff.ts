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
  const floor = Math.ceil(error.retryAfterSeconds * 1000);
  const spread = Math.min(RETRY_AFTER_SPREAD_MAX_MS, floor * RETRY_AFTER_SPREAD) * clamp01(random());
  return Math.max(backoff, floor + Math.round(spread));
}

const clamp01 = (value: number) => (Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0.5);
