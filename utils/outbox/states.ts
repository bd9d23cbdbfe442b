// Plain constants (no zod): the popup and the history page import them, and zod stays out of
// their bundles (see scripts/bench/popup.ts).

/**
 * queued → sending → delivered, or → retrying (→ sending …), or → needs_attention (the CRM
 * refused it for a reason only the user can fix) → queued again after an edit, or → discarded.
 */
export const DELIVERY_STATES = ['queued', 'sending', 'retrying', 'delivered', 'needs_attention', 'discarded'] as const;
export type DeliveryState = (typeof DELIVERY_STATES)[number];

/** Still owed to a CRM: counted on the toolbar badge, never pruned. */
export const UNSETTLED_STATES: readonly DeliveryState[] = ['queued', 'sending', 'retrying', 'needs_attention'];
export const isUnsettled = (state: DeliveryState) => UNSETTLED_STATES.includes(state);

/** How a delivery ended: a new record, an update, or the record an interrupted create had already made. */
export const DELIVERY_VIAS = ['created', 'updated', 'found'] as const;
export type DeliveryVia = (typeof DELIVERY_VIAS)[number];

/**
 * rejected: the CRM said no (key, scope, data, plan, any other 4xx). unverifiable: an earlier
 * create may have arrived and we cannot look it up (no phone/e-mail, a key that cannot read, a
 * lookup that ignores its filter), so we ask rather than risk a duplicate. duplicate: the popup
 * could not check for duplicates and the outbox found records the user never saw (open, update
 * or create anyway). gave_up: it failed MAX_STRIKES times in a row; sent again when the user says.
 */
export const ATTENTION_REASONS = ['rejected', 'unverifiable', 'duplicate', 'gave_up'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** Failures worth retrying: the CRM or the network may answer differently later, unlike a refusal. */
export const RETRYABLE_CODES = ['rate_limited', 'server', 'network', 'timeout', 'unexpected', 'internal'] as const;
