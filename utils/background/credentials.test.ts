import 'fake-indexeddb/auto';
import { set, createStore } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { deleteApiKey, readApiKey, writeApiKey } from './credentials';

describe('API key store', () => {
  it('keeps keys out of extension storage areas', async () => {
    await writeApiKey('syncro', 'crm_a1b2c3d4e5f6');
    expect(await readApiKey('syncro')).toBe('crm_a1b2c3d4e5f6');
    expect(await readApiKey('synax')).toBeNull();
    for (const area of ['local', 'sync', 'session'] as const) {
      expect(JSON.stringify(await fakeBrowser.storage[area].get())).not.toContain('crm_a1b2');
    }
    await deleteApiKey('syncro');
    expect(await readApiKey('syncro')).toBeNull();
  });

  it('treats an unreadable record as no key', async () => {
    await set('synax', { apiKey: 42 }, createStore('crm-capture-secrets', 'api-keys'));
    expect(await readApiKey('synax')).toBeNull();
  });
});
