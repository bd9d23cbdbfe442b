import { browser, type Browser } from 'wxt/browser';
import { messenger } from '../messaging/messenger';
import { protocol, type MessageName, type Reply, type RequestOf, type ResponseOf } from '../messaging/protocol';
import { senderKind } from '../messaging/sender';

export type Handler<N extends MessageName> = (request: RequestOf<N>, sender: Browser.runtime.MessageSender) => Promise<Reply<ResponseOf<N>>>;
export type Handlers = { [N in MessageName]: Handler<N> };

/**
 * Checks who is asking and what they sent before any handler runs; a handler that throws
 * answers `internal` rather than leaking an exception across contexts.
 */
export async function dispatch<N extends MessageName>(name: N, handler: Handler<N>, data: unknown, sender: Browser.runtime.MessageSender): Promise<Reply<ResponseOf<N>>> {
  const definition = protocol[name];
  const kind = senderKind(sender, browser.runtime.id, browser.runtime.getURL('/'));
  if (!kind || !(definition.from as readonly string[]).includes(kind)) return { ok: false, error: { code: 'forbidden_sender' } };
  const parsed = definition.request.safeParse(data);
  if (!parsed.success) return { ok: false, error: { code: 'bad_request' } };
  try {
    return await handler(parsed.data as RequestOf<N>, sender);
  } catch (error) {
    console.error(`[background] ${name} failed:`, error instanceof Error ? error.message : 'unknown error');
    return { ok: false, error: { code: 'internal' } };
  }
}

export function registerHandlers(handlers: Handlers): void {
  for (const name of Object.keys(handlers) as MessageName[]) {
    const handler = handlers[name] as Handler<MessageName>;
    messenger.onMessage(name, ({ data, sender }) => dispatch(name, handler, data, sender) as never);
  }
}
