import { ALLOW_LOOPBACK } from '../build-flags';
import { RATE_LIMITS, type CrmId } from '../constants/crm';
import { createPacer, type Pacer, type RateBudget } from '../outbox/pacing';

/**
 * One pacer per CRM for the whole background: every request to that CRM waits its turn under
 * RATE_LIMITS. The e2e build paces only when a test asks (`e2ePacing`), with the production
 * request counts and a shorter window, so the other suites keep their timings and the bulk suite
 * need not wait real minutes; production builds always pace at RATE_LIMITS.
 */
const pacers = new Map<CrmId, Pacer>();
let e2eWindowMs: number | null = null;

function budgetOf(crm: CrmId): RateBudget | null {
  if (!ALLOW_LOOPBACK) return RATE_LIMITS[crm];
  return e2eWindowMs === null ? null : { requests: RATE_LIMITS[crm].requests, windowMs: e2eWindowMs };
}

export function pacerFor(crm: CrmId): Pacer {
  let pacer = pacers.get(crm);
  if (!pacer) {
    pacer = createPacer(() => budgetOf(crm));
    pacers.set(crm, pacer);
  }
  return pacer;
}

/** e2e builds only (entrypoints/background.ts): pace with this window, or not at all (null). */
export function setE2ePacingWindow(windowMs: number | null): void {
  e2eWindowMs = windowMs;
}
