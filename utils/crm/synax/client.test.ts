import { describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSynaxMock } from '@/tests/mock-crm';
import { useMock } from '@/tests/mock-crm/vitest';
import type { RecordDraft } from '../provider';
import { createSynaxProvider } from './client';

const mock = useMock(startSynaxMock);

const provider = (apiKey = DEMO_KEYS.synax) => createSynaxProvider({ apiKey, baseUrl: mock.baseUrl });

const draft: RecordDraft = {
  contact: { name: 'João Lima', phones: ['+5511987654321'], email: 'joao@example.com', company: 'Lima & Filhos', notes: 'Met at the fair', tags: ['feira'], source: 'extension' },
  synax: { temperature: 'hot', customFields: { cargo: 'Compras' } },
};

describe('Synax test connection', () => {
  it('accepts a read+write key without creating anything', async () => {
    expect(await provider().testConnection()).toEqual({ ok: true, data: { crm: 'synax', accountName: null, plan: null, missingScopes: [] } });
    expect(mock.contacts).toHaveLength(0);
    expect(mock.requests.every((request) => request.headers.authorization === `Bearer ${DEMO_KEYS.synax}`)).toBe(true);
  });

  it('spots a read-only key', async () => {
    const result = await provider(DEMO_KEYS.synaxReadOnly).testConnection();
    expect(result.ok && result.data.missingScopes).toEqual([{ scope: 'write', blocks: 'save' }]);
  });

  it('maps a wrong key', async () => {
    expect(await provider('sk_live_nobody12345').testConnection()).toEqual({ ok: false, error: { code: 'auth', crm: 'synax', reason: 'invalid' } });
  });
});

describe('Synax contacts', () => {
  it('creates a contact with phone, temperature, and company/notes kept in custom fields', async () => {
    const result = await provider().createRecord(draft);
    const request = mock.requests.find((r) => r.method === 'POST');
    expect(request?.body).toEqual({
      phone: '+5511987654321',
      name: 'João Lima',
      email: 'joao@example.com',
      temperature: 'hot',
      tags: ['feira'],
      source: 'extension',
      custom_fields: { cargo: 'Compras', empresa: 'Lima & Filhos', notas: 'Met at the fair' },
    });
    const contact = mock.contacts[0]!;
    expect(result).toEqual({ ok: true, data: expect.objectContaining({ crm: 'synax', id: contact.id, phone: '+5511987654321' }) });
  });

  it('needs a phone before sending anything', async () => {
    const result = await provider().createRecord({ ...draft, contact: { ...draft.contact, phones: [] } });
    expect(!result.ok && result.error).toMatchObject({ code: 'validation', fields: { phone: ['required'] } });
    expect(mock.requests).toHaveLength(0);
  });

  it('maps a read-only key on create to the missing write scope', async () => {
    expect(await provider(DEMO_KEYS.synaxReadOnly).createRecord(draft)).toEqual({ ok: false, error: { code: 'missing_scope', crm: 'synax', scope: 'write' } });
  });

  it('finds duplicates by either phone form and by e-mail, then updates one', async () => {
    await provider().createRecord({ ...draft, contact: { ...draft.contact, phones: ['+551187654321'] } });
    const found = await provider().findDuplicates({ phones: ['+5511987654321'], email: null });
    expect(found.ok && found.data).toHaveLength(1);
    const byEmail = await provider().findDuplicates({ phones: [], email: 'JOAO@example.com' });
    expect(byEmail.ok && byEmail.data).toHaveLength(1);
    const id = found.ok ? found.data[0]!.id : '';
    const updated = await provider().updateRecord(id, { ...draft, contact: { ...draft.contact, name: 'João P. Lima' } });
    expect(updated.ok && updated.data.name).toBe('João P. Lima');
    expect(mock.requests.at(-1)).toMatchObject({ method: 'PATCH', body: expect.objectContaining({ phone: '+5511987654321' }) });
  });

  it('updates a contact without losing its phone or notes: the WhatsApp number goes into custom_fields.notas (synax.md §9.2, §9.3)', async () => {
    const created = await provider().createRecord({ ...draft, contact: { ...draft.contact, phones: ['+552133334444'] } });
    const id = created.ok ? created.data.id : '';
    const updated = await provider().updateRecord(id, { ...draft, contact: { ...draft.contact, notes: 'Pediu catálogo' } });
    expect(updated.ok && updated.data.changes).toEqual(['phone_added', 'notes_added']);
    expect(mock.contacts[0]).toMatchObject({
      phone: '+552133334444',
      custom_fields: { cargo: 'Compras', empresa: 'Lima & Filhos', notas: 'Met at the fair\n\nPediu catálogo\n\nTel.: +5511987654321' },
    });
  });

  it('maps 429 with Retry-After and a 400 naming the field', async () => {
    mock.inject({ fault: { kind: 'status', status: 429, body: { message: 'Rate limit exceeded', retryAfter: 30 }, headers: { 'Retry-After': '30' } }, times: 1 });
    expect(await provider().createRecord(draft)).toEqual({ ok: false, error: { code: 'rate_limited', crm: 'synax', retryAfterSeconds: 30 } });
    const bad = await provider().createRecord({ ...draft, contact: { ...draft.contact, email: 'not-an-email' } });
    expect(!bad.ok && bad.error).toMatchObject({ code: 'validation' });
  });
});
