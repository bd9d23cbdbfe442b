import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { connectionStatus, saveConnection } from './connections';
import { deleteApiKey, readApiKey } from './credentials';

beforeEach(async () => {
  fakeBrowser.reset();
  await deleteApiKey('syncro');
});

const KEY = 'crm_a1b2c3d4e5f6a7b8';

describe('saving a connection', () => {
  it('a new base URL without the key is refused: the saved key never follows it', async () => {
    expect(await saveConnection('syncro', KEY, 'https://app.syncro.chat/api/v1')).toMatchObject({ ok: true });
    expect(await saveConnection('syncro', null, 'https://app.syncro.chat/api/v2')).toEqual({ ok: false, error: { code: 'invalid_key', crm: 'syncro', problem: 'rebind' } });
    expect((await connectionStatus('syncro')).baseUrl).toBe('https://app.syncro.chat/api/v1');
    // The same address without a key keeps the key; a new address with the key moves both.
    expect(await saveConnection('syncro', null, 'https://app.syncro.chat/api/v1')).toMatchObject({ ok: true });
    expect(await saveConnection('syncro', KEY, 'https://app.syncro.chat/api/v2')).toMatchObject({ ok: true, data: { baseUrl: 'https://app.syncro.chat/api/v2' } });
    expect(await readApiKey('syncro')).toBe(KEY);
  });

  it('a host other than the vendor’s API host is refused before anything is stored', async () => {
    expect(await saveConnection('syncro', KEY, 'https://staging.syncro.chat/api/v1')).toEqual({ ok: false, error: { code: 'invalid_base_url', crm: 'syncro', problem: 'host' } });
    expect(await readApiKey('syncro')).toBeNull();
  });
});
