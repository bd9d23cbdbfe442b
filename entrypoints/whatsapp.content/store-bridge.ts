import { STORE_REPLY, STORE_REQUEST } from '@/utils/capture/whatsapp/bridge';
import { parseStoreSnapshot, type StoreSnapshot } from '@/utils/capture/whatsapp/store-snapshot';

/**
 * Asks the MAIN-world reader for WhatsApp's in-memory chat state. The request carries a fresh
 * random nonce and only the reply echoing it is taken: anything on `window` is visible to the
 * page, so the nonce ties a reply to this request (it is not a secret), and the reply's shape is
 * checked again. No answer in time (reader missing, page busy) means "no store": the DOM layers
 * carry on.
 */
export function askStore(timeoutMs = 400): Promise<StoreSnapshot | null> {
  const nonce = crypto.randomUUID();
  return new Promise((resolve) => {
    const finish = (snapshot: StoreSnapshot | null) => {
      window.removeEventListener('message', onMessage);
      clearTimeout(timer);
      resolve(snapshot);
    };
    const onMessage = (event: MessageEvent) => {
      const data = event.data as { type?: unknown; nonce?: unknown; snapshot?: unknown } | null;
      if (event.source !== window || data?.type !== STORE_REPLY || data.nonce !== nonce) return;
      finish(parseStoreSnapshot(data.snapshot));
    };
    const timer = setTimeout(() => finish(null), timeoutMs);
    window.addEventListener('message', onMessage);
    window.postMessage({ type: STORE_REQUEST, nonce }, location.origin);
  });
}
