import { messenger } from './messenger';
import type { MessageName, Reply, RequestOf, ResponseOf } from './protocol';

/** Asks the background; an unreachable or crashed background becomes an `internal` error, not a throw. */
export async function ask<N extends MessageName>(name: N, ...request: RequestOf<N> extends undefined ? [] : [RequestOf<N>]): Promise<Reply<ResponseOf<N>>> {
  try {
    const reply = await (messenger.sendMessage as (name: N, data: unknown) => Promise<Reply<ResponseOf<N>> | undefined>)(name, request[0]);
    return reply ?? { ok: false, error: { code: 'internal' } };
  } catch {
    return { ok: false, error: { code: 'internal' } };
  }
}
