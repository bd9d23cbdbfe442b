// Mutable state of one Syncro mock: keys, fixtures, created records and switches.
import type { MockCall, MockReply } from './common';
import { reply } from './common';
import { FixedWindowLimiter } from './rate-limiter';
import type { Input } from './laravel-validation';
import { demoCustomFields, demoPipelines, USERS } from './syncro-fixtures';
import type { SyncroCustomField, SyncroKey, SyncroLead, SyncroPipeline, SyncroStage, SyncroTask, SyncroWebhook } from './syncro-types';

const FIRST_LEAD_ID = 901;

export interface SyncroOptions {
  keys?: SyncroKey[];
  port?: number;
  /** syncro.md §6: 60/min per key [S]. */
  rateLimitPerMinute?: number;
  /** [A] PUT /leads/{id} — the update path is not documented (§8.9); default true. */
  enableUpdate?: boolean;
  /** [A] POST /leads/upsert — path and semantics not documented (§8.7); default false. */
  enableUpsert?: boolean;
  /** is_required is not documented as enforced (§7.4); default false. */
  enforceRequiredCustomFields?: boolean;
}

export interface SyncroState {
  keys: Map<string, SyncroKey>;
  limiter: FixedWindowLimiter;
  readonly leads: SyncroLead[];
  readonly tasks: SyncroTask[];
  readonly webhooks: SyncroWebhook[];
  readonly customFields: SyncroCustomField[];
  readonly pipelines: SyncroPipeline[];
  leadLimit: number | null;
  blocked: boolean;
  enforceRequiredCustomFields: boolean;
  nextId: { lead: number; task: number; webhook: number };
}

export interface SyncroContext {
  state: SyncroState;
  call: MockCall;
  params: Record<string, string>;
  /** The JSON body after Laravel's input middleware; {} when absent or not a JSON object. */
  input: Input;
  /** The query string after the same middleware. */
  query: Input;
}

export type SyncroHandler = (context: SyncroContext) => MockReply;

export function createSyncroState(keys: SyncroKey[], options: SyncroOptions): SyncroState {
  return {
    keys: new Map(keys.map((key) => [key.key, key])),
    limiter: new FixedWindowLimiter(options.rateLimitPerMinute ?? 60),
    leads: [],
    tasks: [],
    webhooks: [],
    customFields: demoCustomFields(),
    pipelines: demoPipelines(),
    leadLimit: null,
    blocked: false,
    enforceRequiredCustomFields: options.enforceRequiredCustomFields ?? false,
    nextId: { lead: FIRST_LEAD_ID, task: 1, webhook: 1 },
  };
}

export function resetSyncroRecords(state: SyncroState): void {
  state.leads.length = 0;
  state.tasks.length = 0;
  state.webhooks.length = 0;
  state.nextId = { lead: FIRST_LEAD_ID, task: 1, webhook: 1 };
  state.limiter.reset();
}

export function findStage(state: SyncroState, stageId: unknown, pipelineId?: unknown): SyncroStage | undefined {
  const pipelines = pipelineId === undefined ? state.pipelines : state.pipelines.filter((p) => p.id === Number(pipelineId));
  return pipelines.flatMap((pipeline) => pipeline.stages).find((stage) => stage.id === Number(stageId));
}

export function pipelineOfStage(state: SyncroState, stageId: number): SyncroPipeline | undefined {
  return state.pipelines.find((pipeline) => pipeline.stages.some((stage) => stage.id === stageId));
}

export const userExists = (id: unknown): boolean => USERS.some((user) => user.id === Number(id));

export function findLead(state: SyncroState, id: string | undefined): SyncroLead | undefined {
  return state.leads.find((lead) => String(lead.id) === id);
}

/** Laravel's ModelNotFoundException rendering (syncro.md §5, §8.8). */
export function modelNotFound(model: string, id: string | undefined): MockReply {
  return reply(404, { message: `No query results for model [App\\Models\\${model}] ${id ?? ''}`.trimEnd() });
}

/** syncro.md §1: ISO-8601 UTC with Z and whole seconds, as in the docs' examples. */
export function isoNow(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}
