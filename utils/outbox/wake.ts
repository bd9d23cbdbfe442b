import { browser } from 'wxt/browser';

export const ALARM = 'outbox-retry';
/** Never spin: a wake-up that would be "now" again is at least this far away. */
export const MIN_WAKE_MS = 250;
/**
 * Timers keep their delay in a signed 32-bit int: a longer one (about 24.8 days) fires at once,
 * and the drain would reschedule it, fire again, and spin. Later wake-ups wait in steps.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Two clocks for the next retry. A timer in the worker is exact, but dies with it; the alarm
 * survives a stopped worker and a browser restart. Chrome runs a one-shot `when` alarm no
 * sooner than 30 s after it is set in a packed extension (unpacked builds, like the e2e one,
 * are exact — checked in Chromium 150), so short retries are the timer's and the alarm is the
 * backstop: whichever fires first drains, and the drain lock makes the other a no-op.
 */
export function createWaker(drain: () => Promise<void>, now: () => number = Date.now) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let alarmAt: number | null = null;
  return function schedule(at: number | null): void {
    if (timer) clearTimeout(timer);
    timer = null;
    if (at === null) {
      if (alarmAt !== null) void browser.alarms.clear(ALARM);
      alarmAt = null;
      return;
    }
    const delay = Math.min(MAX_TIMER_MS, Math.max(MIN_WAKE_MS, at - now()));
    timer = setTimeout(() => {
      timer = null;
      void drain();
    }, delay);
    const when = now() + delay;
    if (alarmAt !== when) void browser.alarms.create(ALARM, { when });
    alarmAt = when;
  };
}
