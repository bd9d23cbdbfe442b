// Mutable state of one Synax mock and the context its handlers receive.
import { isPlainObject, reply, type MockCall, type MockReply } from './common';
import { FixedWindowLimiter } from './rate-limiter';
import { demoSynaxPipelines, demoSynaxStages, type SynaxContact, type SynaxDeal, type SynaxKey, type SynaxPipeline, type SynaxStage } from './synax-types';

export interface SynaxOptions {
  keys?: SynaxKey[];
  port?: number;
  /** synax.md §7: 300/min on the edge functions. */
  rateLimitPerMinute?: number;
  /** [A] §5.3: 409 on a duplicate phone within a company; default false. */
  uniquePhone?: boolean;
}

export interface SynaxState {
  keys: Map<string, SynaxKey>;
  limiter: FixedWindowLimiter;
  readonly contacts: SynaxContact[];
  readonly deals: SynaxDeal[];
  readonly pipelines: SynaxPipeline[];
  readonly stages: SynaxStage[];
  uniquePhone: boolean;
}

export interface SynaxContext {
  state: SynaxState;
  call: MockCall;
  params: Record<string, string>;
  /** The key's company: every row read or written is confined to it (§1). */
  companyId: string;
}

export type SynaxHandler = (context: SynaxContext) => MockReply;

export function createSynaxState(keys: SynaxKey[], options: SynaxOptions): SynaxState {
  return {
    keys: new Map(keys.map((key) => [key.key, key])),
    limiter: new FixedWindowLimiter(options.rateLimitPerMinute ?? 300),
    contacts: [],
    deals: [],
    pipelines: demoSynaxPipelines(),
    stages: demoSynaxStages(),
    uniquePhone: options.uniquePhone ?? false,
  };
}

export function resetSynaxRecords(state: SynaxState): void {
  state.contacts.length = 0;
  state.deals.length = 0;
  state.limiter.reset();
}

/** [A] §5.3: validation failures are 400 `{error}`. */
export const badRequest = (error: string): MockReply => reply(400, { error });
export const notFound = (): MockReply => reply(404, { error: 'Not found' });

/** The JSON object body, or null when the body is not one (empty counts as {}). */
export function jsonObjectBody(call: MockCall): Record<string, unknown> | null {
  if (call.body.kind === 'empty') return {};
  return call.body.kind === 'json' && isPlainObject(call.body.value) ? call.body.value : null;
}

/** ISO-8601 with milliseconds, strictly later than `previous` so an update always moves updated_at. */
export function timestampAfter(previous?: string): string {
  const now = Date.now();
  const floor = previous === undefined ? 0 : Date.parse(previous) + 1;
  return new Date(Math.max(now, floor)).toISOString();
}
