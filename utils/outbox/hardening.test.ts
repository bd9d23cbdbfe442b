// Issue 13 against the mock CRMs: a 2xx create is never sent again, every retry has a cap,
// unknown 4xx are refusals, a record the user never saw is not taken as theirs, and time is bounded.
import { describe, expect, it } from 'vitest';
import { DEMO_KEYS, type SynaxMock, type SyncroMock } from '@/tests/mock-crm';
import { useMockCrms } from '@/tests/mock-crm/vitest';
import { RETRY_AFTER_MAX_S } from '../crm/http';
import type { CrmProvider } from '../crm/provider';
import { createSynaxProvider } from '../crm/synax/client';
import { createSyncroProvider } from '../crm/syncro/client';
import { attemptDelivery } from './attempt';
import { CONFIRM_LOOKUPS, LONGEST_WAIT_MS, MAX_STRIKES, RETRY_AFTER_SPREAD_MAX_MS } from './backoff';
import type { OutboxEntry } from './schema';
import { delivery, entry, TEST_DRAFT } from './testing';
import { claim, isClaimable, LEASE_MS, newEntry, requeue, settle, wakeTime } from './transitions';

const crms = useMockCrms();

const syncroProvider = () => createSyncroProvider({ apiKey: DEMO_KEYS.syncro, baseUrl: crms.syncro.baseUrl });
const synaxProvider = () => createSynaxProvider({ apiKey: DEMO_KEYS.synax, baseUrl: crms.synax.baseUrl });
const posts = (mock: SyncroMock | SynaxMock) => mock.requests.filter((request) => request.method === 'POST');
const NOW = 1_000_000;

async function attemptAs(current: OutboxEntry, provider: CrmProvider = syncroProvider()): Promise<OutboxEntry> {
  const claimed = claim(current, 'test-worker', NOW, LEASE_MS);
  return settle(claimed, await attemptDelivery(claimed, provider), NOW, { random: () => 0, notifyAfter: NOW });
}

/** Attempts until it settles (or `max` tries), as the runner would over time. */
async function untilSettled(start: OutboxEntry, provider: CrmProvider = syncroProvider(), max = 40): Promise<OutboxEntry> {
  let current = start;
  for (let i = 0; i < max && current.state !== 'delivered' && current.state !== 'needs_attention'; i++) current = await attemptAs(current, provider);
  return current;
}

/** The CRM's search has not indexed new records yet: every lookup comes back empty. */
function laggingSearch() {
  crms.syncro.inject({ method: 'GET', path: '/leads', fault: { kind: 'status', status: 200, body: { success: true, data: [], meta: { total: 0, has_more: false } } } });
}

describe('a 2xx create is never sent again', () => {
  it('a 201 we cannot read while the search lags: one lead, settled as "saved, link unknown"', async () => {
    crms.syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'reply-after-commit', status: 201, body: { success: true, data: { lead_id: 1 } } } });
    laggingSearch();
    const first = await attemptAs(entry());
    expect(first).toMatchObject({ state: 'retrying', confirming: 1, lastError: { code: 'unexpected', status: 201 } });
    const done = await untilSettled(first);
    expect(done).toMatchObject({ state: 'delivered', record: null, via: 'created', confirming: null });
    expect(done.attempts).toBe(CONFIRM_LOOKUPS);
    expect(crms.syncro.leads).toHaveLength(1);
    expect(posts(crms.syncro)).toHaveLength(1);
  });

  it('a 201 we cannot read, then the lookup finds it: delivered with its link, still one create', async () => {
    crms.synax.inject({ method: 'POST', path: '/contacts', times: 1, fault: { kind: 'reply-after-commit', status: 201, body: 'OK' } });
    const done = await attemptAs(entry({ job: { ...entry().job, crm: 'synax' } }), synaxProvider());
    expect(done).toMatchObject({ state: 'delivered', via: 'created', record: { id: crms.synax.contacts[0]?.id } });
    expect(posts(crms.synax)).toHaveLength(1);
  });

  it('every retry has a cap: a CRM that keeps failing ends in "needs you" after MAX_STRIKES tries', async () => {
    crms.syncro.inject({ method: 'POST', path: '/leads', fault: { kind: 'status', status: 503 } });
    const done = await untilSettled(entry());
    expect(done).toMatchObject({ state: 'needs_attention', attention: { reason: 'gave_up' }, lastError: { code: 'server', status: 503 }, attempts: MAX_STRIKES });
    expect(posts(crms.syncro)).toHaveLength(MAX_STRIKES);
    // "Send again" starts a fresh count.
    expect(requeue(done, NOW, { contact: null })).toMatchObject({ state: 'queued', strikes: 0, failures: 0, lookupFirst: true });
  });

  it('being offline does not use up the tries', () => {
    let current = claim(entry(), 'w', NOW, LEASE_MS);
    for (let i = 0; i < MAX_STRIKES * 2; i++) {
      current = settle(claim(current, 'w', NOW, LEASE_MS), { kind: 'retry', error: { code: 'network', crm: 'syncro', offline: true }, lookupFirst: false }, NOW, {
        random: () => 0,
        notifyAfter: NOW,
      });
    }
    expect(current).toMatchObject({ state: 'retrying', strikes: 0 });
  });
});

describe('every 4xx we do not know is a refusal', () => {
  it.each([
    [400, { message: 'Campo inválido: origem.' }],
    [403, { message: 'Request blocked' }],
    [405, { message: 'Method Not Allowed' }],
    [413, { message: 'Payload Too Large' }],
    [415, { message: 'Unsupported Media Type' }],
  ])('Syncro %i: "needs you" with the CRM’s own message, sent once', async (status, body) => {
    crms.syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'status', status, body } });
    const next = await attemptAs(entry());
    expect(next).toMatchObject({ state: 'needs_attention', attention: { reason: 'rejected' }, lastError: { code: 'refused', status, message: body.message } });
    expect(posts(crms.syncro)).toHaveLength(1);
  });

  it('Synax 403 with a text that names no scope', async () => {
    crms.synax.inject({ method: 'POST', path: '/contacts', times: 1, fault: { kind: 'status', status: 403, body: { error: 'Blocked by WAF' } } });
    const next = await attemptAs(entry({ job: { ...entry().job, crm: 'synax' } }), synaxProvider());
    expect(next).toMatchObject({ state: 'needs_attention', lastError: { code: 'refused', status: 403, message: 'Blocked by WAF' } });
  });
});

describe('a record the user never saw is not silently taken as theirs', () => {
  it('the popup could not check, the outbox finds a colleague’s lead: "needs you" with it, nothing created', async () => {
    const colleague = await syncroProvider().createRecord({ ...TEST_DRAFT, contact: { ...TEST_DRAFT.contact, name: 'Maria S. (2025)' } });
    crms.syncro.requests.length = 0;
    const start = newEntry(delivery({ checkDuplicates: true }), NOW);
    const next = await attemptAs(start);
    expect(next).toMatchObject({ state: 'needs_attention', attention: { reason: 'duplicate' }, matches: [{ id: colleague.ok ? colleague.data.id : '' }] });
    expect(posts(crms.syncro)).toHaveLength(0);

    // "Update" that one: the rep's notes, stage and fields reach it.
    const updated = await attemptAs(requeue(next, NOW, { contact: null, updateId: next.matches[0]!.id }));
    expect(updated).toMatchObject({ state: 'delivered', via: 'updated', record: { id: next.matches[0]!.id } });
    expect(crms.syncro.leads).toHaveLength(1);
  });

  it('even with the same name: the user chooses, and "create anyway" makes a second lead once', async () => {
    await syncroProvider().createRecord(TEST_DRAFT);
    const next = await attemptAs(newEntry(delivery({ checkDuplicates: true }), NOW));
    expect(next.attention?.reason).toBe('duplicate');
    const created = await attemptAs(requeue(next, NOW, { contact: null, skipLookup: true }));
    expect(created).toMatchObject({ state: 'delivered', via: 'created' });
    expect(crms.syncro.leads).toHaveLength(2);
    expect(created.existingIds).toEqual([next.matches[0]!.id]);
  });

  it('after its own empty lookup and a create that timed out, what the outbox finds is its own', async () => {
    crms.syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'drop-after-commit' } });
    const first = await attemptAs(newEntry(delivery({ checkDuplicates: true }), NOW));
    expect(first).toMatchObject({ state: 'retrying', checkDuplicates: false });
    expect(await attemptAs(first)).toMatchObject({ state: 'delivered', via: 'found' });
    expect(crms.syncro.leads).toHaveLength(1);
  });

  it('a lookup that ignores its filter proves nothing: the save waits for the user', async () => {
    await synaxProvider().createRecord({ ...TEST_DRAFT, contact: { ...TEST_DRAFT.contact, phones: ['+5511911112222'], email: null } });
    crms.synax.inject({ method: 'GET', fault: { kind: 'ignore-filter' } });
    const maybeSent = { ...entry({ job: { ...entry().job, crm: 'synax' } }), lookupFirst: true };
    const next = await attemptAs(maybeSent, synaxProvider());
    expect(next).toMatchObject({ state: 'needs_attention', attention: { reason: 'unverifiable' }, lastError: { code: 'lookup_unreliable' } });
    expect(posts(crms.synax)).toHaveLength(1); // only the setup's
  });
});

describe('time is bounded', () => {
  it('a Retry-After of 30 days holds for an hour at most', async () => {
    crms.syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'status', status: 429, headers: { 'Retry-After': '2592000' } } });
    const next = await attemptAs(entry());
    expect(next.nextAttemptAt! - NOW).toBeLessThanOrEqual(RETRY_AFTER_MAX_S * 1000 + RETRY_AFTER_SPREAD_MAX_MS);
    expect(next.nextAttemptAt! - NOW).toBeGreaterThanOrEqual(RETRY_AFTER_MAX_S * 1000);
  });

  it('a stored Retry-After from an older version is bounded too', () => {
    const next = settle(claim(entry(), 'w', NOW, LEASE_MS), { kind: 'retry', error: { code: 'rate_limited', crm: 'syncro', retryAfterSeconds: 1e15 }, lookupFirst: false }, NOW, {
      random: () => 1,
      notifyAfter: NOW,
    });
    expect(next.nextAttemptAt! - NOW).toBeLessThanOrEqual(LONGEST_WAIT_MS);
  });

  it('the clock went back: due times and leases further ahead than the outbox ever sets are due now', () => {
    const farDue = entry({ state: 'retrying', nextAttemptAt: NOW + 30 * 86_400_000 });
    expect(isClaimable(farDue, NOW)).toBe(true);
    expect(wakeTime(farDue, NOW)).toBe(NOW);
    const nearDue = entry({ state: 'retrying', nextAttemptAt: NOW + 60_000 });
    expect(isClaimable(nearDue, NOW)).toBe(false);
    const farLease = entry({ state: 'sending', lease: { owner: 'old', until: NOW + 3_600_000 } });
    expect(isClaimable(farLease, NOW)).toBe(true);
    const liveLease = entry({ state: 'sending', lease: { owner: 'live', until: NOW + LEASE_MS } });
    expect(isClaimable(liveLease, NOW)).toBe(false);
  });
});
