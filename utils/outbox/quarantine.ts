import { z } from 'zod';
import { crmIdSchema } from '../crm/errors';
import { recordJobSchema } from './schema';
import type { Quarantined } from '../storage/outbox';
import type { NewDelivery } from './transitions';

/** What the capture history shows of an entry set aside: enough to recognise it, and the whole of it to export. */
export const quarantineViewSchema = z.object({
  key: z.string(),
  at: z.number(),
  reason: z.string(),
  crm: crmIdSchema.nullable(),
  name: z.string().nullable(),
  /** Its job still reads: it can be sent again. */
  resendable: z.boolean(),
  raw: z.unknown(),
});
export type QuarantineView = z.infer<typeof quarantineViewSchema>;

const salvageable = z.object({
  id: z
    .string()
    .uuid()
    .catch(() => crypto.randomUUID()),
  job: recordJobSchema,
  existingIds: z.array(z.string().max(100)).max(50).catch([]),
  /** A follow-up (task, deal) is never resent as the record it belongs to. */
  followUp: z.null().optional(),
});

/**
 * What can still be sent of an unreadable entry: its job (the record, where it goes), if that
 * part reads. It may have reached the CRM before it became unreadable, so it looks first, and
 * anything found is shown to the user rather than taken as ours (`checkDuplicates`).
 */
export function salvage(raw: unknown): NewDelivery | null {
  const parsed = salvageable.safeParse(raw);
  if (!parsed.success) return null;
  const { id, job, existingIds } = parsed.data;
  return { ...job, deliveryId: id, existingIds, checkDuplicates: true };
}

export function quarantineView(item: Quarantined): QuarantineView {
  const delivery = salvage(item.raw);
  const job = item.raw && typeof item.raw === 'object' ? (item.raw as { job?: { crm?: unknown; draft?: { contact?: { name?: unknown } } } }).job : undefined;
  const crm = crmIdSchema.safeParse(job?.crm);
  const name = job?.draft?.contact?.name;
  return {
    key: item.key,
    at: item.at,
    reason: item.reason,
    crm: crm.success ? crm.data : null,
    name: typeof name === 'string' ? name.slice(0, 255) : null,
    resendable: delivery !== null,
    raw: item.raw,
  };
}
