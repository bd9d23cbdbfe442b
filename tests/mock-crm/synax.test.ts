// @vitest-environment node
// Synax mock (synax.md §2, §5–§7, §9, §12).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSynaxMock, SYNAX_DEMO_COMPANY_ID, type SynaxMock } from './index';
import { client, request, type HttpAnswer } from './test-http';

let mock: SynaxMock;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  mock = await startSynaxMock();
  api = client(mock.baseUrl, { Authorization: `Bearer ${DEMO_KEYS.synax}` });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  mock.setUniquePhone(false);
});

type Contact = { id: string; phone: string; email: string | null; name: string | null; updated_at: string };
const contactOf = (answer: HttpAnswer): Contact => (answer.body as { data: Contact }).data;
const listed = async (query: string): Promise<string[]> => ((await api('GET', `/contacts${query}`)).body as { data: Contact[] }).data.map((contact) => contact.phone);

function expectRateHeaders(answer: HttpAnswer, limit: number): void {
  expect(answer.headers.get('x-ratelimit-limit')).toBe(String(limit));
  expect(Number(answer.headers.get('x-ratelimit-remaining'))).toBeGreaterThanOrEqual(0);
  const reset = Number(answer.headers.get('x-ratelimit-reset'));
  expect(reset).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000));
  expect(reset).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000) + 60);
}

describe('Synax auth, scopes and rate headers (§2, §5.1, §7)', () => {
  it.each([
    ['no key', {}, 401, { error: 'Missing API key' }],
    ['a Basic Authorization header', { Authorization: `Basic ${DEMO_KEYS.synax}` }, 401, { error: 'Missing API key' }],
    ['an unknown key', { 'X-Api-Key': 'sk_live_nobody' }, 401, { error: 'Invalid or expired API key' }],
    ['an inactive key', { 'X-Api-Key': 'sk_live_inactive' }, 401, { error: 'Invalid or expired API key' }],
    ['a Bearer key', { Authorization: `Bearer ${DEMO_KEYS.synax}` }, 200, { data: [] }],
    ['an X-Api-Key key', { 'X-Api-Key': DEMO_KEYS.synax }, 200, { data: [] }],
  ])('%s → %i, with rate-limit headers', async (_case, headers, status, body) => {
    mock.addKey({ key: 'sk_live_inactive', scopes: ['read', 'write'], inactive: true });
    const answer = await request(`${mock.baseUrl}/contacts`, 'GET', { headers });
    expect(answer).toMatchObject({ status, body });
    expectRateHeaders(answer, 300);
  });

  it('refuses writes to a read-only key and reads to a write-only key [A]', async () => {
    const readOnly = client(mock.baseUrl, { 'X-Api-Key': DEMO_KEYS.synaxReadOnly });
    for (const [method, path] of [
      ['POST', '/contacts'],
      ['PATCH', '/contacts/x'],
      ['DELETE', '/contacts/x'],
      ['POST', '/deals'],
    ] as const) {
      const answer = await readOnly(method, path, { phone: '+5521998765432' });
      expect(answer).toMatchObject({ status: 403, body: { error: 'This API key does not have write permission' } });
      expectRateHeaders(answer, 300);
    }
    mock.addKey({ key: 'sk_live_writeonly', scopes: ['write'] });
    const read = await request(`${mock.baseUrl}/contacts`, 'GET', { headers: { 'X-Api-Key': 'sk_live_writeonly' } });
    expect(read.body).toEqual({ error: 'This API key does not have read permission' });
    expect(mock.contacts).toHaveLength(0);
  });

  it('answers 429 with retryAfter, Retry-After and Remaining 0 when the window is spent', async () => {
    const limited = await startSynaxMock({ rateLimitPerMinute: 2 });
    try {
      const call = client(limited.baseUrl, { 'X-Api-Key': DEMO_KEYS.synax });
      expect((await call('GET', '/contacts')).headers.get('x-ratelimit-remaining')).toBe('1');
      expect((await call('GET', '/contacts')).headers.get('x-ratelimit-remaining')).toBe('0');
      const over = await call('GET', '/contacts');
      const seconds = Number(over.headers.get('retry-after'));
      expect(over).toMatchObject({ status: 429, body: { message: 'Rate limit exceeded', retryAfter: seconds } });
      expect(seconds).toBeGreaterThanOrEqual(1);
      expectRateHeaders(over, 2);
      expect(over.headers.get('x-ratelimit-remaining')).toBe('0');
    } finally {
      await limited.close();
    }
  });

  it('answers 404 {"error":"Not found"} for undocumented routes, DELETE included', async () => {
    expect(await api('GET', '/tasks')).toMatchObject({ status: 404, body: { error: 'Not found' } });
    const created = contactOf(await api('POST', '/contacts', { phone: '+5521998765432' }));
    expect(await api('DELETE', `/contacts/${created.id}`)).toMatchObject({ status: 404, body: { error: 'Not found' } });
  });
});

describe('Synax contacts (§4, §9.1–§9.3)', () => {
  it('creates with the documented defaults, ignoring unknown keys and company_id', async () => {
    const answer = await api('POST', '/contacts', { phone: '+5521998765432', name: 'Maria', company_id: 'evil', role: 'x' });
    expect(answer.status).toBe(201);
    const contact = contactOf(answer);
    expect(answer.body).toEqual({
      data: {
        id: contact.id,
        company_id: SYNAX_DEMO_COMPANY_ID,
        name: 'Maria',
        email: null,
        phone: '+5521998765432',
        temperature: 'warm',
        tags: [],
        source: 'api',
        job_title: null,
        empresa: null,
        custom_fields: {},
        do_not_contact: false,
        is_active: true,
        created_at: contact.updated_at,
        updated_at: contact.updated_at,
      },
    });
    expect(contact.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect((await api('GET', `/contacts/${contact.id}`)).body).toEqual(answer.body);
  });

  it.each([
    [{}, 'phone is required'],
    [{ phone: 5521998765432 }, 'phone must be a string'],
    [{ phone: '+55', email: 'nope' }, 'email must be a valid email address'],
    [{ phone: '+55', temperature: 'boiling' }, 'temperature must be one of: cold, warm, hot'],
    [{ phone: '+55', tags: ['ok', 1] }, 'tags must be an array of strings'],
    [{ phone: '+55', custom_fields: [] }, 'custom_fields must be an object'],
    ['{"phone":', 'Invalid JSON body'],
  ])('rejects %j with 400 "%s"', async (body, error) => {
    expect(await api('POST', '/contacts', body)).toMatchObject({ status: 400, body: { error } });
    expect(mock.contacts).toHaveLength(0);
  });

  it('patches by merging, requires phone, bumps updated_at, and 404s unknown or malformed ids', async () => {
    const created = contactOf(await api('POST', '/contacts', { phone: '+5521998765432', name: 'Maria', tags: ['a'] }));
    expect(await api('PATCH', `/contacts/${created.id}`, { name: 'Maria S.' })).toMatchObject({ status: 400, body: { error: 'phone is required' } });
    const patched = await api('PATCH', `/contacts/${created.id}`, { phone: '+5521998765432', temperature: 'hot', tags: ['b'] });
    expect(patched.body).toMatchObject({ data: { name: 'Maria', temperature: 'hot', tags: ['b'] } });
    expect(Date.parse(contactOf(patched).updated_at)).toBeGreaterThan(Date.parse(created.updated_at));
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      expect(await api('GET', `/contacts/${id}`)).toMatchObject({ status: 404, body: { error: 'Not found' } });
      expect((await api('PATCH', `/contacts/${id}`, { phone: '+55' })).status).toBe(404);
    }
  });

  it('answers 409 on a duplicate phone only when unique phones are enforced [A]', async () => {
    await api('POST', '/contacts', { phone: '+5521998765432' });
    expect((await api('POST', '/contacts', { phone: '+5521998765432' })).status).toBe(201);
    mock.setUniquePhone(true);
    expect(await api('POST', '/contacts', { phone: '+5521998765432' })).toMatchObject({ status: 409, body: { error: 'Contact with this phone already exists' } });
  });
});

describe('GET /contacts (§6, §9.4)', () => {
  beforeEach(async () => {
    for (const [phone, email, temperature] of [
      ['+5521900000001', 'Ana@Example.com', 'hot'],
      ['+5521900000002', 'bia@example.com', 'cold'],
      ['+5521900000003', null, 'hot'],
    ]) {
      await api('POST', '/contacts', { phone, email, temperature });
    }
  });

  it('filters phone/email/temperature in both col=value and col=eq.value forms', async () => {
    expect(await listed('?phone=%2B5521900000002')).toEqual(['+5521900000002']);
    expect(await listed('?phone=eq.%2B5521900000002')).toEqual(['+5521900000002']);
    expect(await listed('?phone=+5521900000002')).toEqual([]); // an unencoded + is a space
    expect(await listed('?email=ana@example.com')).toEqual(['+5521900000001']);
    expect(await listed('?email=eq.ANA@EXAMPLE.COM')).toEqual(['+5521900000001']);
    expect(await listed('?temperature=eq.hot&order=phone.desc')).toEqual(['+5521900000003', '+5521900000001']);
  });

  it('pages with limit/offset, orders, validates, and shows only the key’s company', async () => {
    expect(await listed('?order=phone.desc&limit=2&offset=1')).toEqual(['+5521900000002', '+5521900000001']);
    expect(await api('GET', '/contacts?limit=-1')).toMatchObject({ status: 400, body: { error: 'limit must be a non-negative integer' } });
    expect(await api('GET', '/contacts?order=secret.asc')).toMatchObject({ status: 400, body: { error: 'invalid order: secret.asc' } });
    mock.addKey({ key: 'sk_live_other_company', scopes: ['read'], companyId: '11111111-2222-4333-8444-555555555555' });
    const other = await request(`${mock.baseUrl}/contacts`, 'GET', { headers: { 'X-Api-Key': 'sk_live_other_company' } });
    expect(other.body).toEqual({ data: [] });
  });
});

describe('Synax deals, pipelines and stages (§9.6–§9.7)', () => {
  it('lists stages by position and creates, moves, closes and filters deals', async () => {
    const stages = ((await api('GET', '/stages?order=position.asc')).body as { data: Array<{ id: string; position: number; pipeline_id: string }> }).data;
    const pipelineId = stages[0]?.pipeline_id ?? '';
    const own = stages.filter((stage) => stage.pipeline_id === pipelineId);
    expect(own.map((stage) => stage.position)).toEqual([1, 2, 3, 4]);
    expect(((await api('GET', '/pipelines')).body as { data: unknown[] }).data).toHaveLength(2);
    expect(await api('POST', '/deals', { value: 1 })).toMatchObject({ status: 400, body: { error: 'title is required' } });
    const created = await api('POST', '/deals', { title: 'Proposta — Maria', value: 15000, stage_id: own[0]?.id });
    expect(created).toMatchObject({ status: 201, body: { data: { status: 'open', pipeline_id: pipelineId, value: 15000 } } });
    const id = (created.body as { data: { id: string } }).data.id;
    expect((await api('PATCH', `/deals/${id}`, { stage_id: own[1]?.id })).body).toMatchObject({ data: { stage_id: own[1]?.id } });
    expect((await api('PATCH', `/deals/${id}`, { status: 'won' })).body).toMatchObject({ data: { status: 'won' } });
    expect(((await api('GET', '/deals?status=open')).body as { data: unknown[] }).data).toHaveLength(0);
    expect(((await api('GET', '/deals?status=eq.won&order=created_at.desc&limit=20')).body as { data: unknown[] }).data).toHaveLength(1);
  });

  it('creates a deal for a contact in a stage, naming the stage’s pipeline; refuses unknown or missing references', async () => {
    const maria = contactOf(await api('POST', '/contacts', { phone: '+5521998765432', name: 'Maria Souza' }));
    const [pipeline] = mock.pipelines;
    const stagesOf = await api('GET', `/stages?order=position.asc&pipeline_id=eq.${pipeline?.id ?? ''}`);
    const stages = (stagesOf.body as { data: Array<{ id: string; name: string; pipeline_id: string }> }).data;
    expect(stages.map((stage) => stage.name)).toEqual(['Novo lead', 'Qualificação', 'Proposta', 'Fechamento']);
    const body = { title: 'Proposta — Maria', value: 15000, contact_id: maria.id, stage_id: stages[2]?.id };
    const created = await api('POST', '/deals', body);
    expect(created.status).toBe(201);
    expect((created.body as { data: unknown }).data).toEqual({
      id: expect.any(String) as string,
      company_id: SYNAX_DEMO_COMPANY_ID,
      title: 'Proposta — Maria',
      value: 15000,
      contact_id: maria.id,
      pipeline_id: pipeline?.id,
      stage_id: stages[2]?.id,
      status: 'open',
      created_at: expect.any(String) as string,
      updated_at: expect.any(String) as string,
    });
    expect(mock.requests.at(-1)).toMatchObject({ method: 'POST', path: '/deals', body, status: 201 });
    expect(await api('POST', '/deals', { ...body, contact_id: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      status: 400,
      body: { error: 'contact_id does not match a contact' },
    });
    expect(await api('POST', '/deals', { ...body, stage_id: 'nope' })).toMatchObject({ status: 400, body: { error: 'stage_id does not match a stage' } });
    expect(await api('POST', '/deals', { title: 'x', contact_id: maria.id })).toMatchObject({ status: 400, body: { error: 'stage_id is required' } });
    expect(await api('POST', '/deals', { ...body, value: '15k' })).toMatchObject({ status: 400, body: { error: 'value must be a number' } });
    expect(mock.deals).toHaveLength(1);
  });

  it('does not let a key use another company’s contact for a deal', async () => {
    const maria = contactOf(await api('POST', '/contacts', { phone: '+5521998765432' }));
    mock.addKey({ key: 'sk_live_other_company', scopes: ['read', 'write'], companyId: '11111111-2222-4333-8444-555555555555' });
    const other = client(mock.baseUrl, { 'X-Api-Key': 'sk_live_other_company' });
    const answer = await other('POST', '/deals', { title: 'x', contact_id: maria.id, stage_id: mock.stages[0]?.id });
    expect(answer).toMatchObject({ status: 400, body: { error: 'contact_id does not match a contact' } });
  });
});
