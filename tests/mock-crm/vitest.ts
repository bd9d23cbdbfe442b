import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { MockServer } from './common';
import { startSynaxMock, startSyncroMock, type SynaxMock, type SyncroMock } from './index';

/**
 * A mock CRM for a vitest file: started once, reset before each test, closed at the end. The
 * returned value stands for the running mock (it forwards to it), so tests use it as the mock.
 */
export function useMock<M extends MockServer>(start: () => Promise<M>): M {
  let running: M | undefined;
  beforeAll(async () => {
    running = await start();
  });
  afterAll(() => running?.close());
  beforeEach(() => running?.reset());
  return new Proxy({} as M, {
    get(_, key) {
      if (!running) throw new Error('the mock CRM is used before it started (outside a test?)');
      const value: unknown = Reflect.get(running, key);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

/** Both mock CRMs for a vitest file. */
export function useMockCrms(): { readonly syncro: SyncroMock; readonly synax: SynaxMock } {
  return { syncro: useMock(startSyncroMock), synax: useMock(startSynaxMock) };
}
