import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { quarantineItem } from '../storage/outbox';
import { createStore, MIGRATIONS, OUTBOX_FORMAT, readEntry } from './store';
import { entry } from './testing';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});
const SHIPPED = { ...MIGRATIONS };
afterEach(() => {
  for (const key of Object.keys(MIGRATIONS)) delete MIGRATIONS[Number(key)];
  Object.assign(MIGRATIONS, SHIPPED);
});

const stored = async () => fakeBrowser.storage.local.get(null);

describe('reading a stored delivery', () => {
  it('reads the current format', () => {
    const good = entry();
    expect(readEntry(JSON.parse(JSON.stringify(good)))).toEqual({ kind: 'ok', entry: good, migrated: false });
  });

  it('sets aside what cannot be a delivery, saying why', () => {
    expect(readEntry('nonsense')).toEqual({ kind: 'quarantine', reason: 'not an object' });
    expect(readEntry([1, 2])).toEqual({ kind: 'quarantine', reason: 'not an object' });
    expect(readEntry({ ...entry(), v: undefined })).toEqual({ kind: 'quarantine', reason: 'no format version' });
    expect(readEntry({ ...entry(), job: { crm: 'hubspot' } })).toMatchObject({ kind: 'quarantine', reason: expect.stringMatching(/^job\./) });
    expect(readEntry({ ...entry(), state: 'lost' })).toMatchObject({ kind: 'quarantine', reason: expect.stringMatching(/^state/) });
    expect(readEntry({ ...entry(), v: 0 })).toEqual({ kind: 'quarantine', reason: 'no migration from v0' });
  });

  it('leaves a newer format alone (a downgrade must not destroy what a newer version queued)', () => {
    expect(readEntry({ ...entry(), v: OUTBOX_FORMAT + 1, somethingNew: true })).toEqual({ kind: 'newer' });
  });

  it('repairs fields that only steer retries to the cautious value', () => {
    const read = readEntry({ ...entry({ state: 'sending' }), lease: 'garbage', lookupFirst: 'yes', lastError: { code: 'from-the-future' }, attempts: -3 });
    expect(read).toMatchObject({ kind: 'ok', entry: { state: 'sending', lease: null, lookupFirst: true, lastError: { code: 'internal' }, attempts: 0 } });
  });

  it('migrates an older format step by step, then validates it', () => {
    // Shape of a hypothetical format 0: the job's fields at the top level, no retry bookkeeping.
    MIGRATIONS[0] = ({ crm, draft, mode, destination, page, draftKey, ...rest }) => ({ ...rest, job: { crm, draft, mode, destination, page, draftKey } });
    const current = entry();
    const { job, ...rest } = current;
    const old = { ...rest, ...job, v: 0 };
    expect(readEntry(old)).toEqual({ kind: 'ok', entry: current, migrated: true });
    MIGRATIONS[0] = () => {
      throw new Error('bad step');
    };
    expect(readEntry(old)).toEqual({ kind: 'quarantine', reason: 'migration failed: bad step' });
  });
});

describe('the outbox store', () => {
  it('loads good entries and quarantines bad ones without crashing, keeping their data', async () => {
    const good = entry();
    await fakeBrowser.storage.local.set({
      [`outbox/${good.id}`]: good,
      'outbox/broken': { v: 1, id: 'not-a-uuid' },
      'outbox/junk': 42,
      history: [],
    });
    const store = createStore();
    await store.load();
    expect(store.all()).toEqual([good]);
    expect(store.quarantined()).toHaveLength(2);
    const keys = Object.keys(await stored());
    expect(keys).toContain(`outbox/${good.id}`);
    expect(keys).not.toContain('outbox/broken');
    expect(keys).not.toContain('outbox/junk');
    const aside = await quarantineItem.getValue();
    expect(aside.map((item) => item.key).sort()).toEqual(['outbox/broken', 'outbox/junk']);
    expect(aside.find((item) => item.key === 'outbox/junk')?.raw).toBe(42);

    // A second worker instance finds the queue as it was, and the quarantine bounded.
    const again = createStore();
    await again.load();
    expect(again.all()).toEqual([good]);
    expect(again.quarantined()).toHaveLength(2);
  });

  it('keeps every entry set aside, however many (none dropped after 50), until one is released', async () => {
    await fakeBrowser.storage.local.set(Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`outbox/bad-${i}`, i])));
    const store = createStore();
    await store.load();
    expect(store.quarantined()).toHaveLength(60);
    await fakeBrowser.storage.local.set({ 'outbox/bad-more': 'x' });
    const next = createStore();
    await next.load();
    expect(next.quarantined()).toHaveLength(61);
    await next.release('outbox/bad-7');
    expect(next.quarantined()).toHaveLength(60);
    expect(await quarantineItem.getValue()).toHaveLength(60);
  });

  it('a write that fails (quota) rejects and leaves nothing half-saved in memory', async () => {
    const store = createStore();
    await store.load();
    const one = entry({ id: crypto.randomUUID() });
    const quota = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(store.put(one)).rejects.toThrow('QUOTA_BYTES');
    expect(store.get(one.id)).toBeUndefined();
    expect(store.all()).toEqual([]);
    quota.mockRestore();
    // The queue is not wedged: the next write goes through.
    await store.put(one);
    expect(store.get(one.id)).toEqual(one);
    const sending = { ...one, state: 'sending' as const };
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    await expect(store.put(sending)).rejects.toThrow();
    expect(store.get(one.id)?.state).toBe('queued');
  });

  it('rewrites migrated entries in the current format', async () => {
    MIGRATIONS[0] = (old) => ({ ...old, sentKeys: { phones: [], emails: [] } });
    const { sentKeys, ...old } = entry();
    void sentKeys;
    await fakeBrowser.storage.local.set({ [`outbox/${old.id}`]: { ...old, v: 0 } });
    await createStore().load();
    expect((await stored())[`outbox/${old.id}`]).toMatchObject({ v: OUTBOX_FORMAT, sentKeys: { phones: [], emails: [] } });
  });

  it('writes through, in order, one key per delivery', async () => {
    const store = createStore();
    await store.load();
    const one = entry({ id: crypto.randomUUID() });
    await Promise.all([store.put(one), store.put({ ...one, state: 'sending' }), store.put({ ...one, state: 'delivered' })]);
    expect((await stored())[`outbox/${one.id}`]).toMatchObject({ state: 'delivered' });
    await store.remove([one.id]);
    expect(await stored()).toEqual({});
    await store.setHold('synax', 123);
    expect(store.holds()).toEqual({ synax: 123 });
    expect(await stored()).toMatchObject({ outboxHolds: { synax: 123 } });
  });
});
