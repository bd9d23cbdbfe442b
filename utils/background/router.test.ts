import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dispatch } from './router';

const extensionOrigin = fakeBrowser.runtime.getURL('/');
const optionsPage = { id: fakeBrowser.runtime.id, url: `${extensionOrigin}options.html` };
const contentScript = { id: fakeBrowser.runtime.id, url: 'https://example.com/', tab: { id: 3 } as never, frameId: 0 };

describe('background dispatch', () => {
  const handler = vi.fn(async () => ({ ok: true as const, data: { crm: 'syncro' as const, accountName: null, plan: null, missingScopes: [] } }));

  it('runs the handler for an allowed sender with a valid request', async () => {
    const reply = await dispatch('TEST_CONNECTION', handler, { crm: 'syncro' }, optionsPage);
    expect(reply.ok).toBe(true);
    expect(handler).toHaveBeenCalledWith({ crm: 'syncro' }, optionsPage);
  });

  it('refuses key management from content scripts and other extensions', async () => {
    expect(await dispatch('TEST_CONNECTION', handler, { crm: 'syncro' }, contentScript)).toEqual({ ok: false, error: { code: 'forbidden_sender' } });
    expect(await dispatch('TEST_CONNECTION', handler, { crm: 'syncro' }, { ...optionsPage, id: 'someone-else' })).toEqual({ ok: false, error: { code: 'forbidden_sender' } });
    expect(handler).not.toHaveBeenCalled();
  });

  it('refuses malformed requests', async () => {
    expect(await dispatch('TEST_CONNECTION', handler, { crm: 'hubspot' }, optionsPage)).toEqual({ ok: false, error: { code: 'bad_request' } });
  });

  it('turns a crash into an internal error', async () => {
    const crash = vi.fn(async () => {
      throw new Error('boom');
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await dispatch('TEST_CONNECTION', crash, { crm: 'synax' }, optionsPage)).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
