import { describe, expect, it } from 'vitest';
import { BACKOFF_BASE_MS, BACKOFF_CAP_MS, RETRY_AFTER_SPREAD_MAX_MS, backoffCeiling, backoffDelay, retryDelay } from './backoff';

const seeded = (seed: number) => () => {
  // mulberry32: the same "random" spread on every run.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), seed | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

describe('backoff schedule', () => {
  it('doubles from 1 s and stops at 15 min', () => {
    expect([1, 2, 3, 4, 5, 6].map(backoffCeiling)).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000]);
    expect(backoffCeiling(10)).toBe(512_000);
    expect(backoffCeiling(11)).toBe(BACKOFF_CAP_MS);
    expect(backoffCeiling(500)).toBe(BACKOFF_CAP_MS);
    expect(backoffCeiling(0)).toBe(BACKOFF_BASE_MS);
  });

  it('jitters between half the ceiling and the ceiling, never outside', () => {
    const random = seeded(7);
    for (let failures = 1; failures <= 14; failures++) {
      const ceiling = backoffCeiling(failures);
      const delays = Array.from({ length: 200 }, () => backoffDelay(failures, random));
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(ceiling / 2);
      expect(Math.max(...delays)).toBeLessThanOrEqual(ceiling);
      // Actually spread, not one value: a queue of retries must not come back in one burst.
      expect(new Set(delays).size).toBeGreaterThan(50);
    }
    expect(backoffDelay(1, () => 0)).toBe(500);
    expect(backoffDelay(1, () => 1)).toBe(1_000);
    // A broken random source still gives a delay inside the bounds.
    expect(backoffDelay(3, () => Number.NaN)).toBe(3_000);
    expect(backoffDelay(3, () => 7)).toBe(4_000);
  });
});

describe('Retry-After', () => {
  const limited = (retryAfterSeconds: number) => ({ code: 'rate_limited' as const, crm: 'syncro' as const, retryAfterSeconds });

  it('is a floor: never earlier than the server said, whatever the jitter', () => {
    const random = seeded(11);
    for (const seconds of [1, 2, 35, 60]) {
      for (let i = 0; i < 200; i++) {
        const delay = retryDelay(limited(seconds), 1, random);
        expect(delay).toBeGreaterThanOrEqual(seconds * 1000);
        expect(delay).toBeLessThanOrEqual(seconds * 1000 + RETRY_AFTER_SPREAD_MAX_MS);
      }
    }
    expect(retryDelay(limited(0.2), 1, () => 0)).toBe(500); // the backoff, when it is longer
  });

  it('keeps backing off when the limit keeps answering', () => {
    expect(retryDelay(limited(1), 6, () => 0)).toBe(16_000);
  });

  it('other failures just back off', () => {
    expect(retryDelay({ code: 'server', crm: 'synax', status: 503 }, 2, () => 0.5)).toBe(1_500);
    expect(retryDelay({ code: 'network', crm: 'synax', offline: true }, 1, () => 1)).toBe(1_000);
  });
});
