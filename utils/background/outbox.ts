import { browser } from 'wxt/browser';
import { providerFor } from './connections';
import { recordSettled } from '../outbox/bookkeeping';
import { createOutbox, type Outbox } from '../outbox/runner';
import { NOTIFICATION_ID, notifyAttention, openCapturesFromNotification, showBadge } from '../outbox/signals';
import { ALARM, createWaker } from '../outbox/wake';

/** How long SAVE_RECORD waits for the first answer, so a quick CRM still shows "Saved — Open in …". */
export const FIRST_ATTEMPT_WAIT_MS = 3_000;

let instance: Outbox | null = null;

/** The background's one outbox (created on first use: nothing runs at module scope). */
export function backgroundOutbox(): Outbox {
  if (instance) return instance;
  let schedule: (at: number | null) => void = () => undefined;
  const outbox = createOutbox({
    provider: providerFor,
    onSettled: recordSettled,
    notify: notifyAttention,
    summarize: showBadge,
    schedule: (at) => schedule(at),
  });
  schedule = createWaker(() => outbox.drain());
  instance = outbox;
  return outbox;
}

/**
 * Called synchronously when the background starts, so the event that woke the worker is not
 * missed. Drains now (a worker stopped mid-delivery resumes), on browser start, on the retry
 * alarm and when the connection comes back; the popup and history page drain when they open.
 */
export function startOutbox(): void {
  const outbox = backgroundOutbox();
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === ALARM) void outbox.drain();
  });
  browser.runtime.onStartup.addListener(() => void outbox.drain());
  browser.notifications.onClicked.addListener((id) => {
    if (id === NOTIFICATION_ID) void openCapturesFromNotification();
  });
  globalThis.addEventListener?.('online', () => void outbox.online());
  void outbox.drain();
}
