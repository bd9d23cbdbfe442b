import { afterAll, beforeAll, beforeEach } from 'vitest';
import { startSynaxMock, startSyncroMock, type SynaxMock, type SyncroMock } from './index';

/** Both mock CRMs for a vitest file: started once, reset before each test, closed at the end. */
export function useMockCrms(): { readonly syncro: SyncroMock; readonly synax: SynaxMock } {
  const crms = {} as { syncro: SyncroMock; synax: SynaxMock };
  beforeAll(async () => {
    [crms.syncro, crms.synax] = await Promise.all([startSyncroMock(), startSynaxMock()]);
  });
  afterAll(() => Promise.all([crms.syncro.close(), crms.synax.close()]));
  beforeEach(() => {
    crms.syncro.reset();
    crms.synax.reset();
  });
  return crms;
}
