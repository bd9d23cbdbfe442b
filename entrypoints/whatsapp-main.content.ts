import { STORE_REPLY, STORE_REQUEST } from '@/utils/capture/whatsapp/bridge';
import { readStore } from '@/utils/capture/whatsapp/store-reader';

/**
 * Layer 1 of the WhatsApp reader, in the page's MAIN world (the only place WhatsApp's module
 * system is visible). Declared in the manifest rather than injected on demand: same host as the
 * isolated script, so no extra permission or warning, and no `scripting` round trip per click.
 * It does nothing until the isolated script asks; then it copies a few strings out of
 * WhatsApp's in-memory state (store-reader.ts: read-only, no server calls) and posts them back
 * with the request's nonce. Chrome 111+ / Firefox 128+ (our minimum).
 */
export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  world: 'MAIN',
  runAt: 'document_idle',
  noScriptStartedPostMessage: true,
  main() {
    window.addEventListener('message', (event) => {
      const data = event.data as { type?: unknown; nonce?: unknown } | null;
      if (event.source !== window || data?.type !== STORE_REQUEST || typeof data.nonce !== 'string') return;
      window.postMessage({ type: STORE_REPLY, nonce: data.nonce, snapshot: readStore(window as unknown as { require?: unknown }) }, location.origin);
    });
  },
});
