import { E2E_STATS_REPLY, E2E_STATS_REQUEST } from '@/utils/capture/whatsapp/bridge';

/**
 * Time spent in our own callbacks on WhatsApp's main thread (observer, debounced sync, chat
 * reads, drawing), for `npm run bench`. Only the e2e build measures and answers; in production
 * `timed` is a plain call and the listener is compiled out.
 */
const MEASURE = import.meta.env.MODE === 'e2e';
export const stats = { ms: 0, callbacks: 0, records: 0, syncs: 0, reads: 0 };

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
      if (event.source === window && (event.data as { type?: unknown } | null)?.type === E2E_STATS_REQUEST) {
        window.postMessage({ type: E2E_STATS_REPLY, stats: { ...stats } }, location.origin);
      }
    },
    { signal },
  );
}
