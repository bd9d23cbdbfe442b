import { z } from 'zod';
import { crmIdSchema } from '../crm/errors';
import { defineStoredItem } from './define';

// The outbox's own items besides its entries (`local:outbox/<id>`, format and migrations in
// utils/outbox/store.ts, whose schema builds on storage's own and so cannot be declared here).

/** A 429 pauses that CRM for every delivery, not just the one that got it (limits are per key). */
const holdsSchema = z.partialRecord(crmIdSchema, z.number());
export type Holds = z.infer<typeof holdsSchema>;
export const holdsItem = defineStoredItem('local:outboxHolds', { version: 1, schema: holdsSchema, fallback: {} });

/** Entries set aside, kept (bounded) rather than deleted: they may hold a rep's capture. */
const quarantinedSchema = z.object({ key: z.string(), at: z.number(), reason: z.string(), raw: z.unknown() });
export type Quarantined = z.infer<typeof quarantinedSchema>;
export const quarantineItem = defineStoredItem('local:outboxQuarantine', { version: 1, schema: z.array(quarantinedSchema), fallback: [] });
