import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CrmError, Result } from '../crm/errors';
import type { CrmId } from '../constants/crm';
import type { CrmProvider, RecordDraft, SavedRecord } from '../crm/provider';
import { createOutbox, LEASE_MS, NOTIFY_GRACE_MS, type OutboxDeps } from './runner';
import { entryKey } from './store';
import { delivery, entry } from './testing';

beforeEach(() => fakeBrowser.reset());

const T0 = 1_700_000_000_000;
const record = (crm: CrmId, id: string): SavedRecord => ({ crm, id, name: 'Maria Souza', phone: '+5511987654321', email: null, url: `https://crm/${id}` });

/** A CRM whose answers the test scripts, one per create; it remembers what it "holds". */
function fakeCrm(crm: CrmId, answers: (Result<SavedRecord> | Error)[] = []) {
  const held: SavedRecord[] = [];
  let next = 0;
  const provider: CrmProvider = {
    crm,
    testConnection: vi.fn(),
    findDuplicates: vi.fn(async () => ({ ok: true as const, data: [...held] })),
    createRecord: vi.fn(async (_draft: RecordDraft) => {
      const answer = answers.shift() ?? { ok: true, data: record(crm, `${crm}-${++next}`) };
      if (answer instanceof Error) throw answer;
      if (answer.ok) held.push(answer.data);
      return answer;
    }),
    updateRecord: vi.fn(async (id: string) => ({ ok: true as const, data: record(crm, id) })),
  };
  return { provider, held };
}

function setup(providers: Partial<Record<CrmId, CrmProvider>>, extra: Partial<OutboxDeps> = {}) {
  let clock = T0;
  const deps = {
    provider: async (crm: CrmId) => providers[crm] ?? null,
    now: () => clock,
    random: () => 0,
    schedule: vi.fn(),
    notify: vi.fn(async () => undefined),
    summarize: vi.fn(async () => undefined),
    onSettled: vi.fn(async () => undefined),
    ...extra,
  };
  const outbox = createOutbox(deps);
  return { outbox, deps, advance: (ms: number) => (clock += ms), now: () => clock };
}

const server = (crm: CrmId, status = 503): CrmError => ({ code: 'server', crm, status });

describe('the outbox runner', () => {
  it('writes the delivery before any request, then delivers it once', async () => {
    const { provider } = fakeCrm('syncro');
    let storedAtRequest: unknown = null;
    vi.mocked(provider.createRecord).mockImplementationOnce(async () => {
      storedAtRequest = await fakeBrowser.storage.local.get(null);
      return { ok: true, data: record('syncro', '901') };
    });
    const { outbox } = setup({ syncro: provider });
    const request = delivery();
    const done = await outbox.save(request, 1_000);
    expect(done).toMatchObject({ state: 'delivered', record: { id: '901' }, attempts: 1 });
    expect(storedAtRequest).toMatchObject({ [`outbox/${request.deliveryId}`]: { state: 'sending', lease: { until: T0 + LEASE_MS } } });
    // The same delivery asked again (a repeated message) is answered, not sent again.
    expect(await outbox.save(request, 1_000)).toMatchObject({ state: 'delivered' });
    expect(provider.createRecord).toHaveBeenCalledTimes(1);
  });

  it('retries with backoff, looking before it re-creates, until it lands', async () => {
    const { provider } = fakeCrm('synax', [
      { ok: false, error: server('synax') },
      { ok: false, error: server('synax') },
    ]);
    const { outbox, deps, advance } = setup({ synax: provider });
    const first = await outbox.save(delivery({ crm: 'synax' }), 1_000);
    expect(first).toMatchObject({ state: 'retrying', failures: 1, nextAttemptAt: T0 + 500, lookupFirst: true });
    await outbox.drain(); // not due yet
    expect(deps.schedule).toHaveBeenLastCalledWith(T0 + 500);
    expect(provider.createRecord).toHaveBeenCalledTimes(1);
    advance(500);
    await outbox.drain();
    expect((await outbox.entries())[0]).toMatchObject({ state: 'retrying', failures: 2, nextAttemptAt: T0 + 500 + 1_000 });
    advance(1_000);
    await outbox.drain();
    expect((await outbox.entries())[0]).toMatchObject({ state: 'delivered', attempts: 3, via: 'created' });
    expect(provider.findDuplicates).toHaveBeenCalledTimes(2);
    expect(deps.schedule).toHaveBeenLastCalledWith(null);
  });

  it('honours Retry-After for the whole CRM, and never earlier; the other CRM is not held up', async () => {
    const limited: CrmError = { code: 'rate_limited', crm: 'syncro', retryAfterSeconds: 2 };
    const syncro = fakeCrm('syncro', [{ ok: false, error: limited }]);
    const synax = fakeCrm('synax');
    const { outbox, deps, advance } = setup({ syncro: syncro.provider, synax: synax.provider });
    await outbox.save(delivery(), 1_000);
    await outbox.save(delivery({ crm: 'synax' }), 1_000);
    await outbox.save(delivery(), 0); // a second Syncro save while the key is limited
    await outbox.drain();
    const entries = await outbox.entries();
    expect(entries.filter((e) => e.job.crm === 'synax').map((e) => e.state)).toEqual(['delivered']);
    expect(
      entries
        .filter((e) => e.job.crm === 'syncro')
        .map((e) => e.state)
        .sort(),
    ).toEqual(['queued', 'retrying']);
    expect(syncro.provider.createRecord).toHaveBeenCalledTimes(1);
    expect(deps.schedule).toHaveBeenLastCalledWith(T0 + 2_000);
    expect(await fakeBrowser.storage.local.get('outboxHolds')).toEqual({ outboxHolds: { syncro: T0 + 2_000 } });
    advance(1_999);
    await outbox.drain();
    expect(syncro.provider.createRecord).toHaveBeenCalledTimes(1);
    advance(1);
    await outbox.drain();
    expect(syncro.provider.createRecord).toHaveBeenCalledTimes(3);
    expect((await outbox.entries()).every((e) => e.state === 'delivered')).toBe(true);
  });

  it('resumes a delivery a stopped worker left "sending", once its lease has run out, looking first', async () => {
    const crm = fakeCrm('syncro');
    crm.held.push(record('syncro', '777')); // the stopped worker's create did arrive
    const orphan = entry({ state: 'sending', attempts: 1, lease: { owner: 'stopped-worker', until: T0 + 4_000 } });
    await fakeBrowser.storage.local.set({ [`outbox/${orphan.id}`]: orphan });
    const { outbox, deps, advance } = setup({ syncro: crm.provider });
    await outbox.drain();
    expect(crm.provider.findDuplicates).not.toHaveBeenCalled();
    expect(deps.schedule).toHaveBeenLastCalledWith(T0 + 4_000);
    advance(4_000);
    await outbox.drain();
    expect((await outbox.entries())[0]).toMatchObject({ state: 'delivered', via: 'found', record: { id: '777' }, attempts: 2 });
    expect(crm.provider.createRecord).not.toHaveBeenCalled();
  });

  it('"send now" on a delivery a stopped worker left "sending" still looks before creating', async () => {
    const crm = fakeCrm('syncro');
    crm.held.push(record('syncro', '778'));
    const orphan = entry({ state: 'sending', attempts: 1, lease: { owner: 'stopped-worker', until: T0 + 9_000 } });
    await fakeBrowser.storage.local.set({ [`outbox/${orphan.id}`]: orphan });
    const { outbox } = setup({ syncro: crm.provider });
    expect(await outbox.resend(orphan.id, { contact: null, skipLookup: false }, 1_000)).toMatchObject({ state: 'delivered', via: 'found', record: { id: '778' } });
    expect(crm.provider.createRecord).not.toHaveBeenCalled();
  });

  it('back online: what failed for being offline is sent at once, not after its backoff', async () => {
    const offline: CrmError = { code: 'network', crm: 'syncro', offline: true };
    const crm = fakeCrm('syncro', [{ ok: false, error: offline }]);
    const { outbox } = setup({ syncro: crm.provider }, { random: () => 1 });
    const first = await outbox.save(delivery(), 1_000);
    expect(first).toMatchObject({ state: 'retrying', nextAttemptAt: T0 + 1_000 });
    await outbox.online();
    expect((await outbox.entries())[0]).toMatchObject({ state: 'delivered', attempts: 2 });
  });

  it('runs one drain at a time: drains asked for together deliver each save once', async () => {
    const { provider } = fakeCrm('syncro');
    let release: () => void = () => undefined;
    vi.mocked(provider.createRecord).mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve({ ok: true, data: record('syncro', 'slow') }))));
    const { outbox } = setup({ syncro: provider });
    const saved = outbox.save(delivery(), 0);
    const drains = [outbox.drain(), outbox.drain(), outbox.drain()];
    await saved;
    await vi.waitFor(() => expect(provider.createRecord).toHaveBeenCalledTimes(1));
    release();
    await Promise.all(drains);
    await outbox.drain();
    expect(provider.createRecord).toHaveBeenCalledTimes(1);
  });

  it('a refusal waits for the user: notified (after a grace when a popup showed it), counted, never retried alone', async () => {
    const refused: CrmError = { code: 'auth', crm: 'syncro', reason: 'expired' };
    const { provider } = fakeCrm('syncro', [
      { ok: false, error: refused },
      { ok: false, error: refused },
    ]);
    const { outbox, deps, advance } = setup({ syncro: provider });
    // Nobody waiting: notified at once.
    const background = await outbox.save(delivery(), 0);
    await outbox.drain();
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect((await outbox.entries()).find((e) => e.id === background.id)).toMatchObject({ state: 'needs_attention', attention: { notifiedAt: T0 } });
    // A popup waiting: no notification within the grace, none at all once it says it showed it.
    const shown = await outbox.save(delivery(), 1_000);
    expect(shown).toMatchObject({ state: 'needs_attention', attention: { notifyAfter: T0 + NOTIFY_GRACE_MS } });
    await outbox.seen(shown.id);
    advance(NOTIFY_GRACE_MS);
    await outbox.drain();
    expect(deps.notify).toHaveBeenCalledTimes(1);
    advance(60 * 60_000);
    await outbox.drain();
    expect(provider.createRecord).toHaveBeenCalledTimes(2);
    expect(deps.summarize).toHaveBeenLastCalledWith(expect.arrayContaining([expect.objectContaining({ state: 'needs_attention' })]));
  });

  it('fix and resend, or discard: the user decides; a delivered one stays delivered', async () => {
    const invalid: CrmError = { code: 'validation', crm: 'synax', message: 'bad', fields: { email: ['invalid'] } };
    const { provider } = fakeCrm('synax', [
      { ok: false, error: invalid },
      { ok: false, error: invalid },
    ]);
    const { outbox, deps } = setup({ synax: provider });
    const one = await outbox.save(delivery({ crm: 'synax' }), 1_000);
    const two = await outbox.save(delivery({ crm: 'synax' }), 1_000);
    const fixed = { ...one.job.draft.contact, email: 'maria.souza@padariasol.example' };
    expect(await outbox.resend(one.id, { contact: fixed, skipLookup: false }, 1_000)).toMatchObject({ state: 'delivered', attempts: 2 });
    expect(vi.mocked(provider.createRecord).mock.calls.at(-1)?.[0].contact.email).toBe('maria.souza@padariasol.example');
    expect(await outbox.discard(two.id)).toMatchObject({ state: 'discarded' });
    expect(await outbox.discard(one.id)).toMatchObject({ state: 'delivered' });
    expect(deps.onSettled).toHaveBeenCalledWith(expect.objectContaining({ id: two.id, state: 'discarded' }));
    expect(await outbox.resend('no-such-id', { contact: null, skipLookup: false })).toBeUndefined();
  });

  it('a crash while delivering is retried, not lost', async () => {
    const { provider } = fakeCrm('syncro', [new Error('boom')]);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const { outbox, advance } = setup({ syncro: provider });
    expect(await outbox.save(delivery(), 1_000)).toMatchObject({ state: 'retrying', lastError: { code: 'internal' }, lookupFirst: true });
    advance(2_000);
    await outbox.drain();
    expect((await outbox.entries())[0]).toMatchObject({ state: 'delivered', via: 'created' });
  });

  it('a CRM without a key needs the user; the other CRM still delivers', async () => {
    const synax = fakeCrm('synax');
    const { outbox } = setup({ synax: synax.provider });
    expect(await outbox.save(delivery(), 1_000)).toMatchObject({ state: 'needs_attention', lastError: { code: 'not_configured', crm: 'syncro' } });
    expect(await outbox.save(delivery({ crm: 'synax' }), 1_000)).toMatchObject({ state: 'delivered' });
  });

  it('a corrupt stored entry is set aside and the rest is delivered', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const good = entry();
    await fakeBrowser.storage.local.set({ [`outbox/${good.id}`]: good, 'outbox/garbage': { v: 1, state: 'sending' } });
    const crm = fakeCrm('syncro');
    const { outbox } = setup({ syncro: crm.provider });
    await outbox.drain();
    expect((await outbox.entries()).map((e) => e.state)).toEqual(['delivered']);
    expect(outbox.quarantined()).toHaveLength(1);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain('outbox/garbage');
  });

  it('"Send now" lifts a Retry-After hold: the user asked, so it goes now', async () => {
    const limited: CrmError = { code: 'rate_limited', crm: 'syncro', retryAfterSeconds: 3_600 };
    const crm = fakeCrm('syncro', [{ ok: false, error: limited }]);
    const { outbox } = setup({ syncro: crm.provider });
    const held = await outbox.save(delivery(), 1_000);
    expect(held).toMatchObject({ state: 'retrying' });
    await outbox.drain();
    expect(crm.provider.createRecord).toHaveBeenCalledTimes(1);
    expect(await outbox.resend(held.id, { contact: null, skipLookup: false }, 1_000)).toMatchObject({ state: 'delivered' });
    expect(await fakeBrowser.storage.local.get('outboxHolds')).toEqual({ outboxHolds: { syncro: 0 } });
  });

  it('a hold further ahead than any Retry-After we accept (the clock went back) is lifted, not waited for', async () => {
    await fakeBrowser.storage.local.set({ outboxHolds: { syncro: T0 + 30 * 86_400_000 } });
    const crm = fakeCrm('syncro');
    const { outbox, deps } = setup({ syncro: crm.provider });
    expect(await outbox.save(delivery(), 1_000)).toMatchObject({ state: 'delivered' });
    await outbox.drain();
    expect(deps.schedule).toHaveBeenLastCalledWith(null);
  });

  it('an unreadable entry whose record still reads is sent again from the quarantine, looking first', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...entry(), state: 'lost-in-a-future-version' };
    await fakeBrowser.storage.local.set({ 'outbox/broken': broken, 'outbox/junk': 7 });
    const crm = fakeCrm('syncro');
    const { outbox } = setup({ syncro: crm.provider });
    await outbox.drain();
    expect(outbox.quarantined().map((item) => item.key)).toEqual(['outbox/broken', 'outbox/junk']);
    expect(await outbox.resendQuarantined('outbox/junk')).toBeUndefined();
    const resent = await outbox.resendQuarantined('outbox/broken');
    expect(resent).toMatchObject({ id: broken.id, lookupFirst: true, checkDuplicates: true });
    await outbox.drain();
    expect((await outbox.entries())[0]).toMatchObject({ state: 'delivered', via: 'created' });
    expect(crm.provider.findDuplicates).toHaveBeenCalled();
    expect(outbox.quarantined().map((item) => item.key)).toEqual(['outbox/junk']);
  });

  it('prunes delivered entries after a week', async () => {
    const crm = fakeCrm('syncro');
    const { outbox, advance } = setup({ syncro: crm.provider });
    const done = await outbox.save(delivery(), 1_000);
    advance(8 * 24 * 60 * 60 * 1000);
    await outbox.drain();
    expect(await outbox.entries()).toEqual([]);
    expect(await fakeBrowser.storage.local.get(entryKey(done.id).slice('local:'.length))).toEqual({});
  });
});
