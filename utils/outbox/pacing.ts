/**
 * Keeps a CRM's requests under its rate limit by waiting, never by failing. Both vendors count
 * requests per key in a fixed window (syncro.md §6, synax.md §7) that starts when they see the
 * first one; we cannot see their window, so we keep a sliding one of our own: at most `requests`
 * sent in any `windowMs + PACE_MARGIN_MS`. Any window of theirs then holds at most `requests`,
 * even when one request travels faster than the one before it.
 *
 * The limit is per key, not per delivery, so every request to the CRM is counted here (the
 * outbox's lookups and creates, and the popup's own checks): the background gives each CRM's
 * transport one pacer (utils/background/pacing.ts). A 429 still holds the CRM (runner.ts).
 */

/** Slack for requests that reach the CRM sooner than the one sent before them. */
export const PACE_MARGIN_MS = 1_000;

export interface RateBudget {
  requests: number;
  windowMs: number;
}

export interface PacerClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const realClock: PacerClock = { now: () => Date.now(), sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)) };

/** How long the next request must wait, given when the recent ones went (oldest first); 0: it may go now. */
export function waitBeforeNext(sent: readonly number[], budget: RateBudget, now: number): number {
  const span = budget.windowMs + PACE_MARGIN_MS;
  const recent = sent.filter((at) => at > now - span);
  if (recent.length < budget.requests) return 0;
  // The request that must leave the window first: the oldest of the last `requests`.
  return recent[recent.length - budget.requests]! + span - now;
}

export interface Pacer {
  /** Resolves when one more request may go, and counts it. Callers are served in order. */
  take(): Promise<void>;
  /** Requests counted in the current window (for the bench and tests). */
  inWindow(): number;
}

/** `budget` is read on every request: null sends at once (the e2e build's default, see utils/background/pacing.ts). */
export function createPacer(budget: () => RateBudget | null, clock: PacerClock = realClock): Pacer {
  let sent: number[] = [];
  let queue: Promise<void> = Promise.resolve();

  async function next(): Promise<void> {
    const limit = budget();
    if (!limit) return;
    for (let wait = waitBeforeNext(sent, limit, clock.now()); wait > 0; wait = waitBeforeNext(sent, limit, clock.now())) await clock.sleep(wait);
    const now = clock.now();
    sent = [...sent.filter((at) => at > now - limit.windowMs - PACE_MARGIN_MS), now];
  }

  return {
    take() {
      const turn = queue.then(next);
      queue = turn.catch(() => undefined);
      return turn;
    },
    inWindow() {
      const limit = budget();
      const now = clock.now();
      return limit ? sent.filter((at) => at > now - limit.windowMs - PACE_MARGIN_MS).length : 0;
    },
  };
}
