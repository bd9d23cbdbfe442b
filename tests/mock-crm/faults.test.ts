// @vitest-environment node
// Shared machinery through both mocks: request recording, fault injection, reset(), close().
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSynaxMock, startSyncroMock, type SynaxMock, type SyncroMock } from './index';
import { FixedWindowLimiter } from './rate-limiter';
import { client, request } from './test-http';

let syncro: SyncroMock;
let synax: SynaxMock;
let syncroApi: ReturnType<typeof client>;
let synaxApi: ReturnType<typeof client>;
beforeAll(async () => {
  [syncro, synax] = await Promise.all([startSyncroMock(), startSynaxMock()]);
  syncroApi = client(syncro.baseUrl, { 'X-API-Key': DEMO_KEYS.syncro });
  synaxApi = client(synax.baseUrl, { 'X-Api-Key': DEMO_KEYS.synax });
});
afterAll(() => Promise.all([syncro.close(), synax.close()]));
beforeEach(() => {
  syncro.reset();
  synax.reset();
});

const lead = { name: 'Maria Souza', phone: '+5521998765432', pipeline_id: 1, stage_id: 5 };

describe('request recording', () => {
  it('records path without prefix, repeated query keys as arrays, lower-cased headers, body and status', async () => {
    await syncroApi('GET', '/leads?tags[]=a&tags[]=b&q=x');
    await request(`${syncro.baseUrl}/leads`, 'POST', { headers: { 'X-API-Key': DEMO_KEYS.syncro, 'content-type': 'text/plain' }, body: JSON.stringify(lead) });
    await request(`${syncro.baseUrl}/account`, 'GET');
    expect(syncro.requests.map(({ method, path, status }) => ({ method, path, status }))).toEqual([
      { method: 'GET', path: '/leads', status: 200 },
      { method: 'POST', path: '/leads', status: 201 },
      { method: 'GET', path: '/account', status: 401 },
    ]);
    const [list, create] = syncro.requests;
    expect(list?.query).toEqual({ 'tags[]': ['a', 'b'], q: 'x' });
    expect(create?.headers['content-type']).toBe('text/plain'); // parsed as JSON anyway
    expect(create?.headers['x-api-key']).toBe(DEMO_KEYS.syncro);
    expect(create?.body).toEqual(lead);
    expect(create?.at).toBeLessThanOrEqual(Date.now());
  });

  it('records an unparseable body as its raw text', async () => {
    await synaxApi('POST', '/contacts', 'phone=+55');
    expect(synax.requests[0]).toMatchObject({ body: 'phone=+55', status: 400 });
  });
});

describe('fault injection', () => {
  it('status: answers the fault instead, `times` then back to normal, with vendor-shaped defaults', async () => {
    syncro.inject({ fault: { kind: 'status', status: 502 }, times: 2, method: 'POST', path: '/leads' });
    expect(await syncroApi('GET', '/account')).toMatchObject({ status: 200 });
    expect(await syncroApi('POST', '/leads', lead)).toMatchObject({ status: 502, body: { success: false } });
    expect((await syncroApi('POST', '/leads', lead)).status).toBe(502);
    expect((await syncroApi('POST', '/leads', lead)).status).toBe(201);
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.requests.map((recorded) => recorded.status)).toEqual([200, 502, 502, 201]);

    synax.inject({ fault: { kind: 'status', status: 429 }, times: 1 });
    const limited = await synaxApi('GET', '/contacts');
    expect(limited).toMatchObject({ status: 429, body: { message: 'Rate limit exceeded', retryAfter: 1 } });
    expect(limited.headers.get('retry-after')).toBe('1');
    expect(limited.headers.get('x-ratelimit-limit')).toBe('300');
  });

  it('status: the rule’s body and headers win; a RegExp path matches', async () => {
    synax.inject({ fault: { kind: 'status', status: 500, body: '<html>oops</html>', headers: { 'X-Trace': 't1' } }, path: /^\/contacts/ });
    const answer = await synaxApi('GET', '/contacts/abc');
    expect(answer).toMatchObject({ status: 500, body: '<html>oops</html>' });
    expect(answer.headers.get('x-trace')).toBe('t1');
    synax.clearFaults();
    expect((await synaxApi('GET', '/contacts')).status).toBe(200);
  });

  it('drop: the client sees a network error and nothing is created', async () => {
    syncro.inject({ fault: { kind: 'drop' }, times: 1 });
    await expect(syncroApi('POST', '/leads', lead)).rejects.toThrow();
    expect(syncro.leads).toHaveLength(0);
    expect(syncro.requests[0]).toMatchObject({ path: '/leads', status: 0 });
    expect((await syncroApi('POST', '/leads', lead)).status).toBe(201);
  });

  it('drop-after-commit: the client sees a network error but the record exists', async () => {
    synax.inject({ fault: { kind: 'drop-after-commit' }, times: 1, method: 'POST' });
    await expect(synaxApi('POST', '/contacts', { phone: '+5521998765432' })).rejects.toThrow();
    expect(synax.contacts).toHaveLength(1);
    expect(synax.requests[0]?.status).toBe(0);
    const found = await synaxApi('GET', '/contacts?phone=eq.%2B5521998765432');
    expect((found.body as { data: unknown[] }).data).toHaveLength(1);
  });

  it('reply-after-commit: the record is written, the client gets the injected answer (a 201 it cannot read)', async () => {
    syncro.inject({ fault: { kind: 'reply-after-commit', status: 201, body: { ok: 1 } }, times: 1, method: 'POST' });
    expect(await syncroApi('POST', '/leads', lead)).toMatchObject({ status: 201, body: { ok: 1 } });
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.requests[0]?.status).toBe(201);
  });

  it('ignore-filter: the lookup answers as if it had no filter (unrelated records)', async () => {
    await synaxApi('POST', '/contacts', { phone: '+5521998765432', name: 'Ana' });
    await synaxApi('POST', '/contacts', { phone: '+5521911112222', name: 'Bia' });
    synax.inject({ fault: { kind: 'ignore-filter' }, times: 1, method: 'GET' });
    const ignored = await synaxApi('GET', '/contacts?phone=eq.%2B5500000000000');
    expect((ignored.body as { data: unknown[] }).data).toHaveLength(2);
    const filtered = await synaxApi('GET', '/contacts?phone=eq.%2B5500000000000');
    expect((filtered.body as { data: unknown[] }).data).toHaveLength(0);
  });

  it('status with Location: a 3xx to another host, as a misconfigured gateway would send', async () => {
    syncro.inject({ fault: { kind: 'status', status: 307, headers: { Location: `${synax.baseUrl}/contacts` } }, times: 1 });
    const moved = await fetch(`${syncro.baseUrl}/leads`, { method: 'POST', headers: { 'X-API-Key': DEMO_KEYS.syncro }, body: JSON.stringify(lead), redirect: 'manual' });
    expect(moved.status).toBe(307);
    expect(moved.headers.get('location')).toBe(`${synax.baseUrl}/contacts`);
    expect(syncro.leads).toHaveLength(0);
  });

  it('latency: delays only the matching request, without blocking others', async () => {
    syncro.inject({ fault: { kind: 'latency', ms: 300 }, path: '/pipelines' });
    const finished: string[] = [];
    const started = Date.now();
    const slow = syncroApi('GET', '/pipelines').then((answer) => (finished.push('slow'), answer));
    const fast = syncroApi('GET', '/account').then((answer) => (finished.push('fast'), answer));
    expect((await fast).status).toBe(200);
    expect((await slow).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(finished).toEqual(['fast', 'slow']);
  });

  it('covers the follow-up routes: a task and a deal written behind a dropped answer exist once', async () => {
    const leadId = ((await syncroApi('POST', '/leads', lead)).body as { lead: { id: number } }).lead.id;
    syncro.inject({ fault: { kind: 'drop-after-commit' }, times: 1, method: 'POST', path: '/tasks' });
    await expect(syncroApi('POST', '/tasks', { subject: 'Ligar', type: 'call', due_date: '2026-12-07', lead_id: leadId })).rejects.toThrow();
    expect(syncro.tasks).toHaveLength(1);
    const listed = await syncroApi('GET', `/tasks?lead_id=${leadId}`);
    expect((listed.body as { data: unknown[] }).data).toHaveLength(1);
    syncro.inject({ fault: { kind: 'status', status: 503 }, times: 1, path: '/users' });
    expect((await syncroApi('GET', '/users')).status).toBe(503);
    expect(syncro.requests.map(({ method, path, status }) => `${method} ${path} ${status}`)).toEqual(['POST /leads 201', 'POST /tasks 0', 'GET /tasks 200', 'GET /users 503']);

    synax.inject({ fault: { kind: 'status', status: 502 }, times: 1, method: 'POST', path: '/deals' });
    const deal = { title: 'Proposta', stage_id: synax.stages[0]?.id };
    expect((await synaxApi('POST', '/deals', deal)).status).toBe(502);
    expect(synax.deals).toHaveLength(0);
    expect((await synaxApi('POST', '/deals', deal)).status).toBe(201);
    synax.inject({ fault: { kind: 'latency', ms: 200 }, times: 1, path: '/stages' });
    const started = Date.now();
    expect((await synaxApi('GET', '/stages?order=position.asc')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('applies the first matching rule that has uses left', async () => {
    syncro.inject({ fault: { kind: 'status', status: 503 }, times: 1, path: '/account' });
    syncro.inject({ fault: { kind: 'status', status: 500 }, times: 1 });
    expect((await syncroApi('GET', '/account')).status).toBe(503);
    expect(await syncroApi('GET', '/account')).toMatchObject({ status: 500, body: { message: 'Server Error' } });
    expect((await syncroApi('GET', '/account')).status).toBe(200);
  });
});

describe('reset() and close()', () => {
  it('reset clears requests, faults, records and rate counters but keeps keys and fixtures', async () => {
    syncro.addKey({ key: 'crm_kept_123', scopes: ['users:read'] });
    syncro.customFields.push({
      id: 99,
      name: 'extra',
      label: 'Extra',
      field_type: 'text',
      options: [],
      is_required: false,
      is_active: true,
      show_on_card: false,
      sort_order: 99,
    });
    syncro.setRateLimit(1);
    await syncroApi('POST', '/leads', lead);
    syncro.inject({ fault: { kind: 'status', status: 500 } });
    syncro.reset();
    syncro.setRateLimit(60);
    expect(syncro.requests).toHaveLength(0);
    expect(syncro.leads).toHaveLength(0);
    const created = await syncroApi('POST', '/leads', lead);
    expect(created.body).toMatchObject({ lead: { id: 901 } });
    expect((await request(`${syncro.baseUrl}/account`, 'GET', { headers: { 'X-API-Key': 'crm_kept_123' } })).status).toBe(200);
    expect(syncro.customFields.some((field) => field.name === 'extra')).toBe(true);
  });

  it('close() returns promptly with a keep-alive connection open and ends pending requests', async () => {
    const mock = await startSynaxMock();
    const call = client(mock.baseUrl, { 'X-Api-Key': DEMO_KEYS.synax });
    expect((await call('GET', '/contacts')).status).toBe(200); // leaves an idle keep-alive socket
    mock.inject({ fault: { kind: 'latency', ms: 5_000 } });
    const pending = call('GET', '/contacts');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const started = Date.now();
    await mock.close();
    expect(Date.now() - started).toBeLessThan(500);
    await expect(pending).rejects.toThrow();
    expect(mock.requests.map((recorded) => recorded.status)).toEqual([200, 0]);
    await expect(mock.close()).resolves.toBeUndefined();
  });
});

describe('FixedWindowLimiter', () => {
  it('counts per key and opens a new window after 60 s', () => {
    const limiter = new FixedWindowLimiter(2);
    expect(limiter.consume('a', 0)).toMatchObject({ exceeded: false, remaining: 1, resetAt: 60_000 });
    limiter.consume('a', 1_000);
    expect(limiter.consume('a', 59_999)).toMatchObject({ exceeded: true, remaining: 0 });
    expect(limiter.consume('b', 59_999).exceeded).toBe(false);
    expect(limiter.consume('a', 60_000)).toMatchObject({ exceeded: false, remaining: 1, resetAt: 120_000 });
  });
});
