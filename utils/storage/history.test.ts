import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { addHistoryEntry, clearHistory, HISTORY_LIMIT, readHistory, type HistoryEntry } from './history';

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

  it('clears', async () => {
    await addHistoryEntry(entry(1));
    await clearHistory();
    expect(await readHistory()).toEqual([]);
  });
});
