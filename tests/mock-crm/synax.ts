// The Synax CRM mock (synax.md §12): base path /functions/v1/api-proxy, `{data}` / `{error}` answers,
// X-RateLimit-* headers on every response.
import { STATUS_CODES } from 'node:http';
import { reply, startMockServer, type MockCall, type MockReply, type MockServer } from './common';
import { secondsUntil, type RateWindow } from './rate-limiter';
import { createRouter, type RouteLookup, type RouteSpec } from './router';
import { createContact, listContacts, showContact, updateContact } from './synax-contacts';
import { createDeal, listDeals, listPipelines, listStages, updateDeal } from './synax-deals';
import { createSynaxState, notFound, resetSynaxRecords, type SynaxHandler, type SynaxOptions, type SynaxState } from './synax-state';
import { demoSynaxKeys, SYNAX_DEMO_COMPANY_ID, type SynaxContact, type SynaxDeal, type SynaxKey, type SynaxPipeline, type SynaxScope, type SynaxStage } from './synax-types';

export type { SynaxOptions } from './synax-state';
export type * from './synax-types';
export { SYNAX_DEMO_COMPANY_ID, SYNAX_DEMO_KEYS } from './synax-types';

/** The record and fixture arrays are the mock's own: push to or edit them in place (reset() empties the records). */
export interface SynaxMock extends MockServer {
  readonly contacts: SynaxContact[];
  readonly deals: SynaxDeal[];
  readonly pipelines: SynaxPipeline[];
  readonly stages: SynaxStage[];
  addKey(key: SynaxKey): void;
  removeKey(key: string): void;
  /** `windowMs` shortens the window (default a minute). */
  setRateLimit(perMinute: number, windowMs?: number): void;
  /** [A] 409 on a duplicate phone within a company. */
  setUniquePhone(enforce: boolean): void;
}

const PREFIX = '/functions/v1/api-proxy';

interface SynaxRoute extends RouteSpec {
  handle: SynaxHandler;
}

/** §3: the documented operations only — anything else (DELETE included) is 404. */
const ROUTES: readonly SynaxRoute[] = [
  { method: 'GET', pattern: '/contacts', handle: listContacts },
  { method: 'POST', pattern: '/contacts', handle: createContact },
  { method: 'GET', pattern: '/contacts/:id', handle: showContact },
  { method: 'PATCH', pattern: '/contacts/:id', handle: updateContact },
  { method: 'GET', pattern: '/deals', handle: listDeals },
  { method: 'POST', pattern: '/deals', handle: createDeal },
  { method: 'PATCH', pattern: '/deals/:id', handle: updateDeal },
  { method: 'GET', pattern: '/pipelines', handle: listPipelines },
  { method: 'GET', pattern: '/stages', handle: listStages },
];

export async function startSynaxMock(options: SynaxOptions = {}): Promise<SynaxMock> {
  const state = createSynaxState(options.keys ?? demoSynaxKeys(), options);
  const lookup = createRouter(ROUTES);
  const server = await startMockServer({
    prefix: PREFIX,
    port: options.port,
    handle: (call) => withRateHeaders(...decide(state, lookup, call)),
    faultReply: (status, call) => withRateHeaders(defaultFaultReply(status), state.limiter.peek(sentKey(call) ?? '')),
    resetState: () => resetSynaxRecords(state),
  });
  return {
    ...server,
    contacts: state.contacts,
    deals: state.deals,
    pipelines: state.pipelines,
    stages: state.stages,
    addKey: (key) => void state.keys.set(key.key, key),
    removeKey: (key) => void state.keys.delete(key),
    setRateLimit: (perMinute, windowMs = 60_000) => void Object.assign(state.limiter, { limit: perMinute, windowMs }),
    setUniquePhone: (enforce) => void (state.uniquePhone = enforce),
  };
}

/** Order: auth → rate limit → scope → route → handler; also returns the window the headers describe. */
function decide(state: SynaxState, lookup: (method: string, path: string) => RouteLookup<SynaxRoute>, call: MockCall): [MockReply, RateWindow] {
  const sent = sentKey(call);
  if (sent === undefined) return [reply(401, { error: 'Missing API key' }), state.limiter.peek('')];
  const key = state.keys.get(sent);
  if (key === undefined || key.inactive === true) return [reply(401, { error: 'Invalid or expired API key' }), state.limiter.peek(sent)];
  const window = state.limiter.consume(sent);
  if (window.exceeded) return [tooManyRequests(secondsUntil(window.resetAt)), window];
  const needed = requiredScope(call.method);
  if (!key.scopes.includes(needed)) return [reply(403, { error: `This API key does not have ${needed} permission` }), window];
  const found = call.inPrefix ? lookup(call.method, call.path) : undefined;
  if (found?.kind !== 'found') return [notFound(), window];
  const companyId = key.companyId ?? SYNAX_DEMO_COMPANY_ID;
  return [found.route.handle({ state, call, params: found.params, companyId }), window];
}

/** §2: `Authorization: Bearer <key>` or `X-Api-Key: <key>`; any other Authorization scheme is no key. */
function sentKey(call: MockCall): string | undefined {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(call.headers.authorization ?? '')?.[1];
  const header = call.headers['x-api-key']?.trim();
  return bearer ?? (header === '' ? undefined : header);
}

/** §2.1: GET needs read ([A] — a write-only key's GET is not documented); every other method needs write. */
function requiredScope(method: string): SynaxScope {
  return method === 'GET' || method === 'HEAD' ? 'read' : 'write';
}

/** §7: on every response, including errors. */
function withRateHeaders(answer: MockReply, window: RateWindow): MockReply {
  const rate = {
    'X-RateLimit-Limit': String(window.limit),
    'X-RateLimit-Remaining': String(window.remaining),
    'X-RateLimit-Reset': String(Math.ceil(window.resetAt / 1000)),
  };
  return { ...answer, headers: { ...rate, ...answer.headers } };
}

function tooManyRequests(seconds: number): MockReply {
  return reply(429, { message: 'Rate limit exceeded', retryAfter: seconds }, { 'Retry-After': String(seconds) });
}

/** Vendor-shaped bodies for injected status faults; 429 waits 1 s so retry tests stay fast. */
function defaultFaultReply(status: number): MockReply {
  return status === 429 ? tooManyRequests(1) : reply(status, { error: STATUS_CODES[status] ?? 'Error' });
}
