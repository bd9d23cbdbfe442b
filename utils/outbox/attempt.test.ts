import { describe, expect, it } from 'vitest';
import { DEMO_KEYS, type SynaxMock, type SyncroMock } from '@/tests/mock-crm';
import { useMockCrms } from '@/tests/mock-crm/vitest';
import { createSynaxProvider } from '../crm/synax/client';
import { createSyncroProvider } from '../crm/syncro/client';
import type { CrmProvider, SavedRecord } from '../crm/provider';
import { attemptDelivery, mayHaveArrived, pickOurs } from './attempt';
import type { OutboxEntry } from './schema';
import { entry, TEST_DRAFT } from './testing';
import { claim, settle } from './transitions';

const crms = useMockCrms();

const syncroProvider = (apiKey = DEMO_KEYS.syncro) => createSyncroProvider({ apiKey, baseUrl: crms.syncro.baseUrl });
const synaxProvider = () => createSynaxProvider({ apiKey: DEMO_KEYS.synax, baseUrl: crms.synax.baseUrl });
const requests = (mock: SyncroMock | SynaxMock) => mock.requests.map((request) => `${request.method} ${request.path} ${request.status}`);

/** One attempt as the runner makes it: claimed (written) first, then settled with the outcome. */
async function attemptAs(current: OutboxEntry, provider: CrmProvider = syncroProvider()): Promise<OutboxEntry> {
  const claimed = claim(current, 'test-worker', 1_000, 10_000);
  return settle(claimed, await attemptDelivery(claimed, provider), 2_000, { random: () => 0, notifyAfter: 2_000 });
}

describe('dedupe before re-sending a create', () => {
  it('the server created the lead, then the connection dropped: found on the retry, not created twice', async () => {
    crms.syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'drop-after-commit' } });
    const first = await attemptAs(entry());
    expect(first).toMatchObject({ state: 'retrying', lookupFirst: true, lastError: { code: 'network' }, attempts: 1 });
    const second = await attemptAs(first);
    expect(second).toMatchObject({ state: 'delivered', via: 'found', attempts: 2, record: { id: String(crms.syncro.leads[0]?.id) } });
    expect(crms.syncro.leads).toHaveLength(1);
    expect(requests(crms.syncro).filter((line) => line.startsWith('POST'))).toEqual(['POST /leads 0']);
  });

  it('a 500 that did not create: the lookup finds nothing, and the create is sent again once', async () => {
    crms.synax.inject({ method: 'POST', path: '/contacts', times: 1, fault: { kind: 'status', status: 500 } });
    const first = await attemptAs(entry({ job: { ...entry().job, crm: 'synax' } }), synaxProvider());
    expect(first).toMatchObject({ state: 'retrying', lookupFirst: true, lastError: { code: 'server', status: 500 } });
    const second = await attemptAs(first, synaxProvider());
    expect(second).toMatchObject({ state: 'delivered', via: 'created' });
    expect(crms.synax.contacts).toHaveLength(1);
    // POST (500), then the lookups by phone and e-mail, then the one POST that created.
    expect(requests(crms.synax)[0]).toBe('POST /contacts 500');
    expect(requests(crms.synax).at(-1)).toBe('POST /contacts 201');
    expect(
      requests(crms.synax)
        .slice(1, -1)
        .every((line) => line.startsWith('GET /contacts')),
    ).toBe(true);
  });

  it('a 429 was refused before anything was written: no lookup next time, and its Retry-After is kept', async () => {
    crms.syncro.inject({
      method: 'POST',
      path: '/leads',
      times: 1,
      fault: { kind: 'status', status: 429, headers: { 'Retry-After': '7' }, body: { message: 'Rate limit excedido para esta API Key.', retry_after: 7 } },
    });
    const first = await attemptAs(entry());
    expect(first).toMatchObject({ state: 'retrying', lookupFirst: false, lastError: { code: 'rate_limited', retryAfterSeconds: 7 } });
    expect(first.nextAttemptAt).toBeGreaterThanOrEqual(2_000 + 7_000);
    const second = await attemptAs(first);
    expect(second.state).toBe('delivered');
    expect(requests(crms.syncro)).toEqual(['POST /leads 429', 'POST /leads 201']);
  });

  it('a worker stopped mid-request (entry still "sending") makes the next worker look first', async () => {
    const created = await syncroProvider().createRecord(TEST_DRAFT);
    expect(created.ok).toBe(true);
    crms.syncro.requests.length = 0;
    const orphan = { ...claim(entry(), 'stopped-worker', 1_000, 10_000) };
    const resumed = await attemptAs(orphan);
    expect(resumed).toMatchObject({ state: 'delivered', via: 'found', attempts: 2 });
    expect(requests(crms.syncro).some((line) => line.startsWith('POST'))).toBe(false);
  });

  it('records the user already saw ("create anyway") are not taken for ours', async () => {
    const existing = await syncroProvider().createRecord(TEST_DRAFT);
    const existingId = existing.ok ? existing.data.id : '';
    const again = await attemptAs({ ...entry({ existingIds: [existingId] }), lookupFirst: true });
    expect(again).toMatchObject({ state: 'delivered', via: 'created' });
    expect(crms.syncro.leads).toHaveLength(2);
  });

  it('a key that cannot read (no lookup possible) waits for the user instead of risking a duplicate', async () => {
    crms.syncro.addKey({ key: 'crm_writeonly123456', scopes: ['leads:write'] });
    const next = await attemptAs({ ...entry(), lookupFirst: true, lastError: { code: 'timeout', crm: 'syncro', afterMs: 15_000 } }, syncroProvider('crm_writeonly123456'));
    expect(next).toMatchObject({ state: 'needs_attention', attention: { reason: 'unverifiable' }, lookupFirst: true, lastError: { code: 'missing_scope', scope: 'leads:read' } });
    expect(crms.syncro.leads).toHaveLength(0);
  });

  it('nothing to look a lead up by (no phone, no e-mail): waits for the user too', async () => {
    const bare = entry();
    bare.job = { ...bare.job, draft: { ...TEST_DRAFT, contact: { ...TEST_DRAFT.contact, phones: [], email: null } } };
    const next = await attemptAs({ ...bare, lookupFirst: true, lastError: { code: 'network', crm: 'syncro', offline: false } });
    expect(next).toMatchObject({ state: 'needs_attention', attention: { reason: 'unverifiable' }, lastError: { code: 'network' } });
    expect(crms.syncro.requests).toHaveLength(0);
  });

  it('after the user corrected the phone, the lookup still uses the phone the first try was sent with', async () => {
    crms.syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'drop-after-commit' } });
    const first = await attemptAs(entry());
    const edited = { ...first, job: { ...first.job, draft: { ...first.job.draft, contact: { ...first.job.draft.contact, phones: ['+5521998765432'], email: null } } } };
    const second = await attemptAs(edited);
    expect(second).toMatchObject({ state: 'delivered', via: 'found' });
    expect(crms.syncro.leads).toHaveLength(1);
  });
});

describe('updates and refusals', () => {
  it('an update is idempotent: it reads the record and is sent again, no duplicate lookup, nothing written twice', async () => {
    const created = await syncroProvider().createRecord(TEST_DRAFT);
    const id = created.ok ? created.data.id : '';
    crms.syncro.requests.length = 0;
    crms.syncro.inject({ method: 'PUT', path: `/leads/${id}`, times: 1, fault: { kind: 'drop-after-commit' } });
    const draft = { ...TEST_DRAFT, contact: { ...TEST_DRAFT.contact, notes: 'Ligar amanhã' } };
    const update = entry({ job: { ...entry().job, draft, mode: { kind: 'update', id } } });
    const first = await attemptAs(update);
    expect(first).toMatchObject({ state: 'retrying', lookupFirst: false });
    expect(await attemptAs(first)).toMatchObject({ state: 'delivered', via: 'updated' });
    expect(requests(crms.syncro)).toEqual([`GET /leads/${id} 200`, `PUT /leads/${id} 0`, `GET /leads/${id} 200`, `PUT /leads/${id} 200`]);
    expect(crms.syncro.leads[0]?.notes).toBe('Ligar amanhã');
  });

  it('a refusal (422) needs the user and is not retried on its own', async () => {
    crms.syncro.inject({
      method: 'POST',
      path: '/leads',
      times: 1,
      fault: { kind: 'status', status: 422, body: { message: 'The email has already been taken.', errors: { email: ['The email has already been taken.'] } } },
    });
    const next = await attemptAs(entry());
    expect(next).toMatchObject({ state: 'needs_attention', nextAttemptAt: null, attention: { reason: 'rejected' }, lastError: { code: 'validation' }, lookupFirst: false });
  });
});

describe('pickOurs', () => {
  const record = (id: string, name: string | null): SavedRecord => ({ crm: 'syncro', id, name, phone: null, email: null, url: `https://x/${id}` });
  it('ignores what the user saw, prefers our name, else the first', () => {
    expect(pickOurs([record('1', 'Maria Souza')], ['1'], TEST_DRAFT)).toBeNull();
    expect(pickOurs([record('1', 'Other'), record('2', ' maria souza ')], [], TEST_DRAFT)?.id).toBe('2');
    expect(pickOurs([record('3', 'Other'), record('4', null)], [], TEST_DRAFT)?.id).toBe('3');
    expect(pickOurs([], [], TEST_DRAFT)).toBeNull();
  });

  it('only failures that can come after the write count as "may have arrived"', () => {
    expect(mayHaveArrived({ code: 'timeout', crm: 'syncro', afterMs: 1 })).toBe(true);
    expect(mayHaveArrived({ code: 'server', crm: 'syncro', status: 502 })).toBe(true);
    expect(mayHaveArrived({ code: 'rate_limited', crm: 'syncro', retryAfterSeconds: 1 })).toBe(false);
    expect(mayHaveArrived({ code: 'validation', crm: 'syncro', message: '', fields: {} })).toBe(false);
  });
});
