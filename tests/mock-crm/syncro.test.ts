// @vitest-environment node
// Syncro mock: auth, scopes, rate limit, routing and the resources around leads (syncro.md §2–§9).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSyncroMock, SYNCRO_SCOPES, type SyncroMock } from './index';
import { client, request } from './test-http';

let mock: SyncroMock;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  mock = await startSyncroMock();
  api = client(mock.baseUrl, { 'X-API-Key': DEMO_KEYS.syncro });
});
afterAll(() => mock.close());
beforeEach(() => mock.reset());

describe('Syncro auth (§2, §5.1)', () => {
  it.each([
    ['no header', {}, 401, { message: 'API Key não fornecida.' }],
    ['a Bearer header instead of X-API-Key', { Authorization: `Bearer ${DEMO_KEYS.syncro}` }, 401, { message: 'API Key não fornecida.' }],
    ['an unknown key', { 'X-API-Key': 'crm_unknown_123' }, 401, { message: 'API Key inválida.' }],
    ['an expired key', { 'X-API-Key': 'crm_expired_123' }, 401, { message: 'API Key expirada.' }],
    ['a key of an inactive account', { 'X-API-Key': 'crm_inactive_123' }, 403, { message: 'Conta inativa.' }],
  ])('%s → %i with the exact body', async (_case, headers, status, body) => {
    mock.addKey({ key: 'crm_expired_123', scopes: [...SYNCRO_SCOPES], expired: true });
    mock.addKey({ key: 'crm_inactive_123', scopes: [...SYNCRO_SCOPES], accountInactive: true });
    const answer = await request(`${mock.baseUrl}/account`, 'GET', { headers });
    expect(answer.status).toBe(status);
    expect(answer.body).toEqual(body);
    expect(mock.requests.at(-1)?.status).toBe(status);
  });

  it('installs the demo keys by default and forgets a removed key', async () => {
    expect((await api('GET', '/account')).body).toEqual({ success: true, account: { id: 1, name: 'Loja Demo', plan: 'scale' } });
    mock.addKey({ key: 'crm_temp_123', scopes: ['users:read'] });
    mock.removeKey('crm_temp_123');
    const answer = await request(`${mock.baseUrl}/account`, 'GET', { headers: { 'X-API-Key': 'crm_temp_123' } });
    expect(answer.body).toEqual({ message: 'API Key inválida.' });
  });
});

describe('Syncro scopes (§2.1, §9)', () => {
  const readOnly = () => client(mock.baseUrl, { 'X-API-Key': DEMO_KEYS.syncroReadOnly });

  it.each([
    ['POST', '/leads', 'leads:write'],
    ['PUT', '/leads/901/stage', 'leads:write'],
    ['DELETE', '/leads/901', 'leads:write'],
    ['POST', '/tasks', 'tasks:write'],
    ['POST', '/webhooks', 'webhooks:write'],
  ])('a read-only key gets 403 for %s %s naming %s', async (method, path, scope) => {
    const answer = await readOnly()(method, path, {});
    expect(answer.status).toBe(403);
    expect(answer.body).toEqual({ message: 'API Key sem permissão para esta operação.', required_permission: scope });
  });

  it.each([
    ['/account', 'users:read'],
    ['/users', 'users:read'],
    ['/pipelines', 'pipelines:read'],
    ['/custom-fields', 'custom_fields:read'],
    ['/leads', 'leads:read'],
    ['/tasks', 'tasks:read'],
    ['/whatsapp/instances', 'whatsapp:read'],
    ['/webhooks', 'webhooks:read'],
  ])('GET %s needs %s', async (path, scope) => {
    mock.addKey({ key: 'crm_narrow_123', scopes: SYNCRO_SCOPES.filter((granted) => granted !== scope) });
    const answer = await request(mock.baseUrl + path, 'GET', { headers: { 'X-API-Key': 'crm_narrow_123' } });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ required_permission: scope });
    expect((await readOnly()('GET', path)).status).toBe(200);
  });
});

describe('Syncro rate limit (§6)', () => {
  it('answers 429 with retry_after and Retry-After once a key spends its window, per key', async () => {
    const limited = await startSyncroMock({ rateLimitPerMinute: 2 });
    try {
      const call = client(limited.baseUrl, { 'X-API-Key': DEMO_KEYS.syncro });
      expect((await call('GET', '/account')).status).toBe(200);
      expect((await call('GET', '/account')).status).toBe(200);
      const over = await call('GET', '/account');
      expect(over.status).toBe(429);
      const seconds = Number(over.headers.get('retry-after'));
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(60);
      expect(over.body).toEqual({ message: 'Rate limit excedido para esta API Key.', retry_after: seconds });
      expect([...over.headers.keys()].filter((name) => name.startsWith('x-ratelimit'))).toEqual([]);
      const other = await request(`${limited.baseUrl}/account`, 'GET', { headers: { 'X-API-Key': DEMO_KEYS.syncroReadOnly } });
      expect(other.status).toBe(200);
      limited.reset();
      expect((await call('GET', '/account')).status).toBe(200);
      limited.setRateLimit(1);
      expect((await call('GET', '/account')).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('Syncro routing', () => {
  it('answers an unknown route with Laravel’s 404 body, after auth', async () => {
    expect(await api('GET', '/nope')).toMatchObject({ status: 404, body: { message: 'The route api/v1/nope could not be found.' } });
    expect((await request(`${mock.baseUrl}/nope`)).status).toBe(401);
  });

  it('answers 405 for a known path under another method', async () => {
    const answer = await api('PATCH', '/leads/901', {});
    expect(answer.status).toBe(405);
    expect(answer.body).toEqual({ message: 'The PATCH method is not supported for route api/v1/leads/901. Supported methods: GET, PUT, DELETE.' });
  });
});

describe('Syncro fixtures (§8.1–§8.4, §8.18)', () => {
  it('lists two users, pipelines with won/lost stages and two lost reasons', async () => {
    expect((await api('GET', '/users')).body).toEqual({
      success: true,
      data: [
        { id: 1, name: 'Ana Lima', email: 'ana@lojademo.example', role: 'admin' },
        { id: 2, name: 'Bruno Costa', email: 'bruno@lojademo.example', role: 'manager' },
      ],
    });
    const pipelines = (await api('GET', '/pipelines')).body as {
      success: boolean;
      pipelines: Array<{ name: string; stages: Array<{ is_won: boolean; is_lost: boolean; color: string }> }>;
      lost_reasons: unknown[];
    };
    expect(pipelines.success).toBe(true);
    expect(pipelines.pipelines.map((pipeline) => pipeline.name)).toEqual(['Vendas', 'Parcerias']);
    const sales = pipelines.pipelines[0]?.stages ?? [];
    expect(sales.filter((stage) => stage.is_won)).toHaveLength(1);
    expect(sales.filter((stage) => stage.is_lost)).toHaveLength(1);
    expect(sales.every((stage) => /^#[0-9A-F]{6}$/.test(stage.color))).toBe(true);
    expect(pipelines.lost_reasons).toHaveLength(2);
  });

  it('honours active_only on custom fields', async () => {
    const all = (await api('GET', '/custom-fields')).body as { data: Array<{ name: string; is_active: boolean }> };
    const active = (await api('GET', '/custom-fields?active_only=true')).body as { data: Array<{ name: string; is_active: boolean }> };
    const activeByOne = (await api('GET', '/custom-fields?active_only=1')).body as { data: unknown[] };
    expect(all.data.some((field) => !field.is_active)).toBe(true);
    expect(active.data.every((field) => field.is_active)).toBe(true);
    expect(active.data).toHaveLength(all.data.length - 1);
    expect(activeByOne.data).toEqual(active.data);
    expect(active.data.find((field) => field.name === 'origem_detalhe')).toMatchObject({ field_type: 'text', is_required: true });
  });

  it('lists one waha and one cloud_api WhatsApp instance', async () => {
    const answer = (await api('GET', '/whatsapp/instances')).body as { data: Array<{ provider: string }> };
    expect(answer.data.map((instance) => instance.provider)).toEqual(['waha', 'cloud_api']);
  });
});

describe('Syncro tasks (§8.16–§8.17)', () => {
  it('validates, creates and lists tasks with a paginated envelope', async () => {
    const invalid = await api('POST', '/tasks', { type: 'lunch', due_date: '01/07/2026' });
    expect(invalid.status).toBe(422);
    expect(invalid.body).toEqual({
      message: 'The subject field is required. (and 2 more errors)',
      errors: {
        subject: ['The subject field is required.'],
        type: ['The selected type is invalid.'],
        due_date: ['The due date field must match the format Y-m-d.'],
      },
    });
    const created = await api('POST', '/tasks', { subject: 'Ligar', type: 'call', due_date: '2026-07-01', due_time: '09:30', assigned_to: 2 });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ success: true, data: { id: 1, status: 'pending', priority: 'medium', lead: null, assigned_user: { id: 2 } } });
    const list = await api('GET', '/tasks?status=pending&type=call');
    expect(list.body).toEqual({
      success: true,
      data: [{ id: 1, subject: 'Ligar', type: 'call', status: 'pending', priority: 'medium', due_date: '2026-07-01', lead_id: null }],
      meta: { total: 1, per_page: 50, current_page: 1, last_page: 1, has_more: false },
    });
  });
});

describe('Syncro tasks of a lead (§7.5, §8.16–§8.17)', () => {
  const createLead = async (name: string): Promise<number> => ((await api('POST', '/leads', { name, pipeline_id: 1, stage_id: 5 })).body as { lead: { id: number } }).lead.id;

  it('refuses a lead that does not exist, an impossible date, a bad time, an unknown assignee and a bad priority', async () => {
    const answer = await api('POST', '/tasks', {
      subject: 'Ligar',
      type: 'call',
      due_date: '2026-02-30',
      due_time: '9h',
      lead_id: 12345,
      assigned_to: 99,
      priority: 'urgent',
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      message: 'The due date field must match the format Y-m-d. (and 4 more errors)',
      errors: {
        due_date: ['The due date field must match the format Y-m-d.'],
        priority: ['The selected priority is invalid.'],
        due_time: ['The due time field must match the format H:i.'],
        lead_id: ['The selected lead id is invalid.'],
        assigned_to: ['The selected assigned to is invalid.'],
      },
    });
    expect(mock.tasks).toHaveLength(0);
  });

  it('creates a task on an existing lead with the full Task of §7.5 and lists it by lead and due range', async () => {
    const maria = await createLead('Maria Souza');
    const other = await createLead('João Lima');
    const created = await api('POST', '/tasks', {
      subject: 'Ligar para Maria Souza',
      type: 'whatsapp',
      due_date: '2026-12-07',
      due_time: '14:00',
      priority: 'high',
      lead_id: maria,
      assigned_to: 1,
      notes: 'Quer orçamento',
    });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({
      success: true,
      data: {
        id: 1,
        subject: 'Ligar para Maria Souza',
        description: null,
        type: 'whatsapp',
        status: 'pending',
        priority: 'high',
        due_date: '2026-12-07',
        due_time: '14:00',
        completed_at: null,
        lead_id: maria,
        lead: { id: maria, name: 'Maria Souza', phone: null, email: null },
        assigned_to: 1,
        assigned_user: { id: 1, name: 'Ana Lima' },
        notes: 'Quer orçamento',
        is_overdue: expect.any(Boolean) as boolean,
        created_at: expect.any(String) as string,
        updated_at: expect.any(String) as string,
      },
    });
    await api('POST', '/tasks', { subject: 'Visitar', type: 'visit', due_date: '2026-12-20', lead_id: other });
    await api('POST', '/tasks', { subject: 'Standalone', type: 'task', due_date: '2026-12-07' });
    const subjects = async (query: string): Promise<string[]> =>
      ((await api('GET', `/tasks${query}`)).body as { data: Array<{ subject: string }> }).data.map((task) => task.subject);
    expect(await subjects(`?lead_id=${maria}`)).toEqual(['Ligar para Maria Souza']);
    expect(await subjects('?due_from=2026-12-07&due_to=2026-12-07')).toEqual(['Ligar para Maria Souza', 'Standalone']);
    expect(await subjects('?due_from=2026-12-08')).toEqual(['Visitar']);
    expect(await api('GET', '/tasks?type=lunch&lead_id=x')).toMatchObject({
      status: 422,
      body: { errors: { lead_id: ['The lead id field must be an integer.'], type: ['The selected type is invalid.'] } },
    });
  });

  it('reads priority medium and no lead when they are left out', async () => {
    const created = await api('POST', '/tasks', { subject: 'E-mail', type: 'email', due_date: '2026-12-07' });
    expect(created.body).toMatchObject({ data: { priority: 'medium', lead_id: null, lead: null, due_time: null, assigned_user: null } });
  });
});

describe('Syncro webhooks (§8.20)', () => {
  it('returns the secret only on create', async () => {
    const created = await api('POST', '/webhooks', { target_url: 'https://example.com/hook', events: ['lead.created'] });
    expect(created.status).toBe(201);
    const { secret } = created.body as { secret: string };
    expect(created.body).toEqual({ success: true, id: 1, secret, events: ['lead.created'] });
    expect(secret.length).toBeGreaterThanOrEqual(32);
    const list = await api('GET', '/webhooks');
    expect(list.body).toMatchObject({ success: true, data: [{ id: 1, source: 'api', is_active: true }], supported_events: expect.arrayContaining(['lead.created']) });
    const detail = await api('GET', '/webhooks/1');
    expect(detail.body).toMatchObject({ success: true, id: 1, target_url: 'https://example.com/hook', last_failure_reason: null });
    expect(JSON.stringify([list.body, detail.body])).not.toContain(secret);
  });

  it('rejects a bad URL and unknown events', async () => {
    const answer = await api('POST', '/webhooks', { target_url: 'not a url', events: ['lead.exploded'] });
    expect(answer.body).toEqual({
      message: 'The target url field must be a valid URL. (and 1 more error)',
      errors: { target_url: ['The target url field must be a valid URL.'], 'events.0': ['The selected events.0 is invalid.'] },
    });
  });
});
