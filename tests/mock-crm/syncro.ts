// The Syncro CRM mock (syncro.md §12): base path /api/v1, Laravel-flavoured answers.
import { STATUS_CODES } from 'node:http';
import { isPlainObject, reply, startMockServer, type MockCall, type MockReply, type MockServer } from './common';
import { normalizeInput, type Input } from './laravel-validation';
import { secondsUntil } from './rate-limiter';
import { createRouter, type RouteLookup, type RouteSpec } from './router';
import { demoSyncroKeys } from './syncro-fixtures';
import { createLead, deleteLead, listLeads, markLeadLost, markLeadWon, moveLead, showLead, updateLead, upsertLead } from './syncro-leads';
import { phpQuery } from './syncro-query';
import {
  createTask,
  createWebhook,
  listCustomFields,
  listPipelines,
  listTasks,
  listUsers,
  listWebhooks,
  listWhatsappInstances,
  showAccount,
  showWebhook,
} from './syncro-resources';
import { createSyncroState, resetSyncroRecords, type SyncroHandler, type SyncroOptions, type SyncroState } from './syncro-state';
import type { SyncroCustomField, SyncroKey, SyncroLead, SyncroPipeline, SyncroScope, SyncroTask, SyncroWebhook } from './syncro-types';

export type { SyncroOptions } from './syncro-state';
export type * from './syncro-types';
export { SYNCRO_SCOPES } from './syncro-types';
export { SYNCRO_DEMO_KEYS } from './syncro-fixtures';

/** The record and fixture arrays are the mock's own: push to or edit them in place (reset() empties the records). */
export interface SyncroMock extends MockServer {
  readonly leads: SyncroLead[];
  readonly tasks: SyncroTask[];
  readonly webhooks: SyncroWebhook[];
  readonly customFields: SyncroCustomField[];
  readonly pipelines: SyncroPipeline[];
  /** When on, active is_required custom fields are enforced on create (422 `custom_fields.<name>`). */
  enforceRequiredCustomFields: boolean;
  addKey(key: SyncroKey): void;
  removeKey(key: string): void;
  /** `windowMs` shortens the window (default a minute). */
  setRateLimit(perMinute: number, windowMs?: number): void;
  /** Plan cap on stored leads; beyond it create answers 422 limit_reached (§5.1). */
  setLeadLimit(max: number | null): void;
  /** Stage/won/lost moves answer the `blocked` 422 (§8.10–§8.12). */
  setBlocked(blocked: boolean): void;
}

const PREFIX = '/api/v1';

interface SyncroRoute extends RouteSpec {
  scope: SyncroScope;
  handle: SyncroHandler;
}

export async function startSyncroMock(options: SyncroOptions = {}): Promise<SyncroMock> {
  const state = createSyncroState(options.keys ?? demoSyncroKeys(), options);
  // All Syncro ids are integers (§1), so `/leads/upsert` can never be read as a lead id.
  const lookup = createRouter(syncroRoutes(options), '\\d+');
  const server = await startMockServer({
    prefix: PREFIX,
    port: options.port,
    handle: (call) => handleCall(state, lookup, call),
    faultReply: defaultFaultReply,
    resetState: () => resetSyncroRecords(state),
  });
  return {
    ...server,
    leads: state.leads,
    tasks: state.tasks,
    webhooks: state.webhooks,
    customFields: state.customFields,
    pipelines: state.pipelines,
    get enforceRequiredCustomFields() {
      return state.enforceRequiredCustomFields;
    },
    set enforceRequiredCustomFields(enforce) {
      state.enforceRequiredCustomFields = enforce;
    },
    addKey: (key) => void state.keys.set(key.key, key),
    removeKey: (key) => void state.keys.delete(key),
    setRateLimit: (perMinute, windowMs = 60_000) => void Object.assign(state.limiter, { limit: perMinute, windowMs }),
    setLeadLimit: (max) => void (state.leadLimit = max),
    setBlocked: (blocked) => void (state.blocked = blocked),
  };
}

/** §9 scopes per endpoint. */
function syncroRoutes(options: SyncroOptions): SyncroRoute[] {
  const route = (method: string, pattern: string, scope: SyncroScope, handle: SyncroHandler): SyncroRoute => ({ method, pattern, scope, handle });
  return [
    route('GET', '/account', 'users:read', showAccount),
    route('GET', '/users', 'users:read', listUsers),
    route('GET', '/pipelines', 'pipelines:read', listPipelines),
    route('GET', '/custom-fields', 'custom_fields:read', listCustomFields),
    route('GET', '/leads', 'leads:read', listLeads),
    route('POST', '/leads', 'leads:write', createLead),
    ...(options.enableUpsert === true ? [route('POST', '/leads/upsert', 'leads:write', upsertLead)] : []),
    route('GET', '/leads/:id', 'leads:read', showLead),
    ...(options.enableUpdate === false ? [] : [route('PUT', '/leads/:id', 'leads:write', updateLead)]),
    route('DELETE', '/leads/:id', 'leads:write', deleteLead),
    route('PUT', '/leads/:id/stage', 'leads:write', moveLead),
    route('PUT', '/leads/:id/won', 'leads:write', markLeadWon),
    route('PUT', '/leads/:id/lost', 'leads:write', markLeadLost),
    route('GET', '/tasks', 'tasks:read', listTasks),
    route('POST', '/tasks', 'tasks:write', createTask),
    route('GET', '/whatsapp/instances', 'whatsapp:read', listWhatsappInstances),
    route('GET', '/webhooks', 'webhooks:read', listWebhooks),
    route('POST', '/webhooks', 'webhooks:write', createWebhook),
    route('GET', '/webhooks/:id', 'webhooks:read', showWebhook),
  ];
}

/** Order: auth → rate limit → route → scope → handler (faults were applied before). */
function handleCall(state: SyncroState, lookup: (method: string, path: string) => RouteLookup<SyncroRoute>, call: MockCall): MockReply {
  const auth = authenticate(state, call.headers['x-api-key']);
  if ('failure' in auth) return auth.failure;
  const limited = rateLimit(state, auth.key.key);
  if (limited !== null) return limited;
  const found: RouteLookup<SyncroRoute> = call.inPrefix ? lookup(call.method, call.path) : { kind: 'none' };
  const laravelPath = call.fullPath.slice(1);
  if (found.kind === 'none') return reply(404, { message: `The route ${laravelPath} could not be found.` });
  if (found.kind === 'wrong-method') {
    // [A] Laravel answers 405 when the path exists under other methods (e.g. PUT /leads/{id} with enableUpdate off).
    const allowed = found.allowed.join(', ');
    return reply(405, { message: `The ${call.method} method is not supported for route ${laravelPath}. Supported methods: ${allowed}.` });
  }
  if (!auth.key.scopes.includes(found.route.scope)) {
    return reply(403, { message: 'API Key sem permissão para esta operação.', required_permission: found.route.scope });
  }
  return found.route.handle({ state, call, params: found.params, input: bodyInput(call), query: phpQuery(call.query) });
}

/** §2, §5.1: only `X-API-Key` counts — an `Authorization: Bearer` header is not a key. */
function authenticate(state: SyncroState, header: string | undefined): { key: SyncroKey } | { failure: MockReply } {
  const sent = header?.trim() ?? '';
  if (sent === '') return { failure: reply(401, { message: 'API Key não fornecida.' }) };
  const key = state.keys.get(sent);
  if (key === undefined) return { failure: reply(401, { message: 'API Key inválida.' }) };
  if (key.expired === true) return { failure: reply(401, { message: 'API Key expirada.' }) };
  if (key.accountInactive === true) return { failure: reply(403, { message: 'Conta inativa.' }) };
  return { key };
}

/** §6: fixed window per key; only Retry-After, no X-RateLimit-* headers (not documented). */
function rateLimit(state: SyncroState, key: string): MockReply | null {
  const window = state.limiter.consume(key);
  if (!window.exceeded) return null;
  return tooManyRequests(secondsUntil(window.resetAt));
}

function tooManyRequests(seconds: number): MockReply {
  return reply(429, { message: 'Rate limit excedido para esta API Key.', retry_after: seconds }, { 'Retry-After': String(seconds) });
}

/** Laravel reads a body that is not a JSON object as empty input, so validation reports the missing fields. */
function bodyInput(call: MockCall): Input {
  if (call.body.kind !== 'json' || !isPlainObject(call.body.value)) return {};
  return normalizeInput(call.body.value) as Input;
}

/** Vendor-shaped bodies for injected status faults; 429 waits 1 s so retry tests stay fast. */
function defaultFaultReply(status: number): MockReply {
  if (status === 429) return tooManyRequests(1);
  if (status === 502) return reply(502, { success: false, message: 'Bad Gateway' }); // §5 [A]
  return reply(status, { message: status === 500 ? 'Server Error' : (STATUS_CODES[status] ?? 'Error') });
}
