// Fixed-window, per-key request counter — the model both vendors describe
// (syncro.md §6: fixed 60-s window per key; synax.md §7: N per minute, per key [A]).

export interface RateWindow {
  limit: number;
  remaining: number;
  /** Epoch milliseconds when the current window ends. */
  resetAt: number;
  exceeded: boolean;
}

const WINDOW_MS = 60_000;

export class FixedWindowLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  /** `windowMs`: a minute, as the vendors count; a test may shorten it (the extension's e2e pacing window follows). */
  constructor(
    public limit: number,
    public windowMs = WINDOW_MS,
  ) {}

  /** Counts one request for `key` and says whether it is over the limit. */
  consume(key: string, now = Date.now()): RateWindow {
    const window = this.currentWindow(key, now);
    const exceeded = window.count >= this.limit;
    if (!exceeded) window.count += 1;
    this.windows.set(key, window);
    return this.describe(window, exceeded);
  }

  /** The window's state without counting a request (for headers on rejected requests). */
  peek(key: string, now = Date.now()): RateWindow {
    return this.describe(this.currentWindow(key, now), false);
  }

  reset(): void {
    this.windows.clear();
  }

  private currentWindow(key: string, now: number): { start: number; count: number } {
    const window = this.windows.get(key);
    return window !== undefined && now < window.start + this.windowMs ? window : { start: now, count: 0 };
  }

  private describe(window: { start: number; count: number }, exceeded: boolean): RateWindow {
    return {
      limit: this.limit,
      remaining: Math.max(0, this.limit - window.count),
      resetAt: window.start + this.windowMs,
      exceeded,
    };
  }
}

/** Whole seconds until the window ends, at least 1 (a Retry-After of 0 would invite a hot loop). */
export function secondsUntil(resetAt: number, now = Date.now()): number {
  return Math.max(1, Math.ceil((resetAt - now) / 1000));
}
