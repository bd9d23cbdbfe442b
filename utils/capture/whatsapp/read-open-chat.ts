import { READER_INPUT, READER_MS } from './bridge';
import { resolveChat } from './resolve';
import { parseStoreSnapshot } from './store-snapshot';
import type { WhatsappChat } from './types';

/**
 * Step 3 of a read (see bridge.ts), in the isolated world: takes the store snapshot and the
 * "fresh" flag left by step 2 and runs every layer over the page. `fresh: false` means the chat
 * was switched since the page loaded, so a `send?phone=` URL no longer describes it.
 */
export function readOpenChat(scope: Record<string, unknown>, root: ParentNode, href: string): WhatsappChat {
  const start = performance.now();
  const input = scope[READER_INPUT] as { store?: unknown; fresh?: unknown } | undefined;
  delete scope[READER_INPUT];
  const chat = resolveChat({ root, url: input?.fresh === false ? new URL('/', href).href : href, store: parseStoreSnapshot(input?.store) });
  if (import.meta.env.MODE === 'e2e') scope[READER_MS] = (Number(scope[READER_MS]) || 0) + performance.now() - start;
  return chat;
}
