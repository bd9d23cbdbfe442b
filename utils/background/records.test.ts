import 'fake-indexeddb/auto'; // these tests read and write API keys
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CrmError, Result } from '../crm/errors';
import type { CrmProvider, RecordDraft, SavedRecord } from '../crm/provider';
import { recordSettled } from '../outbox/bookkeeping';
import { createOutbox } from '../outbox/runner';
import { toView } from '../outbox/schema';
import type { NewDelivery } from '../outbox/transitions';
import { readDraft, readRemembered, writeDraft, type FormDraft } from '../storage/drafts';
import { readHistory } from '../storage/history';
import { popupContext, saveFollowUp, saveRecord } from './records';

beforeEach(() => fakeBrowser.reset());

const draft: RecordDraft = {
  contact: { name: 'Maria', phones: ['+5511987654321'], email: null, company: null, notes: null, tags: [], source: null },
  syncro: { pipelineId: 1, stageId: 6, value: null, customFields: {} },
};
const request = (patch: Partial<NewDelivery> = {}): NewDelivery => ({
  crm: 'syncro',
  draft,
  mode: { kind: 'create' },
  destination: 'both',
  page: { url: 'https://example.com/', title: 'Example' },
  draftKey: 'tab-3',
  deliveryId: crypto.randomUUID(),
  existingIds: [],
  checkDuplicates: false,
  ...patch,
});
const record = (crm: 'syncro' | 'synax', id: string): SavedRecord => ({ crm, id, name: 'Maria', phone: '+5511987654321', email: null, url: `https://crm/${id}` });
const formDraft: FormDraft = {
  page: { url: '', title: '' },
  contactIndex: 0,
  name: 'Maria',
  phones: [''],
  email: '',
  company: '',
  notes: '',
  tags: '',
  source: '',
  destination: 'both',
  syncro: { pipelineId: 1, stageId: 6, value: '', custom: {} },
  synax: { temperature: null, custom: [] },
  saved: {},
};

function provider(create: () => Promise<Result<SavedRecord>>): CrmProvider {
  return {
    crm: 'syncro',
    testConnection: vi.fn(),
    findDuplicates: vi.fn(async () => ({ ok: true as const, data: [] })),
    createRecord: vi.fn(create),
    updateRecord: vi.fn(create),
  };
}
const outboxWith = (crmProvider: CrmProvider) => createOutbox({ provider: async () => crmProvider, onSettled: recordSettled });

const callMaria = {
  kind: 'task' as const,
  task: { type: 'call' as const, subject: 'Ligar para Maria', dueDate: '2026-12-07', dueTime: null, priority: null, assigneeId: null, notes: null },
};

/** A Syncro provider whose records are `saved`, and whose task for a lead is created once (task `taskId`, linked to `leadId`). */
function syncroWithTasks(saved: SavedRecord, taskId: string, leadId: string) {
  const crm = provider(async () => ({ ok: true, data: saved }));
  const task = { crm: 'syncro' as const, kind: 'task' as const, id: taskId, title: 'Ligar para Maria', url: `https://crm/leads/${leadId}` };
  crm.createFollowUp = vi.fn(async () => ({ ok: true as const, data: task }));
  crm.findFollowUp = vi.fn(async () => ({ ok: true as const, data: null }));
  return crm;
}

describe('saveRecord', () => {
  it('answers with the delivered record, writes the history line, remembers the choices and marks the draft', async () => {
    await writeDraft('tab-3', formDraft);
    const outbox = outboxWith(provider(async () => ({ ok: true, data: record('syncro', '901') })));
    const reply = await saveRecord(request(), outbox, 1_000);
    expect(reply).toMatchObject({ ok: true, data: { state: 'delivered', record: record('syncro', '901'), attempts: 1, via: 'created' } });
    expect(await readHistory()).toEqual([
      expect.objectContaining({
        crm: 'syncro',
        destination: 'both',
        action: 'create',
        status: 'saved',
        name: 'Maria',
        record: { id: '901', url: 'https://crm/901' },
        error: null,
        attempts: 1,
      }),
    ]);
    expect(await readRemembered()).toMatchObject({ destination: 'both', syncroPipelineId: 1, syncroStageId: 6 });
    expect((await readDraft('tab-3'))?.saved).toEqual({ syncro: record('syncro', '901') });

    // The second destination completes the draft: it is removed.
    const synax = outboxWith(provider(async () => ({ ok: true, data: record('synax', 'abc') })));
    await saveRecord(request({ crm: 'synax', draft: { contact: draft.contact, synax: { temperature: 'hot', customFields: {} } } }), synax, 1_000);
    expect(await readDraft('tab-3')).toBeNull();
    expect(await readRemembered()).toMatchObject({ synaxTemperature: 'hot' });
  });

  it('a follow-up task is its own delivery: created after the lead, with its own history line and link', async () => {
    const crm = syncroWithTasks(record('syncro', '901'), '7', '901');
    const outbox = outboxWith(crm);
    const action = callMaria;
    const followUpId = crypto.randomUUID();
    await saveRecord({ ...request(), followUp: { deliveryId: followUpId, action } }, outbox, 1_000);
    await vi.waitFor(async () => expect((await outbox.entries()).find((entry) => entry.id === followUpId)?.state).toBe('delivered'));
    expect(crm.createFollowUp).toHaveBeenCalledWith('901', action);
    const lines = await readHistory();
    expect(lines.find((line) => line.id === followUpId)).toMatchObject({
      status: 'saved',
      name: 'Maria',
      record: { id: '901' },
      followUp: { kind: 'task', title: 'Ligar para Maria', url: 'https://crm/leads/901' },
    });
    expect(lines.find((line) => line.id !== followUpId)?.followUp).toBeNull();
  });

  it('a follow-up alone goes to a record the CRM already has, which is left as it is', async () => {
    const crm = syncroWithTasks(record('syncro', 'never'), '8', '55');
    const existing = record('syncro', '55');
    const outbox = outboxWith(crm);
    const action = callMaria;
    const followUpId = crypto.randomUUID();
    const job = {
      crm: 'syncro' as const,
      draft,
      mode: { kind: 'update' as const, id: '55' },
      destination: 'both' as const,
      page: { url: 'https://example.com/', title: 'Example' },
    };
    const reply = await saveFollowUp({ ...job, draftKey: null, record: existing, followUp: { deliveryId: followUpId, action } }, outbox);
    expect(reply.ok).toBe(true);
    await vi.waitFor(async () => expect((await outbox.entries()).find((entry) => entry.id === followUpId)?.state).toBe('delivered'));
    expect(crm.createFollowUp).toHaveBeenCalledWith('55', action);
    expect(crm.createRecord).not.toHaveBeenCalled();
    expect(crm.updateRecord).not.toHaveBeenCalled();
    expect(await readHistory()).toEqual([
      expect.objectContaining({ id: followUpId, record: { id: '55', url: 'https://crm/55' }, followUp: expect.objectContaining({ kind: 'task' }) }),
    ]);
  });

  it('a refusal comes back as "needs attention", keeps the draft, and adds no history line yet', async () => {
    await writeDraft('tab-3', formDraft);
    const error: CrmError = { code: 'missing_scope', crm: 'syncro', scope: 'leads:write' };
    const reply = await saveRecord(request(), outboxWith(provider(async () => ({ ok: false, error }))), 1_000);
    expect(reply).toMatchObject({ ok: true, data: { state: 'needs_attention', lastError: error, reason: 'rejected' } });
    expect(await readHistory()).toEqual([]);
    expect((await readDraft('tab-3'))?.saved).toEqual({});
  });

  it('a CRM that does not answer in time leaves the save queued in storage, and says so', async () => {
    let answer: (result: Result<SavedRecord>) => void = () => undefined;
    const outbox = outboxWith(provider(() => new Promise((resolve) => (answer = resolve))));
    const reply = await saveRecord(request(), outbox, 50);
    expect(reply).toMatchObject({ ok: true, data: { state: 'sending', attempts: 1 } });
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('outbox/'))).toHaveLength(1);
    answer({ ok: true, data: record('syncro', '902') });
    await vi.waitFor(async () => expect(await readHistory()).toHaveLength(1));
  });

  it('the number on its way to a record (issue 19): a second request to add it gets that delivery, and the CRM one update', async () => {
    let answer: (result: Result<SavedRecord>) => void = () => undefined;
    const crm = provider(() => new Promise((resolve) => (answer = resolve)));
    const outbox = outboxWith(crm);
    const addPhone = () => request({ mode: { kind: 'update', id: '31', only: 'phone' }, destination: 'syncro', draftKey: null, lid: '203040506070811@lid' });
    const first = await saveRecord(addPhone(), outbox, 50);
    const second = await saveRecord(addPhone(), outbox, 50);
    expect(second).toEqual({ ok: true, data: expect.objectContaining({ id: first.ok && first.data.id, action: 'update', state: 'sending' }) });
    answer({ ok: true, data: record('syncro', '31') });
    await vi.waitFor(async () => expect(await readHistory()).toHaveLength(1));
    expect(crm.updateRecord).toHaveBeenCalledTimes(1);
    expect(await outbox.entries()).toHaveLength(1);
    // Another record's number is its own update.
    await saveRecord({ ...addPhone(), mode: { kind: 'update', id: '32', only: 'phone' } }, outbox, 0);
    expect(await outbox.entries()).toHaveLength(2);
  });
});

describe('popupContext', () => {
  it('hands a restored draft its saves still in the outbox, so the popup never sends them twice', async () => {
    await writeDraft('tab-3', formDraft);
    const outbox = outboxWith(provider(async () => ({ ok: false, error: { code: 'server', crm: 'syncro', status: 503 } })));
    const saved = await saveRecord(request(), outbox, 1_000);
    expect(saved.ok && saved.data.state).toBe('retrying');
    const context = await popupContext('tab-3', outbox);
    expect(context.deliveries.map((delivery) => delivery.id)).toEqual([saved.ok && saved.data.id]);
    expect(context.deliveries[0]).toEqual(toView((await outbox.entries())[0]!));
    expect((await popupContext('tab-4', outbox)).deliveries).toEqual([]);
  });
});
