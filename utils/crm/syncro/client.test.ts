import { describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSyncroMock, SYNCRO_SCOPES } from '@/tests/mock-crm';
import { useMock } from '@/tests/mock-crm/vitest';
import type { RecordDraft } from '../provider';
import { createSyncroProvider } from './client';

const mock = useMock(startSyncroMock);

const provider = (apiKey = DEMO_KEYS.syncro, timeoutMs?: number) => createSyncroProvider({ apiKey, baseUrl: mock.baseUrl }, timeoutMs);

const draft: RecordDraft = {
  contact: {
    name: 'Maria Souza',
    phones: ['+5521998765432'],
    email: 'maria@example.com',
    company: 'Padaria Sol',
    notes: null,
    tags: ['whatsapp'],
    source: 'extension',
  },
  syncro: { pipelineId: 1, stageId: 5, value: 1200, customFields: { segmento: 'Varejo', aceita_whatsapp: true } },
};

describe('Syncro test connection', () => {
  it('names the account and finds no missing scope for a full key', async () => {
    const result = await provider().testConnection();
    expect(result).toEqual({ ok: true, data: { crm: 'syncro', accountName: 'Loja Demo', plan: 'scale', missingScopes: [] } });
    expect(mock.requests.every((request) => request.headers['x-api-key'] === DEMO_KEYS.syncro)).toBe(true);
    expect(mock.leads).toHaveLength(0);
  });

  it('reports each missing scope with what it blocks', async () => {
    mock.addKey({ key: 'crm_partial123456', scopes: ['pipelines:read', 'custom_fields:read'] });
    const result = await provider('crm_partial123456').testConnection();
    expect(result.ok && result.data.missingScopes).toEqual([
      { scope: 'users:read', blocks: 'account_name' },
      { scope: 'leads:read', blocks: 'find_duplicates' },
      { scope: 'leads:write', blocks: 'save' },
      { scope: 'tasks:write', blocks: 'follow_up_task' },
      { scope: 'users:read', blocks: 'assignees' },
    ]);
  });

  it('says when the key cannot create follow-up tasks, without creating one', async () => {
    mock.addKey({ key: 'crm_notasks12345678', scopes: SYNCRO_SCOPES.filter((scope) => scope !== 'tasks:write') });
    const result = await provider('crm_notasks12345678').testConnection();
    expect(result).toEqual({ ok: true, data: { crm: 'syncro', accountName: 'Loja Demo', plan: 'scale', missingScopes: [{ scope: 'tasks:write', blocks: 'follow_up_task' }] } });
    expect(mock.requests.find((request) => request.path === '/tasks')).toMatchObject({ method: 'POST', status: 403 });
    const full = await provider().testConnection();
    expect(full.ok && full.data.missingScopes).toEqual([]);
    expect(mock.requests.filter((request) => request.path === '/tasks').map((request) => request.status)).toEqual([403, 422]);
    expect(mock.tasks).toHaveLength(0);
  });

  it.each([
    ['crm_unknown12345678', {}, 'invalid'],
    ['crm_expired12345678', { expired: true }, 'expired'],
  ] as const)('maps a 401 for %s', async (key, flags, reason) => {
    mock.addKey({ key, scopes: ['users:read'], ...flags });
    if (reason === 'invalid') mock.removeKey(key);
    expect(await provider(key).testConnection()).toEqual({ ok: false, error: { code: 'auth', crm: 'syncro', reason } });
  });

  it('maps an inactive account', async () => {
    mock.addKey({ key: 'crm_inactive1234567', scopes: ['users:read'], accountInactive: true });
    expect(await provider('crm_inactive1234567').testConnection()).toEqual({ ok: false, error: { code: 'account_inactive', crm: 'syncro' } });
  });
});

describe('Syncro leads', () => {
  it('creates a lead with the documented body and returns a link to it', async () => {
    const result = await provider().createRecord(draft);
    expect(result.ok).toBe(true);
    const request = mock.requests.find((r) => r.method === 'POST' && r.path === '/leads');
    expect(request?.headers['content-type']).toContain('application/json');
    expect(request?.body).toEqual({
      name: 'Maria Souza',
      phone: '+5521998765432',
      email: 'maria@example.com',
      company: 'Padaria Sol',
      source: 'extension',
      tags: ['whatsapp'],
      pipeline_id: 1,
      stage_id: 5,
      value: 1200,
      custom_fields: { segmento: 'Varejo', aceita_whatsapp: true },
    });
    const lead = mock.leads[0]!;
    expect(result).toEqual({
      ok: true,
      data: { crm: 'syncro', id: String(lead.id), name: 'Maria Souza', phone: '+5521998765432', email: 'maria@example.com', url: `${mock.origin}/leads/${lead.id}` },
    });
  });

  it('maps field errors to our form fields', async () => {
    const result = await provider().createRecord({ ...draft, syncro: { ...draft.syncro!, stageId: 99999 } });
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.code === 'validation') expect(Object.keys(result.error.fields)).toContain('stage');
    else throw new Error(`expected a validation error, got ${JSON.stringify(result)}`);
  });

  it('asks for pipeline and stage before sending anything', async () => {
    const result = await provider().createRecord({ contact: draft.contact });
    expect(result).toEqual({ ok: false, error: { code: 'validation', crm: 'syncro', message: 'required', fields: { pipeline: ['required'], stage: ['required'] } } });
    expect(mock.requests).toHaveLength(0);
  });

  it('finds a duplicate stored without the 9th digit, and by e-mail in any case, but not by name', async () => {
    await provider().createRecord({ ...draft, contact: { ...draft.contact, phones: ['+552198765432'], email: 'Maria@Example.com' } });
    await provider().createRecord({ ...draft, contact: { ...draft.contact, name: 'Ana +5521998765432', phones: ['+5511987650000'], email: null } });
    const byPhone = await provider().findDuplicates({ phones: ['+5521998765432'], email: null });
    expect(byPhone.ok && byPhone.data.map((record) => record.phone)).toEqual(['+552198765432']);
    const byEmail = await provider().findDuplicates({ phones: [], email: 'maria@example.com' });
    expect(byEmail.ok && byEmail.data).toHaveLength(1);
  });

  it('adds a phone to a lead saved without one, sending nothing else (issue 19)', async () => {
    const created = await provider().createRecord({ ...draft, contact: { ...draft.contact, phones: [], notes: 'WhatsApp: @maria.lopez · wa-lid:203040506070811' } });
    const id = created.ok ? created.data.id : '';
    const before = mock.leads[0]!;
    // The form's other fields differ: none of them may reach the lead.
    const updated = await provider().updateRecord(id, { contact: { ...draft.contact, name: 'Someone else', notes: null, phones: ['+5511987650021'] } }, 'phone');
    expect(mock.requests.filter((r) => r.method === 'PUT').map((r) => [r.path, r.body])).toEqual([[`/leads/${id}`, { phone: '+5511987650021' }]]);
    expect(updated).toMatchObject({ ok: true, data: { id, name: 'Maria Souza', phone: '+5511987650021' } });
    expect(mock.leads[0]).toEqual({ ...before, phone: '+5511987650021', updated_at: expect.any(String) });
    // A lead that got a number in the CRM since keeps it: ours goes to its notes, nothing else is sent.
    await provider().updateRecord(id, { contact: { ...draft.contact, notes: null, phones: ['+5511900001111'] } }, 'phone');
    expect(mock.requests.filter((r) => r.method === 'PUT').at(-1)?.body).toEqual({
      phone: '+5511987650021',
      notes: 'WhatsApp: @maria.lopez · wa-lid:203040506070811\n\nTel.: +5511900001111',
    });
  });

  it('updates a lead without losing its phone, e-mail or notes: the new ones go into the notes (syncro.md §8.8, §8.9)', async () => {
    const created = await provider().createRecord({ ...draft, contact: { ...draft.contact, phones: ['+552133334444'], notes: 'Cliente desde 2024' } });
    const id = created.ok ? created.data.id : '';
    const updated = await provider().updateRecord(id, { ...draft, contact: { ...draft.contact, email: 'maria.souza@mail.example', notes: 'Quer orçamento' } });
    expect(updated.ok && updated.data.changes).toEqual(['phone_added', 'email_added', 'notes_added']);
    expect(mock.requests.slice(-2).map((request) => `${request.method} ${request.path}`)).toEqual([`GET /leads/${id}`, `PUT /leads/${id}`]);
    expect(mock.leads[0]).toMatchObject({
      phone: '+552133334444',
      email: 'maria@example.com',
      notes: 'Cliente desde 2024\n\nQuer orçamento\n\nTel.: +5521998765432\nE-mail: maria.souza@mail.example',
    });
  });

  it('the WhatsApp identity field: kept on update when the lead holds a value; a field Syncro dropped is named (issue 19, §7.4)', async () => {
    const identity: RecordDraft = {
      contact: { ...draft.contact, phones: [], notes: 'WhatsApp: @maria.lopez · wa-lid:203040506070811' },
      syncro: { pipelineId: 1, stageId: 5, value: null, customFields: { origem_detalhe: '@maria.lopez' }, identityField: 'origem_detalhe' },
    };
    const created = await provider().createRecord({ ...identity, syncro: { ...identity.syncro!, customFields: { origem_detalhe: 'Feira 2026' } } });
    expect(created.ok && created.data.ignoredFields).toBeUndefined();
    const updated = await provider().updateRecord(created.ok ? created.data.id : '', identity);
    expect(updated.ok && updated.data.ignoredFields).toBeUndefined();
    expect(mock.requests.at(-1)?.body).not.toHaveProperty('custom_fields');
    expect(mock.leads[0]?.custom_fields).toEqual({ origem_detalhe: 'Feira 2026' });

    // Deactivated in Syncro after the popup read the fields (the fixture is the file's: restored after).
    const field = mock.customFields.find((candidate) => candidate.name === 'origem_detalhe')!;
    field.is_active = false;
    try {
      const dropped = await provider().createRecord(identity);
      expect(dropped.ok && dropped.data.ignoredFields).toEqual(['origem_detalhe']);
      expect(mock.leads[1]).toMatchObject({ notes: 'WhatsApp: @maria.lopez · wa-lid:203040506070811', custom_fields: {} });
    } finally {
      field.is_active = true;
    }
  });

  it('lists active custom fields in order, and pipelines with stages', async () => {
    const fields = await provider().listCustomFields();
    expect(fields.ok && fields.data.every((field) => field.is_active)).toBe(true);
    expect(fields.ok && fields.data.map((field) => field.name)).toContain('segmento');
    const pipelines = await provider().listPipelines();
    expect(pipelines.ok && pipelines.data[0]?.stages.length).toBeGreaterThan(0);
  });
});

describe('Syncro failures', () => {
  it('honours Retry-After on 429', async () => {
    mock.inject({
      fault: { kind: 'status', status: 429, body: { message: 'Rate limit excedido para esta API Key.', retry_after: 35 }, headers: { 'Retry-After': '35' } },
      times: 1,
    });
    expect(await provider().listPipelines()).toEqual({ ok: false, error: { code: 'rate_limited', crm: 'syncro', retryAfterSeconds: 35 } });
  });

  it('maps the real rate limiter', async () => {
    mock.setRateLimit(2);
    await provider().listPipelines();
    await provider().listPipelines();
    const third = await provider().listPipelines();
    expect(!third.ok && third.error.code).toBe('rate_limited');
    mock.setRateLimit(60);
  });

  it('maps 5xx, dropped connections, timeouts and unreadable answers', async () => {
    mock.inject({ fault: { kind: 'status', status: 503 }, times: 1 });
    expect(await provider().listPipelines()).toEqual({ ok: false, error: { code: 'server', crm: 'syncro', status: 503 } });
    mock.inject({ fault: { kind: 'drop' }, times: 1 });
    expect(await provider().listPipelines()).toEqual({ ok: false, error: { code: 'network', crm: 'syncro', offline: false } });
    mock.inject({ fault: { kind: 'latency', ms: 400 }, times: 1 });
    expect(await provider(DEMO_KEYS.syncro, 100).listPipelines()).toEqual({ ok: false, error: { code: 'timeout', crm: 'syncro', afterMs: 100 } });
    mock.inject({ fault: { kind: 'status', status: 200, body: { success: true, pipelines: 'nope' } }, times: 1 });
    const unreadable = await provider().listPipelines();
    expect(!unreadable.ok && unreadable.error).toMatchObject({ code: 'unexpected', status: 200 });
  });
});
