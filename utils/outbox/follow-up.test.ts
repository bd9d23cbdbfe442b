import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CrmError, Result } from '../crm/errors';
import type { CrmProvider, FollowUpAction, SavedFollowUp, SavedRecord } from '../crm/provider';
import { newFollowUpEntry, waitsForParent, withParentRecord, type NewFollowUp } from './follow-up';
import { pruneIds, SETTLED_KEEP_MS } from './prune';
import { createOutbox } from './runner';
import { readEntry } from './store';
import { delivery, entry } from './testing';

beforeEach(() => fakeBrowser.reset());

const T0 = 1_700_000_000_000;
const lead: SavedRecord = { crm: 'syncro', id: '41', name: 'Maria Souza', phone: '+5511987654321', email: null, url: 'https://crm/leads/41' };
const call: FollowUpAction = {
  kind: 'task',
  task: { type: 'call', subject: 'Ligar para Maria Souza', dueDate: '2026-12-07', dueTime: '10:00', priority: 'high', assigneeId: 3, notes: null },
};
const task = (id: string): SavedFollowUp => ({ crm: 'syncro', kind: 'task', id, title: 'Ligar para Maria Souza', url: `https://crm/tasks/${id}` });
const server: CrmError = { code: 'server', crm: 'syncro', status: 503 };

/** A Syncro double: lead creates and task creates answer as scripted; it remembers the order of writes. */
function fakeSyncro(leads: Result<SavedRecord>[] = [], tasks: Result<SavedFollowUp>[] = []) {
  const writes: string[] = [];
  const heldTasks: { leadId: string; task: SavedFollowUp }[] = [];
  const provider: CrmProvider = {
    crm: 'syncro',
    testConnection: vi.fn(),
    findDuplicates: vi.fn(async () => ({ ok: true as const, data: [] })),
    createRecord: vi.fn(async () => {
      writes.push('lead');
      return leads.shift() ?? { ok: true as const, data: lead };
    }),
    updateRecord: vi.fn(async (id: string) => {
      writes.push(`update ${id}`);
      return { ok: true as const, data: { ...lead, id } };
    }),
    createFollowUp: vi.fn(async (leadId: string) => {
      writes.push(`task for ${leadId}`);
      const answer = tasks.shift() ?? { ok: true as const, data: task(String(heldTasks.length + 1)) };
      // A 5xx after the write: the task exists although the answer says otherwise.
      heldTasks.push({ leadId, task: answer.ok ? answer.data : task(String(heldTasks.length + 1)) });
      return answer;
    }),
    findFollowUp: vi.fn(async (leadId: string) => ({ ok: true as const, data: heldTasks.find((held) => held.leadId === leadId)?.task ?? null })),
  };
  return { provider, writes, heldTasks };
}

function setup(provider: CrmProvider) {
  let clock = T0;
  const outbox = createOutbox({ provider: async () => provider, now: () => clock, random: () => 0, schedule: vi.fn(), notify: vi.fn(async () => undefined) });
  return { outbox, advance: (ms: number) => (clock += ms) };
}

const followUp = (parent: ReturnType<typeof delivery>, patch: Partial<NewFollowUp> = {}): NewFollowUp => ({
  deliveryId: crypto.randomUUID(),
  job: parent,
  parentDeliveryId: parent.deliveryId,
  parentRecordId: null,
  action: call,
  ...patch,
});

describe('a follow-up delivery (pure)', () => {
  it('is a create of its own that does not touch the popup draft, and waits for an unsettled parent only', () => {
    const parent = entry({ job: { ...entry().job, mode: { kind: 'update', id: '41' }, draftKey: 'tab-1' } });
    const child = newFollowUpEntry(followUp({ ...delivery(), deliveryId: parent.id, mode: { kind: 'update', id: '41' }, draftKey: 'tab-1' }), T0);
    expect(child).toMatchObject({
      state: 'queued',
      job: { mode: { kind: 'create' }, draftKey: null },
      lookupFirst: false,
      followUp: { parentDeliveryId: parent.id, parentRecordId: null },
    });
    expect(waitsForParent(child, parent)).toBe(true);
    expect(waitsForParent(child, { ...parent, state: 'needs_attention' })).toBe(true);
    expect(waitsForParent(child, { ...parent, state: 'delivered', record: lead })).toBe(false);
    expect(withParentRecord(child, { ...parent, state: 'delivered', record: lead })).toMatchObject({ record: lead, followUp: { parentRecordId: '41' } });
    // Not delivered, or delivered without a link: nothing to attach it to yet.
    expect(withParentRecord(child, { ...parent, state: 'delivered', record: null })).toBe(child);
    expect(withParentRecord(child, parent)).toBe(child);
  });

  it('keeps the record a follow-up still waits for when pruning', () => {
    const parent = entry({ state: 'delivered', record: lead, settledAt: T0 });
    const child = { ...newFollowUpEntry(followUp({ ...delivery(), deliveryId: parent.id }), T0), state: 'retrying' as const };
    expect(pruneIds([parent, child], T0 + SETTLED_KEEP_MS + 1)).toEqual([]);
    expect(pruneIds([parent, { ...child, state: 'delivered' as const, settledAt: T0 }], T0 + SETTLED_KEEP_MS + 1).sort()).toEqual([parent.id, child.id].sort());
  });

  it('format 1 entries migrate to format 2 as records; a follow-up that does not read is set aside, never sent as a record', () => {
    const { followUp: none, created, ...v1 } = entry();
    expect(none).toBeNull();
    expect(created).toBeNull();
    const read = readEntry(JSON.parse(JSON.stringify({ ...v1, v: 1 })));
    expect(read).toMatchObject({ kind: 'ok', migrated: true, entry: { v: 2, followUp: null, created: null } });
    const child = newFollowUpEntry(followUp(delivery()), T0);
    expect(readEntry(JSON.parse(JSON.stringify(child)))).toMatchObject({ kind: 'ok', entry: { followUp: { action: call } } });
    expect(readEntry({ ...child, followUp: { ...child.followUp, action: { kind: 'task' } } })).toMatchObject({ kind: 'quarantine', reason: expect.stringMatching(/^followUp/) });
  });
});

describe('a follow-up in the outbox', () => {
  it('creates the task after its lead, with the new lead’s id, once', async () => {
    const { provider, writes } = fakeSyncro();
    const { outbox } = setup(provider);
    const parent = delivery();
    const child = followUp(parent);
    await outbox.saveFollowUp(child);
    await outbox.save(parent, 1_000);
    await outbox.drain();
    expect(writes).toEqual(['lead', 'task for 41']);
    const [stored] = (await outbox.entries()).filter((one) => one.id === child.deliveryId);
    expect(stored).toMatchObject({ state: 'delivered', via: 'created', record: lead, created: task('1'), followUp: { parentRecordId: '41' } });
    expect(provider.createFollowUp).toHaveBeenCalledWith('41', call);
    // Asked again (a repeated message): answered, not created again.
    expect(await outbox.saveFollowUp(child)).toMatchObject({ state: 'delivered' });
    await outbox.drain();
    expect(writes).toEqual(['lead', 'task for 41']);
  });

  it('for an update, goes to the lead being updated', async () => {
    const { provider, writes } = fakeSyncro();
    const { outbox } = setup(provider);
    const parent = delivery({ mode: { kind: 'update', id: '77' } });
    await outbox.saveFollowUp(followUp(parent));
    await outbox.save(parent, 1_000);
    await outbox.drain();
    expect(writes).toEqual(['update 77', 'task for 77']);
  });

  it('waits while its lead fails, and is created once, after the lead, when the lead lands', async () => {
    const { provider, writes } = fakeSyncro([{ ok: false, error: server }]);
    const { outbox, advance } = setup(provider);
    const parent = delivery();
    const child = followUp(parent);
    await outbox.saveFollowUp(child);
    expect(await outbox.save(parent, 1_000)).toMatchObject({ state: 'retrying' });
    await outbox.drain();
    expect(writes).toEqual(['lead']);
    expect((await outbox.entries()).find((one) => one.id === child.deliveryId)).toMatchObject({ state: 'queued', attempts: 0 });
    advance(60_000);
    await outbox.drain();
    expect(writes).toEqual(['lead', 'lead', 'task for 41']);
  });

  it('a task whose answer was lost is looked up before it is sent again: created once', async () => {
    const { provider, writes, heldTasks } = fakeSyncro([], [{ ok: false, error: server }]);
    const { outbox, advance } = setup(provider);
    const parent = delivery();
    const child = followUp(parent);
    await outbox.saveFollowUp(child);
    await outbox.save(parent, 1_000);
    await outbox.drain();
    expect((await outbox.entries()).find((one) => one.id === child.deliveryId)).toMatchObject({ state: 'retrying', lookupFirst: true });
    advance(60_000);
    await outbox.drain();
    expect(writes).toEqual(['lead', 'task for 41']);
    expect(heldTasks).toHaveLength(1);
    expect((await outbox.entries()).find((one) => one.id === child.deliveryId)).toMatchObject({ state: 'delivered', via: 'found', created: task('1') });
  });

  it('a refused task waits for the user; its lead stays delivered', async () => {
    const refusal: CrmError = { code: 'validation', crm: 'syncro', message: 'invalid', fields: { assigned_to: ['invalid'] } };
    const { provider } = fakeSyncro([], [{ ok: false, error: refusal }]);
    const { outbox } = setup(provider);
    const parent = delivery();
    const child = followUp(parent);
    await outbox.saveFollowUp(child);
    await outbox.save(parent, 1_000);
    await outbox.drain();
    const entries = await outbox.entries();
    expect(entries.find((one) => one.id === parent.deliveryId)).toMatchObject({ state: 'delivered' });
    expect(entries.find((one) => one.id === child.deliveryId)).toMatchObject({ state: 'needs_attention', lastError: refusal, attention: { reason: 'rejected' } });
  });

  it('discarding the lead discards its follow-ups (nothing to attach them to)', async () => {
    const refusal: CrmError = { code: 'validation', crm: 'syncro', message: 'invalid', fields: { name: ['required'] } };
    const { provider, writes } = fakeSyncro([{ ok: false, error: refusal }]);
    const { outbox } = setup(provider);
    const parent = delivery();
    const child = followUp(parent);
    await outbox.saveFollowUp(child);
    await outbox.save(parent, 1_000);
    expect(await outbox.discard(parent.deliveryId)).toMatchObject({ state: 'discarded' });
    expect((await outbox.entries()).find((one) => one.id === child.deliveryId)).toMatchObject({ state: 'discarded' });
    expect(writes).toEqual(['lead']);
  });

  it('goes straight to a record that already exists', async () => {
    const { provider, writes } = fakeSyncro();
    const { outbox } = setup(provider);
    await outbox.saveFollowUp(followUp(delivery(), { parentDeliveryId: null, parentRecordId: '12' }));
    await outbox.drain();
    expect(writes).toEqual(['task for 12']);
  });
});
