import { DEMO_KEYS } from '../mock-crm';
import { expect, test } from './fixtures';
import { OptionsPage } from './pages/options-page';

/** What a content script on a web page can reach; runs in the ISOLATED world via scripting.executeScript. */
interface ContentScriptView {
  local: string;
  sync: string;
  session: string;
  databases: string[];
  /** Object stores of `crm-capture-secrets` when opened from the page: its own, empty database. */
  secretsStores: string[];
  /** What the background answers a content script that asks like the options page does. */
  replies: Record<string, unknown>;
}

test('Firefox: a content script cannot read the key from any storage, nor ask the background for it', async ({ firefox, syncro, pages }) => {
  const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
  await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);

  // Control: the key really is stored, in the extension origin's IndexedDB (credentials.ts).
  const stored = await firefox.privileged(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('crm-capture-secrets');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const read = open.result.transaction('api-keys').objectStore('api-keys').get('syncro');
          read.onsuccess = () => resolve(read.result);
          read.onerror = () => reject(read.error);
        };
      }),
    null,
  );
  expect(stored).toMatchObject({ version: 1, apiKey: DEMO_KEYS.syncro });

  const { tabId } = await firefox.openTab(`${pages.origin}/fale-conosco.html`);
  const requestsBefore = syncro.requests.length;
  const seen = await firefox.privileged(async (tabId): Promise<ContentScriptView | undefined> => {
    const [injection] = await browser.scripting.executeScript({
      target: { tabId },
      func: async () => {
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const read = async (area: 'local' | 'sync' | 'session') => {
          const storage = api.storage[area] as chrome.storage.StorageArea | undefined;
          if (!storage) return 'unavailable';
          return storage.get(null).then(
            (items) => JSON.stringify(items),
            (error: Error) => `denied: ${error.message}`,
          );
        };
        const secretsStores = await new Promise<string[]>((resolve) => {
          const open = indexedDB.open('crm-capture-secrets');
          open.onsuccess = () => {
            const names = [...open.result.objectStoreNames];
            open.result.close();
            indexedDB.deleteDatabase('crm-capture-secrets');
            resolve(names);
          };
          open.onerror = () => resolve([`error: ${open.error?.message}`]);
        });
        const ask = (type: string, data?: unknown) => api.runtime.sendMessage({ id: 1, type, data, timestamp: Date.now() }).catch((error: Error) => `threw: ${error.message}`);
        return {
          local: await read('local'),
          sync: await read('sync'),
          session: await read('session'),
          databases: (await indexedDB.databases()).map((database) => database.name ?? ''),
          secretsStores,
          replies: {
            GET_CONNECTIONS: await ask('GET_CONNECTIONS'),
            TEST_CONNECTION: await ask('TEST_CONNECTION', { crm: 'syncro' }),
            SAVE_CONNECTION: await ask('SAVE_CONNECTION', { crm: 'syncro', apiKey: null, baseUrl: 'https://attacker.syncro.chat/api/v1' }),
          },
        };
      },
    });
    return injection?.result as ContentScriptView | undefined;
  }, tabId);

  expect(seen).toBeDefined();
  expect(JSON.stringify(seen)).not.toContain(DEMO_KEYS.syncro);
  expect(seen?.databases).not.toContain('crm-capture-secrets');
  expect(seen?.secretsStores).toEqual([]);
  // Firefox has no storage access levels, so content scripts CAN read storage.local here (the
  // COMPAT note in utils/background/storage-access.ts); that is exactly why the key is not in it.
  expect(seen?.local).not.toMatch(/^denied|^unavailable/);
  for (const reply of Object.values(seen?.replies ?? {})) expect(reply).toEqual({ res: { ok: false, error: { code: 'forbidden_sender' } } });
  expect(syncro.requests.length).toBe(requestsBefore);

  // Control: the same wire message from an extension page is answered.
  const fromPage = await firefox.privileged(() => browser.runtime.sendMessage({ id: 2, type: 'GET_CONNECTIONS', data: undefined, timestamp: Date.now() }), null);
  expect(fromPage).toMatchObject({ res: { ok: true, data: { syncro: { configured: true, baseUrl: syncro.baseUrl } } } });
});
