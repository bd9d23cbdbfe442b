// Local mock CRMs for tests, e2e and the demo (syncro.md §12, synax.md §12).
import { SYNAX_DEMO_KEYS } from './synax-types';
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
