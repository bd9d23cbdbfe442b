import { describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSynaxMock } from '@/tests/mock-crm';
import { useMock } from '@/tests/mock-crm/vitest';
import type { DealDraft } from '../provider';
import { createSynaxProvider } from './client';

// The Synax adapter's pipelines, stages and deals (synax.md §9.6–§9.7) against the mock.

const mock = useMock(startSynaxMock);

const provider = (apiKey = DEMO_KEYS.synax) => createSynaxProvider({ apiKey, baseUrl: mock.baseUrl });

async function createContact(): Promise<string> {
  const saved = await provider().createRecord({
    contact: { name: 'Maria Souza', phones: ['+5521998765432'], email: null, company: null, notes: null, tags: [], source: null },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return saved.data.id;
}

describe('Synax pipelines and stages', () => {
  it('lists pipelines, and stages in board order, all or of one pipeline', async () => {
    const pipelines = await provider().listPipelines();
    expect(pipelines.ok && pipelines.data.map((pipeline) => pipeline.name)).toEqual(['Funil de Vendas', 'Pós-venda']);
    const sales = pipelines.ok ? pipelines.data[0]!.id : '';
    const stages = await provider().listStages(sales);
    expect(stages.ok && stages.data.map((stage) => stage.name)).toEqual(['Novo lead', 'Qualificação', 'Proposta', 'Fechamento']);
    expect(mock.requests.at(-1)?.query).toEqual({ order: 'position.asc' });
    const all = await provider().listStages();
    expect(all.ok && all.data).toHaveLength(6);
  });

  it('orders stages itself when the gateway ignores `order`', async () => {
    mock.inject({ fault: { kind: 'ignore-filter' }, times: 1, path: '/stages' });
    const stages = await provider().listStages(mock.pipelines[0]!.id);
    expect(stages.ok && stages.data.map((stage) => stage.position)).toEqual([1, 2, 3, 4]);
  });

  it('maps an unreadable list', async () => {
    mock.inject({ fault: { kind: 'status', status: 200, body: { data: [{ id: 1 }] } }, times: 1, path: '/pipelines' });
    const result = await provider().listPipelines();
    expect(!result.ok && result.error).toMatchObject({ code: 'unexpected', crm: 'synax', status: 200 });
  });
});

describe('Synax deals', () => {
  const proposal = (): DealDraft => ({ title: ' Proposta — Maria ', value: 15000, stageId: mock.stages[0]!.id });

  it('creates the deal with the contact and stage, as in the guide’s example body', async () => {
    const contactId = await createContact();
    const deal = proposal();
    const result = await provider().createDeal(contactId, deal);
    expect(mock.requests.at(-1)).toMatchObject({ method: 'POST', path: '/deals', status: 201 });
    expect(mock.requests.at(-1)?.body).toEqual({ title: 'Proposta — Maria', value: 15000, contact_id: contactId, stage_id: deal.stageId });
    const stored = mock.deals[0]!;
    expect(stored).toMatchObject({ contact_id: contactId, stage_id: deal.stageId, pipeline_id: mock.stages[0]!.pipeline_id, status: 'open' });
    expect(result).toEqual({ ok: true, data: { crm: 'synax', kind: 'deal', id: stored.id, title: 'Proposta — Maria', url: `${mock.origin}/crm/deals/${stored.id}` } });
  });

  it('sends no value when there is none', async () => {
    const contactId = await createContact();
    await provider().createDeal(contactId, { ...proposal(), value: null });
    expect(mock.requests.at(-1)?.body).not.toHaveProperty('value');
    expect(mock.deals[0]?.value).toBeNull();
  });

  it('maps refusals to the form’s fields: an unknown stage, a contact that is gone, a read-only key', async () => {
    const contactId = await createContact();
    const badStage = await provider().createDeal(contactId, { ...proposal(), stageId: 'gone' });
    expect(badStage).toEqual({
      ok: false,
      error: { code: 'validation', crm: 'synax', message: 'stage_id does not match a stage', fields: { stage: ['stage_id does not match a stage'] } },
    });
    const badContact = await provider().createDeal('00000000-0000-4000-8000-000000000000', proposal());
    expect(!badContact.ok && badContact.error).toMatchObject({ code: 'validation', fields: { contact: ['contact_id does not match a contact'] } });
    expect(await provider(DEMO_KEYS.synaxReadOnly).createDeal(contactId, proposal())).toEqual({ ok: false, error: { code: 'missing_scope', crm: 'synax', scope: 'write' } });
    expect(mock.deals).toHaveLength(0);
  });

  it('maps a 502 to a server error the outbox retries', async () => {
    const contactId = await createContact();
    mock.inject({ fault: { kind: 'status', status: 502 }, times: 1, path: '/deals' });
    expect(await provider().createDeal(contactId, proposal())).toEqual({ ok: false, error: { code: 'server', crm: 'synax', status: 502 } });
  });

  it('finds a deal whose 201 was lost, by contact, title and stage, so it is not created twice', async () => {
    const contactId = await createContact();
    const other = await createContact();
    const deal = proposal();
    expect(await provider().findFollowUp(contactId, { kind: 'deal', deal })).toEqual({ ok: true, data: null });
    mock.inject({ fault: { kind: 'reply-after-commit', status: 502 }, times: 1, path: '/deals' });
    await provider().createFollowUp(contactId, { kind: 'deal', deal });
    await provider().createDeal(other, deal);
    const found = await provider().findFollowUp(contactId, { kind: 'deal', deal });
    expect(mock.requests.at(-1)?.query).toEqual({ contact_id: `eq.${contactId}`, order: 'created_at.desc', limit: '100' });
    expect(found).toEqual({ ok: true, data: expect.objectContaining({ kind: 'deal', id: mock.deals[0]!.id, title: 'Proposta — Maria' }) });
    mock.inject({ fault: { kind: 'ignore-filter' }, times: 1, path: '/deals' });
    expect(await provider().findDeal(contactId, deal)).toEqual({ ok: false, error: { code: 'lookup_unreliable', crm: 'synax' } });
  });
});
