import { z } from 'zod';

// Response shapes from docs/api/syncro.md §3 and §7; each endpoint has its own envelope.

export const syncroAccountResponse = z.object({
  success: z.literal(true),
  account: z.object({ id: z.number().int(), name: z.string(), plan: z.string().nullable().optional() }),
});

export const syncroStageSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  color: z.string().nullable().optional(),
  is_won: z.boolean(),
  is_lost: z.boolean(),
});
export const syncroPipelineSchema = z.object({ id: z.number().int(), name: z.string(), stages: z.array(syncroStageSchema) });
export type SyncroPipeline = z.infer<typeof syncroPipelineSchema>;

export const syncroPipelinesResponse = z.object({
  success: z.literal(true),
  pipelines: z.array(syncroPipelineSchema),
  lost_reasons: z.array(z.object({ id: z.number().int(), name: z.string() })).optional(),
});

/** §7.4: unknown field types are treated as text, so the enum is open. */
export const SYNCRO_FIELD_TYPES = ['text', 'number', 'currency', 'date', 'select', 'multiselect', 'checkbox'] as const;
export const syncroCustomFieldSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  label: z.string(),
  field_type: z.string().transform((type) => ((SYNCRO_FIELD_TYPES as readonly string[]).includes(type) ? type : 'text') as SyncroFieldType),
  options: z.array(z.string()).nullable().optional().transform((options) => options ?? []),
  is_required: z.boolean(),
  is_active: z.boolean(),
  sort_order: z.number().int().optional(),
});
export type SyncroFieldType = (typeof SYNCRO_FIELD_TYPES)[number];
export type SyncroCustomField = z.infer<typeof syncroCustomFieldSchema>;

export const syncroCustomFieldsResponse = z.object({ success: z.literal(true), data: z.array(syncroCustomFieldSchema) });

export const syncroLeadSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  phone: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
});
export type SyncroLead = z.infer<typeof syncroLeadSchema>;

export const syncroLeadResponse = z.object({ success: z.literal(true), lead: syncroLeadSchema });

export const syncroLeadListResponse = z.object({
  success: z.literal(true),
  data: z.array(syncroLeadSchema),
  meta: z.object({ total: z.number(), has_more: z.boolean() }),
});

/** Any 2xx body; used by the scope probes, whose answers we only read the status of. */
export const anyBody = z.unknown();
