// @vitest-environment node
// Syncro mock: lead endpoints (syncro.md §7.1, §7.4, §8.5–§8.13).
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSyncroMock, type SyncroMock } from './index';
import { client } from './test-http';

let mock: SyncroMock;
let api: ReturnType<typeof client>;
beforeAll(async () => {
  mock = await startSyncroMock();
  api = client(mock.baseUrl, { 'X-API-Key': DEMO_KEYS.syncro });
});
afterAll(() => mock.close());
beforeEach(() => {
  mock.reset();
  mock.setLeadLimit(null);
  mock.setBlocked(false);
  mock.enforceRequiredCustomFields = false;
});

const maria = { name: 'Maria Souza', phone: '+5521998765432', email: 'maria@example.com', pipeline_id: 1, stage_id: 5 };
type LeadBody = { success: boolean; lead: Record<string, unknown> & { id: number } };
type ListBody = { data: Array<{ id: number; name: string }>; meta: Record<string, unknown> };

async function createLead(body: Record<string, unknown>): Promise<LeadBody> {
  const answer = await api('POST', '/leads', body);
  expect(answer.status).toBe(201);
  return answer.body as LeadBody;
}

const names = async (query: string): Promise<string[]> => ((await api('GET', `/leads${query}`)).body as ListBody).data.map((lead) => lead.name);

describe('POST /leads validation (§8.6, §5.1)', () => {
  it('answers Laravel’s 422 with every error and the "(and N more errors)" summary', async () => {
    const answer = await api('POST', '/leads', {
      name: 'x'.repeat(256),
      email: 'not-an-email',
      value: -1,
      tags: 'vip',
      pipeline_id: 1,
      stage_id: 11,
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      message: 'The name field must not be greater than 255 characters. (and 4 more errors)',
      errors: {
        name: ['The name field must not be greater than 255 characters.'],
        stage_id: ['The selected stage id is invalid.'],
        email: ['The email field must be a valid email address.'],
        value: ['The value field must be at least 0.'],
        tags: ['The tags field must be an array.'],
      },
    });
  });

  it('requires name and pipeline id, checks each tag, and reads an unparseable body as empty', async () => {
    const tags = await api('POST', '/leads', { ...maria, tags: ['ok', 7] });
    expect(tags.body).toEqual({ message: 'The tags.1 field must be a string.', errors: { 'tags.1': ['The tags.1 field must be a string.'] } });
    const blank = await api('POST', '/leads', { name: '   ', stage_id: 5 });
    expect(blank.body).toMatchObject({ errors: { name: ['The name field is required.'], pipeline_id: ['The pipeline id field is required.'] } });
    const garbage = await api('POST', '/leads', '{"name": "Maria",');
    expect(garbage.status).toBe(422);
    expect(garbage.body).toMatchObject({ message: 'The name field is required. (and 2 more errors)' });
    expect(mock.leads).toHaveLength(0);
  });

  it('enforces required custom fields only behind the switch', async () => {
    await createLead(maria);
    mock.enforceRequiredCustomFields = true;
    const answer = await api('POST', '/leads', maria);
    expect(answer.body).toEqual({
      message: 'The custom fields.origem detalhe field is required.',
      errors: { 'custom_fields.origem_detalhe': ['The custom fields.origem detalhe field is required.'] },
    });
  });

  it('answers the plan cap as a business-rule 422', async () => {
    mock.setLeadLimit(1);
    await createLead(maria);
    const answer = await api('POST', '/leads', maria);
    expect(answer).toMatchObject({ status: 422, body: { success: false, message: 'Limite de leads do plano atingido.', limit_reached: true } });
  });
});

describe('creating and reading leads (§7.1, §8.6, §8.8)', () => {
  it('returns the full Lead, ids from 901, and finds it again by id', async () => {
    const created = await createLead({ ...maria, company: 'Padaria Sol', value: '1200.50', tags: ['whatsapp', 'whatsapp'], assigned_to: 1 });
    expect(created).toEqual({
      success: true,
      lead: {
        id: 901,
        name: 'Maria Souza',
        phone: '+5521998765432',
        email: 'maria@example.com',
        company: 'Padaria Sol',
        birthday: null,
        value: 1200.5,
        source: null,
        tags: ['whatsapp'],
        pipeline_id: 1,
        stage_id: 5,
        notes: null,
        utm_source: null,
        utm_medium: null,
        utm_campaign: null,
        utm_term: null,
        utm_content: null,
        stage: { id: 5, name: 'Novo' },
        pipeline: { id: 1, name: 'Vendas' },
        created_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/),
        custom_fields: {},
        assigned_to: 1,
      },
    });
    expect((await createLead(maria)).lead.id).toBe(902);
    expect((await api('GET', '/leads/901')).body).toEqual(created);
    expect((await api('GET', '/leads/901?include=owner')).body).toMatchObject({ lead: { owner: { id: 1, email: expect.any(String) } } });
    expect(await api('GET', '/leads/999')).toMatchObject({ status: 404, body: { message: 'No query results for model [App\\Models\\Lead] 999' } });
  });

  it('coerces custom fields per type and silently drops unknown or inactive names (§7.4)', async () => {
    const { lead } = await createLead({
      ...maria,
      custom_fields: {
        segmento: 'Varejo',
        origem_detalhe: 42,
        aceita_whatsapp: 'true',
        funcionarios: '12',
        ticket_medio: 99.9,
        data_contato: '2026-07-01T15:30:00Z',
        interesses: 'Suporte',
        inexistente: 'x',
        codigo_legado: 'y',
      },
    });
    expect(lead.custom_fields).toEqual({
      segmento: 'Varejo',
      origem_detalhe: '42',
      aceita_whatsapp: true,
      funcionarios: 12,
      ticket_medio: 99.9,
      data_contato: '2026-07-01',
      interesses: ['Suporte'],
    });
  });
});

describe('GET /leads (§8.5, §4)', () => {
  beforeEach(async () => {
    await createLead({ ...maria, tags: ['vip'] });
    await createLead({ name: 'João Lima', phone: '+55 (11) 3333-4444', email: 'JOAO@Loja.com', pipeline_id: 2, stage_id: 11, tags: ['whatsapp'], source: 'site' });
    await createLead({ name: 'Ana Maria', pipeline_id: 1, stage_id: 6 });
  });

  it('searches q over name, e-mail (case-insensitive) and phone (raw or digits)', async () => {
    expect(await names('?q=maria')).toEqual(['Ana Maria', 'Maria Souza']);
    expect(await names('?q=joao@loja.com')).toEqual(['João Lima']);
    expect(await names('?q=21998765432')).toEqual(['Maria Souza']);
    expect(await names('?q=Maria 9')).toEqual([]); // not phone-like: its digit is not matched against phones
    expect(await names('?q=1133334444')).toEqual(['João Lima']);
    expect(await names('?q=(11) 3333')).toEqual(['João Lima']);
  });

  it('filters by pipeline, stage, source and tags in both encodings (any-of)', async () => {
    expect(await names('?pipeline_id=1')).toEqual(['Ana Maria', 'Maria Souza']);
    expect(await names('?stage_id=11')).toEqual(['João Lima']);
    expect(await names('?source=site')).toEqual(['João Lima']);
    expect(await names('?tags[]=vip&tags[]=whatsapp')).toEqual(['João Lima', 'Maria Souza']);
    expect(await names('?tags=vip,nothing')).toEqual(['Maria Souza']);
    expect(await names(`?updated_since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    expect(await names('?created_from=2000-01-01&created_to=2999-12-31')).toHaveLength(3);
  });

  it('paginates with the exact meta and clamps per_page to 200', async () => {
    const first = (await api('GET', '/leads?per_page=2')).body as ListBody;
    expect(first.meta).toEqual({ total: 3, per_page: 2, current_page: 1, last_page: 2, has_more: true });
    const past = (await api('GET', '/leads?per_page=2&page=5')).body as ListBody;
    expect(past).toMatchObject({ data: [], meta: { total: 3, current_page: 5, last_page: 2, has_more: false } });
    expect(((await api('GET', '/leads?per_page=500')).body as ListBody).meta.per_page).toBe(200);
    expect(((await api('GET', '/leads?q=nobody')).body as ListBody).meta).toEqual({ total: 0, per_page: 50, current_page: 1, last_page: 1, has_more: false });
    const bad = await api('GET', '/leads?page=two');
    expect(bad).toMatchObject({ status: 422, body: { message: 'The page field must be an integer.', errors: { page: ['The page field must be an integer.'] } } });
  });
});

describe('changing leads (§8.9–§8.13)', () => {
  it('updates with PUT, re-validating the stage against the pipeline', async () => {
    await createLead({ ...maria, custom_fields: { segmento: 'Varejo' } });
    const moved = await api('PUT', '/leads/901', { pipeline_id: 2 });
    expect(moved.body).toMatchObject({ errors: { stage_id: ['The selected stage id is invalid.'] } });
    const updated = await api('PUT', '/leads/901', { notes: 'VIP', custom_fields: { funcionarios: 3 } });
    expect(updated.body).toMatchObject({ success: true, lead: { notes: 'VIP', name: 'Maria Souza', custom_fields: { segmento: 'Varejo', funcionarios: 3 } } });
  });

  it('moves, wins and loses a lead, and honours the blocked switch', async () => {
    await createLead(maria);
    expect((await api('PUT', '/leads/901/stage', { stage_id: 6, pipeline_id: 1 })).body).toEqual({ success: true, lead_id: 901 });
    expect(mock.leads[0]?.stage).toEqual({ id: 6, name: 'Qualificado' });
    expect((await api('PUT', '/leads/901/won', { stage_id: 6 })).body).toEqual({ message: 'A etapa informada não é uma etapa de ganho.' });
    expect((await api('PUT', '/leads/901/lost', { stage_id: 9 })).body).toEqual({ message: 'A etapa informada não é uma etapa de perda.' });
    expect((await api('PUT', '/leads/901/won', { stage_id: 9, value: 5000 })).body).toEqual({ success: true, lead_id: 901 });
    expect(mock.leads[0]).toMatchObject({ value: 5000, stage_id: 9 });
    await api('POST', '/tasks', { subject: 'Call the customer', type: 'call', due_date: '2026-07-01', lead_id: 901 });
    mock.setBlocked(true);
    const blocked = await api('PUT', '/leads/901/lost', { stage_id: 10, reason_id: 1 });
    expect(blocked).toMatchObject({
      status: 422,
      body: { success: false, blocked: true, message: 'Complete mandatory tasks before marking as lost.', pending_tasks: [{ id: 1, subject: 'Call the customer', type: 'call' }] },
    });
  });

  it('deletes a lead', async () => {
    await createLead(maria);
    expect((await api('DELETE', '/leads/901')).body).toEqual({ success: true });
    expect((await api('GET', '/leads/901')).status).toBe(404);
  });
});

describe('routes behind options', () => {
  it('has no upsert by default and no update when enableUpdate is false', async () => {
    expect((await api('POST', '/leads/upsert', maria)).status).toBe(404);
    const bare = await startSyncroMock({ enableUpdate: false });
    try {
      const answer = await client(bare.baseUrl, { 'X-API-Key': DEMO_KEYS.syncro })('PUT', '/leads/901', {});
      expect(answer.status).toBe(405);
    } finally {
      await bare.close();
    }
  });

  it('upserts by phone digits when enabled [A]', async () => {
    const upserting = await startSyncroMock({ enableUpsert: true });
    try {
      const call = client(upserting.baseUrl, { 'X-API-Key': DEMO_KEYS.syncro });
      expect(await call('POST', '/leads/upsert', maria)).toMatchObject({ status: 201, body: { created: true, lead: { id: 901 } } });
      const again = await call('POST', '/leads/upsert', { ...maria, phone: '+55 21 99876-5432', notes: 'again' });
      expect(again).toMatchObject({ status: 200, body: { created: false, lead: { id: 901, notes: 'again' } } });
      expect(upserting.leads).toHaveLength(1);
    } finally {
      await upserting.close();
    }
  });
});
