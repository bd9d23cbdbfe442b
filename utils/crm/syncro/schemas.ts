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
  options: z
    .array(z.string())
    .nullable()
    .optional()
    .transform((options) => options ?? []),
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
  custom_fields: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type SyncroLead = z.infer<typeof syncroLeadSchema>;

export const syncroLeadResponse = z.object({ success: z.literal(true), lead: syncroLeadSchema });

/** §8.8: what an update keeps (utils/crm/keep-both.ts); a field we cannot read fails the read, never reads as empty. */
export const syncroLeadDetailSchema = syncroLeadSchema.extend({
  notes: z.string().nullable().optional(),
  tags: z.array(z.string()).nullable().optional(),
});
export type SyncroLeadDetail = z.infer<typeof syncroLeadDetailSchema>;
export const syncroLeadDetailResponse = z.object({ success: z.literal(true), lead: syncroLeadDetailSchema });

export const syncroLeadListResponse = z.object({
  success: z.literal(true),
  data: z.array(syncroLeadSchema),
  meta: z.object({ total: z.number(), has_more: z.boolean() }),
});

/** §7.3; `role` is an open string so a role added later does not break the assignee picker. */
export const syncroUserSchema = z.object({ id: z.number().int(), name: z.string(), email: z.string().nullable().optional(), role: z.string().optional() });
export type SyncroUser = z.infer<typeof syncroUserSchema>;

export const syncroUsersResponse = z.object({ success: z.literal(true), data: z.array(syncroUserSchema) });

/** A list item (§8.16 shows this subset); the full Task of §7.5 adds the rest, all read leniently. */
export const syncroTaskSummarySchema = z.object({
  id: z.number().int(),
  subject: z.string(),
  type: z.string(),
  status: z.string(),
  priority: z.string().nullable().optional(),
  due_date: z.string(),
  lead_id: z.number().int().nullable(),
});
export type SyncroTaskSummary = z.infer<typeof syncroTaskSummarySchema>;

export const syncroTaskSchema = syncroTaskSummarySchema.extend({
  due_time: z.string().nullable().optional(),
  assigned_to: z.number().int().nullable().optional(),
});
export type SyncroTask = z.infer<typeof syncroTaskSchema>;

/** §8.17: the 201 body is undocumented ([A] `{success, data: Task}`). */
export const syncroTaskResponse = z.object({ success: z.literal(true), data: syncroTaskSchema });

export const syncroTaskListResponse = z.object({
  success: z.literal(true),
  data: z.array(syncroTaskSummarySchema),
  meta: z.object({ total: z.number(), has_more: z.boolean() }),
});

/** Any 2xx body; used by the scope probes, whose answers we only read the status of. */
export const anyBody = z.unknown();
