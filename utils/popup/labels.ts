import type { CrmId } from '../crm/errors';

// Plain constants for the popup bundle: utils/crm/errors.ts has the same list, but as a zod
// enum, and zod must stay out of the popup (see scripts/bench/popup.ts).

/** Both CRMs, in the order the popup shows them. */
export const CRMS = ['syncro', 'synax'] as const satisfies readonly CrmId[];

/** Brand names, never translated. (CRM_CONFIG has them too, but pulls the adapters with it.) */
export const CRM_LABELS: Record<CrmId, string> = { syncro: 'Syncro', synax: 'Synax' };

/** Synax contact temperature (synax.md §4.1). */
export const TEMPERATURES = ['cold', 'warm', 'hot'] as const;
export type Temperature = (typeof TEMPERATURES)[number];
