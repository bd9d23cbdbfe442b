// Local mock CRMs for tests, e2e and the demo (syncro.md §12, synax.md §12).
import { SYNAX_DEMO_KEYS } from './synax-types';
import type { MockServer } from './common';
import { SYNCRO_DEMO_KEYS } from './syncro-fixtures';

export type { Fault, FaultRule, MockServer, RecordedRequest } from './common';
export * from './syncro';
export * from './synax';

/** Installed when a mock starts without `keys`: full and read-only keys for each CRM. */
export const DEMO_KEYS: { syncro: string; syncroReadOnly: string; synax: string; synaxReadOnly: string } = {
  syncro: SYNCRO_DEMO_KEYS.full,
  syncroReadOnly: SYNCRO_DEMO_KEYS.readOnly,
  synax: SYNAX_DEMO_KEYS.full,
  synaxReadOnly: SYNAX_DEMO_KEYS.readOnly,
};

/** A fresh mock for one test, closed afterwards: the `syncro`/`synax` fixtures of both browsers' suites. */
export async function withMock<M extends MockServer>(start: () => Promise<M>, use: (mock: M) => Promise<void>): Promise<void> {
  const mock = await start();
  try {
    await use(mock);
  } finally {
    await mock.close();
  }
}
