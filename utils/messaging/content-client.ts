import { browser } from 'wxt/browser';
import type { MessageName, Reply, RequestOf, ResponseOf } from './protocol';

/**
 * `ask()` for size-budgeted content scripts (WhatsApp's must stay under 20 KB with the
 * polyfill): the same wire format @webext-core/messaging's listener in the background expects
 * (`{id, type, data, timestamp}` → `{res}` or `{err}`), without the library's generic layer
 * and error serialiser (3 KB). content-client.test.ts runs it against the real messenger.
 */
export function wireMessage<N extends MessageName>(name: N, request: RequestOf<N>) {
  return { id: Math.floor(Math.random() * 1e9), type: name, data: request, timestamp: Date.now() };
}

export function wireReply<T>(answer: unknown): Reply<T> {
  const reply = (answer as { res?: Reply<T> } | null | undefined)?.res;
  return reply && typeof reply === 'object' && 'ok' in reply ? reply : { ok: false, error: { code: 'internal' } };
}

export async function askBackground<N extends MessageName>(name: N, request: RequestOf<N>): Promise<Reply<ResponseOf<N>>> {
  try {
    return wireReply(await browser.runtime.sendMessage(wireMessage(name, request)));
  } catch {
    return { ok: false, error: { code: 'internal' } };
  }
}
