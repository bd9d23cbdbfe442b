import { describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSyncroMock } from '@/tests/mock-crm';
import { useMock } from '@/tests/mock-crm/vitest';
import type { FollowUpTask } from '../provider';
import { createSyncroProvider } from './client';

// The Syncro adapter's follow-up calls (syncro.md §8.2, §8.16–§8.17) against the mock.

const mock = useMock(startSyncroMock);

const provider = (apiKey = DEMO_KEYS.syncro) => createSyncroProvider({ apiKey, baseUrl: mock.baseUrl });

const call: FollowUpTask = {
  type: 'call',
  subject: 'Ligar para Maria Souza',
  dueDate: '2026-12-07',
  dueTime: '14:30',
  priority: 'high',
  assigneeId: 2,
  notes: 'Pediu orçamento',
};

async function createLead(name = 'Maria Souza'): Promise<string> {
  const saved = await provider().createRecord({
    contact: { name, phones: ['+5521998765432'], email: null, company: null, notes: null, tags: [], source: null },
    syncro: { pipelineId: 1, stageId: 5, value: null, customFields: {} },
  });
  if (!saved.ok) throw new Error(JSON.stringify(saved.error));
  return saved.data.id;
}

describe('Syncro users', () => {
  it('lists who a task can be assigned to', async () => {
    const users = await provider().listUsers();
    expect(users).toEqual({
      ok: true,
      data: [
        { id: 1, name: 'Ana Lima', email: 'ana@lojademo.example', role: 'admin' },
        { id: 2, name: 'Bruno Costa', email: 'bruno@lojademo.example', role: 'manager' },
      ],
    });
  });

  it('maps a key without users:read', async () => {
    mock.addKey({ key: 'crm_nousers12345678', scopes: ['tasks:write'] });
    expect(await provider('crm_nousers12345678').listUsers()).toEqual({ ok: false, error: { code: 'missing_scope', crm: 'syncro', scope: 'users:read' } });
  });
});

describe('Syncro follow-up tasks', () => {
  it('creates the task on the lead with the documented body and links to the lead', async () => {
    const leadId = await createLead();
    const result = await provider().createTask(leadId, call);
    const sent = mock.requests.find((request) => request.method === 'POST' && request.path === '/tasks');
    expect(sent?.body).toEqual({
      subject: 'Ligar para Maria Souza',
      type: 'call',
      due_date: '2026-12-07',
      due_time: '14:30',
      priority: 'high',
      lead_id: Number(leadId),
      assigned_to: 2,
      notes: 'Pediu orçamento',
    });
    expect(mock.tasks).toHaveLength(1);
    expect(result).toEqual({
      ok: true,
      data: { crm: 'syncro', kind: 'task', id: String(mock.tasks[0]?.id), title: 'Ligar para Maria Souza', url: `${mock.origin}/leads/${leadId}` },
    });
  });

  it('leaves out what the rep left empty', async () => {
    const leadId = await createLead();
    await provider().createTask(leadId, { ...call, subject: '  Visitar a loja ', type: 'visit', dueTime: null, priority: null, assigneeId: null, notes: '' });
    expect(mock.requests.at(-1)?.body).toEqual({ subject: 'Visitar a loja', type: 'visit', due_date: '2026-12-07', lead_id: Number(leadId) });
    expect(mock.tasks[0]).toMatchObject({ priority: 'medium', due_time: null, assigned_to: null });
  });

  it('maps a lead the CRM does not know to the form’s fields, and never sends a lead id that is not one', async () => {
    const missing = await provider().createTask('424242', call);
    expect(missing).toEqual({
      ok: false,
      error: { code: 'validation', crm: 'syncro', message: 'The selected lead id is invalid.', fields: { lead: ['The selected lead id is invalid.'] } },
    });
    const leadId = await createLead();
    const badDate = await provider().createTask(leadId, { ...call, dueDate: '2026-02-30' });
    expect(!badDate.ok && badDate.error).toMatchObject({ code: 'validation', fields: { dueDate: ['The due date field must match the format Y-m-d.'] } });
    const requests = mock.requests.length;
    expect(await provider().createTask('abc', call)).toEqual({ ok: false, error: { code: 'not_found', crm: 'syncro' } });
    expect(mock.requests).toHaveLength(requests);
  });

  it('maps a key without tasks:write, and a 429 with its wait', async () => {
    const leadId = await createLead();
    expect(await provider(DEMO_KEYS.syncroReadOnly).createTask(leadId, call)).toEqual({ ok: false, error: { code: 'missing_scope', crm: 'syncro', scope: 'tasks:write' } });
    mock.inject({ fault: { kind: 'status', status: 429 }, times: 1, path: '/tasks' });
    expect(await provider().createTask(leadId, call)).toEqual({ ok: false, error: { code: 'rate_limited', crm: 'syncro', retryAfterSeconds: 1 } });
    expect(mock.tasks).toHaveLength(0);
  });

  it('lists tasks with the §8.16 filters', async () => {
    const maria = await createLead();
    const joao = await createLead('João Lima');
    await provider().createTask(maria, call);
    await provider().createTask(joao, { ...call, type: 'meeting', subject: 'Reunião com João Lima', dueDate: '2026-12-10' });
    const page = await provider().listTasks({ leadId: Number(joao), type: 'meeting', dueFrom: '2026-12-08', perPage: 10 });
    expect(page).toEqual({
      ok: true,
      data: {
        tasks: [{ id: 2, subject: 'Reunião com João Lima', type: 'meeting', status: 'pending', priority: 'high', due_date: '2026-12-10', lead_id: Number(joao) }],
        total: 1,
        hasMore: false,
      },
    });
    expect(mock.requests.at(-1)?.query).toEqual({ lead_id: joao, type: 'meeting', due_from: '2026-12-08', per_page: '10' });
  });

  it('finds a task whose 201 was lost, so it is not created twice', async () => {
    const leadId = await createLead();
    expect(await provider().findTask(leadId, call)).toEqual({ ok: true, data: null });
    mock.inject({ fault: { kind: 'drop-after-commit' }, times: 1, path: '/tasks', method: 'POST' });
    const lost = await provider().createTask(leadId, call);
    expect(!lost.ok && lost.error.code).toBe('network');
    const found = await provider().findTask(leadId, { ...call, subject: ' Ligar para Maria Souza ' });
    expect(found).toEqual({ ok: true, data: { crm: 'syncro', kind: 'task', id: '1', title: 'Ligar para Maria Souza', url: `${mock.origin}/leads/${leadId}` } });
    expect(await provider().findTask(leadId, { ...call, subject: 'Outra coisa' })).toEqual({ ok: true, data: null });
    expect(mock.tasks).toHaveLength(1);
  });

  it('does not trust a task lookup whose lead filter was ignored', async () => {
    const maria = await createLead();
    const joao = await createLead('João Lima');
    await provider().createTask(joao, call);
    mock.inject({ fault: { kind: 'ignore-filter' }, times: 1, path: '/tasks', method: 'GET' });
    expect(await provider().findTask(maria, call)).toEqual({ ok: false, error: { code: 'lookup_unreliable', crm: 'syncro' } });
  });

  it('creates and finds a follow-up task as the outbox asks; a deal is not Syncro’s and sends nothing', async () => {
    const leadId = await createLead();
    const created = await provider().createFollowUp(leadId, { kind: 'task', task: call });
    expect(created).toMatchObject({ ok: true, data: { kind: 'task', id: '1' } });
    expect(await provider().findFollowUp(leadId, { kind: 'task', task: call })).toEqual(created);
    const before = mock.requests.length;
    const deal = await provider().createFollowUp(leadId, { kind: 'deal', deal: { title: 'Proposta', value: null, stageId: 'x' } });
    expect(!deal.ok && deal.error.code).toBe('refused');
    expect(mock.requests).toHaveLength(before);
  });
});
