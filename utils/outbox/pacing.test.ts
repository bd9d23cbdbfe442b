import { describe, expect, it } from 'vitest';
import { RATE_LIMITS } from '../constants/crm';
import { createPacer, PACE_MARGIN_MS, waitBeforeNext, type PacerClock } from './pacing';

/** A clock that only moves when someone sleeps. */
function fakeClock(): PacerClock & { slept: number[] } {
  let now = 0;
  const slept: number[] = [];
  return {
    slept,
    now: () => now,
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

/** The most requests any fixed window of `windowMs` (starting at any request) holds. */
function busiestWindow(times: number[], windowMs: number): number {
  return Math.max(...times.map((start) => times.filter((at) => at >= start && at < start + windowMs).length));
}

describe('waitBeforeNext', () => {
  const budget = { requests: 3, windowMs: 10_000 };

  it('lets a request go while the window has room', () => {
    expect(waitBeforeNext([], budget, 0)).toBe(0);
    expect(waitBeforeNext([0, 1], budget, 2)).toBe(0);
  });

  it('waits until the oldest of the last `requests` leaves the window, with the margin', () => {
    expect(waitBeforeNext([0, 1, 2], budget, 5)).toBe(10_000 + PACE_MARGIN_MS - 5);
    expect(waitBeforeNext([0, 1, 2], budget, 10_000 + PACE_MARGIN_MS)).toBe(0);
  });

  it('forgets requests older than the window', () => {
    expect(waitBeforeNext([-50_000, -40_000, -30_000, 0, 1], budget, 2)).toBe(0);
  });
});

describe('createPacer', () => {
  it('sends Syncro’s 150 requests in order, never more than 60 in any minute, waiting instead of failing', async () => {
    const clock = fakeClock();
    const pacer = createPacer(() => RATE_LIMITS.syncro, clock);
    const times: number[] = [];
    await Promise.all(Array.from({ length: 150 }, () => pacer.take().then(() => times.push(clock.now()))));
    expect(times).toHaveLength(150);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(busiestWindow(times, RATE_LIMITS.syncro.windowMs)).toBe(60);
    // Two full windows waited (the 61st and the 121st request), no more.
    expect(times.at(-1)).toBe(2 * (60_000 + PACE_MARGIN_MS));
  });

  it('lets Synax’s 300 go at once, and waits for the 301st', async () => {
    const clock = fakeClock();
    const pacer = createPacer(() => RATE_LIMITS.synax, clock);
    for (let n = 0; n < 300; n++) await pacer.take();
    expect(clock.slept).toEqual([]);
    expect(pacer.inWindow()).toBe(300);
    await pacer.take();
    expect(clock.slept).toEqual([60_000 + PACE_MARGIN_MS]);
  });

  it('sends at once when there is no budget (the e2e build unless a test sets one)', async () => {
    const clock = fakeClock();
    const pacer = createPacer(() => null, clock);
    for (let n = 0; n < 500; n++) await pacer.take();
    expect(clock.slept).toEqual([]);
  });

  it('follows a budget changed on the way (a shorter test window)', async () => {
    const clock = fakeClock();
    let budget = RATE_LIMITS.syncro;
    const pacer = createPacer(() => budget, clock);
    for (let n = 0; n < 60; n++) await pacer.take();
    budget = { requests: 60, windowMs: 5_000 };
    await pacer.take();
    expect(clock.slept).toEqual([5_000 + PACE_MARGIN_MS]);
  });
});
