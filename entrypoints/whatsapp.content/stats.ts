import { E2E_STATS_REPLY, E2E_STATS_REQUEST, READER_MS } from '@/utils/capture/whatsapp/bridge';

/**
 * Time spent in our code on WhatsApp's main thread, for `npm run bench`: this script's
 * callbacks (observer, debounced sync, drawing) plus the on-demand chat reader, which runs in
 * the same isolated world and adds its time under READER_MS. Only the e2e build measures and
 * answers; in production `timed` is a plain call and the rest is compiled out.
 */
const MEASURE = import.meta.env.MODE === 'e2e';
export const stats = { ms: 0, callbacks: 0, records: 0, syncs: 0 };

/** Counts an event (e2e builds only). */
export function count(name: Exclude<keyof typeof stats, 'ms'>, by = 1): void {
  if (MEASURE) stats[name] += by;
}

export function timed<T>(run: () => T): T {
  if (!MEASURE) return run();
  const start = performance.now();
  try {
    return run();
  } finally {
    stats.ms += performance.now() - start;
  }
}

export function exposeStats(signal: AbortSignal): void {
  if (!MEASURE) return;
  window.addEventListener(
    'message',
    (event) => {
      if (event.source !== window || (event.data as { type?: unknown } | null)?.type !== E2E_STATS_REQUEST) return;
      const readerMs = Number((globalThis as unknown as Record<string, unknown>)[READER_MS]) || 0;
      window.postMessage({ type: E2E_STATS_REPLY, stats: { ...stats, readerMs } }, location.origin);
    },
    { signal },
  );
}
