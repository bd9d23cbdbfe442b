import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addHistoryEntry, clearHistory, HISTORY_LIMIT, historyItem, migrateHistoryV1, migrateHistoryV2, readHistory, type HistoryEntry } from './history';

beforeEach(() => fakeBrowser.reset());

const entry = (n: number): HistoryEntry => ({
  id: `e${n}`,
  at: n,
  crm: 'syncro',
  destination: 'syncro',
  action: 'create',
  status: 'saved',
  name: `Pessoa ${n}`,
  phone: null,
  email: null,
  page: { url: 'https://example.com/', title: 'Example' },
  record: { id: String(n), url: `https://app.syncro.chat/leads/${n}` },
  error: null,
  attempts: 1,
  via: 'created',
});

describe('capture history', () => {
  it('keeps the newest 200, newest first, even when saves finish together', async () => {
    await Promise.all(Array.from({ length: HISTORY_LIMIT + 5 }, (_, n) => addHistoryEntry(entry(n))));
    const entries = await readHistory();
    expect(entries).toHaveLength(HISTORY_LIMIT);
    expect(entries[0]?.id).toBe(`e${HISTORY_LIMIT + 4}`);
    expect(entries.at(-1)?.id).toBe('e5');
  });

  it('drops entries that no longer read, keeping the rest', async () => {
    await fakeBrowser.storage.local.set({ history: [entry(1), { id: 'broken' }, entry(2)] });
    expect((await readHistory()).map((e) => e.id)).toEqual(['e1', 'e2']);
    await fakeBrowser.storage.local.set({ history: 'nonsense' });
    expect(await readHistory()).toEqual([]);
  });

  it('replaces the line of the same delivery instead of adding a second', async () => {
    await addHistoryEntry(entry(1));
    await addHistoryEntry(entry(2));
    await addHistoryEntry({ ...entry(1), at: 3, attempts: 4 });
    expect((await readHistory()).map((e) => [e.id, e.attempts])).toEqual([
      ['e1', 4],
      ['e2', 1],
    ]);
  });

  it('migrates format 1 (before the outbox) to format 3: one attempt each, no privacy id, nothing lost', async () => {
    const { attempts, via, ...v1 } = entry(7);
    void attempts;
    void via;
    await fakeBrowser.storage.local.set({ history: [v1, { ...v1, id: 'f', status: 'failed', record: null }, 'junk'], history$: { v: 1 } });
    await historyItem.migrate();
    const stored = await fakeBrowser.storage.local.get(['history', 'history$']);
    expect(stored.history$).toEqual({ v: 3 });
    expect(stored.history).toEqual([{ ...v1, attempts: 1, via: null, lid: null }, { ...v1, id: 'f', status: 'failed', record: null, attempts: 1, via: null, lid: null }, 'junk']);
    expect((await readHistory()).map((e) => [e.id, e.status, e.attempts])).toEqual([
      ['e7', 'saved', 1],
      ['f', 'failed', 1],
    ]);
    expect(migrateHistoryV1('not a list')).toEqual([]);
  });

  it('migrates format 2 to format 3: every entry gets `lid: null`, a present one is kept', async () => {
    await fakeBrowser.storage.local.set({ history: [entry(1), { ...entry(2), lid: '203040506070811@lid' }], history$: { v: 2 } });
    await historyItem.migrate();
    expect((await fakeBrowser.storage.local.get('history$')).history$).toEqual({ v: 3 });
    expect((await readHistory()).map((e) => [e.id, e.lid])).toEqual([
      ['e1', null],
      ['e2', '203040506070811@lid'],
    ]);
    expect(migrateHistoryV2(null)).toEqual([]);
  });

  it('clears', async () => {
    await addHistoryEntry(entry(1));
    await clearHistory();
    expect(await readHistory()).toEqual([]);
  });
});
