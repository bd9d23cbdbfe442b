import { describe, expect, it } from 'vitest';

describe('the key store', () => {
  it('is opened on first use, not at import: the background loads where IndexedDB does not exist', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    const credentials = await import('./credentials');
    await import('./router');
    await expect(credentials.readApiKey('synax')).rejects.toThrow(/indexedDB/);
  });
});
