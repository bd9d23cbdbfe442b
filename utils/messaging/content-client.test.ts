import { afterEach, describe, expect, it, vi } from 'vitest';
import { wireMessage, wireReply } from './content-client';
import { messenger } from './messenger';

type Listener = (message: unknown, sender: unknown, sendResponse: (response: unknown) => void) => boolean | void;

describe('content-script client wire format', () => {
  afterEach(() => {
    messenger.removeAllListeners();
    vi.unstubAllGlobals();
  });

  it('is understood by the @webext-core/messaging listener the background registers', async () => {
    const listeners: Listener[] = [];
    vi.stubGlobal('chrome', { runtime: { onMessage: { addListener: (listener: Listener) => listeners.push(listener), removeListener: () => {} } } });
    messenger.onMessage('LOOKUP_WHATSAPP_CHAT', ({ data }) => ({ ok: true, data: { chat: null, saved: [], echoed: data } }) as never);
    const response = await new Promise((resolve) => {
      const keepOpen = listeners[0]!(wireMessage('LOOKUP_WHATSAPP_CHAT', { fresh: true }), { id: 'ext' }, resolve);
      expect(keepOpen).toBe(true);
    });
    expect(wireReply(response)).toEqual({ ok: true, data: { chat: null, saved: [], echoed: { fresh: true } } });
  });

  it('turns anything else into an internal error', () => {
    expect(wireReply(undefined)).toEqual({ ok: false, error: { code: 'internal' } });
    expect(wireReply({ err: { message: 'boom' } })).toEqual({ ok: false, error: { code: 'internal' } });
    expect(wireReply({ res: 'nope' })).toEqual({ ok: false, error: { code: 'internal' } });
  });
});
