import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ALARM, createWaker, MAX_TIMER_MS, MIN_WAKE_MS } from './wake';

beforeEach(() => {
  fakeBrowser.reset();
  vi.useFakeTimers({ now: 1_000_000 });
});
afterEach(() => vi.useRealTimers());

describe('waking up for the next retry', () => {
  it('sets a timer for the worker and an alarm that survives it, for the same moment', async () => {
    const drain = vi.fn(async () => undefined);
    const schedule = createWaker(drain);
    schedule(Date.now() + 5_000);
    expect(await fakeBrowser.alarms.get(ALARM)).toMatchObject({ scheduledTime: 1_005_000 });
    vi.advanceTimersByTime(4_999);
    expect(drain).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(drain).toHaveBeenCalledTimes(1);
  });

  it('replaces the previous wake-up, never spins, and clears the alarm when nothing is due', async () => {
    const drain = vi.fn(async () => undefined);
    const schedule = createWaker(drain);
    schedule(Date.now() + 60_000);
    schedule(Date.now() - 10_000); // overdue: soon, but not in a hot loop
    vi.advanceTimersByTime(MIN_WAKE_MS - 1);
    expect(drain).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(drain).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(120_000);
    expect(drain).toHaveBeenCalledTimes(1);
    schedule(null);
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('a wake-up beyond what a timer can hold (2^31 ms) waits, instead of firing at once and spinning', async () => {
    const drain = vi.fn(async () => undefined);
    const timeout = vi.spyOn(globalThis, 'setTimeout');
    const schedule = createWaker(drain);
    schedule(Date.now() + 30 * 24 * 60 * 60 * 1000);
    expect(timeout.mock.calls.at(-1)?.[1]).toBe(MAX_TIMER_MS);
    vi.advanceTimersByTime(60_000);
    expect(drain).not.toHaveBeenCalled();
    expect(await fakeBrowser.alarms.get(ALARM)).toMatchObject({ scheduledTime: 1_000_000 + MAX_TIMER_MS });
  });

  it('the alarm wakes a stopped worker: its drain runs on onAlarm (as startOutbox registers it)', async () => {
    const drain = vi.fn(async () => undefined);
    fakeBrowser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) void drain();
    });
    createWaker(async () => undefined)(Date.now() + 45_000);
    const alarm = await fakeBrowser.alarms.get(ALARM);
    await fakeBrowser.alarms.onAlarm.trigger(alarm!);
    expect(drain).toHaveBeenCalledTimes(1);
  });
});
