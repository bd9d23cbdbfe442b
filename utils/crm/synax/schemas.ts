import { z } from 'zod';

// Shapes from docs/api/synax.md §4; single objects come wrapped in `{ data }`.

export const synaxContactSchema = z.object({
  id: z.string(),
  name: z.string().nullable().optional(),
  email: z.string().nullable().optional(),
  phone: z.string().nullable().optional(),
});
export type SynaxContact = z.infer<typeof synaxContactSchema>;

export const synaxContactResponse = z.object({ data: synaxContactSchema });

/** §9.2: what an update keeps (utils/crm/keep-both.ts); notes live in `custom_fields.notas` (map.ts). */
export const synaxContactDetailSchema = synaxContactSchema.extend({
  tags: z.array(z.string()).nullable().optional(),
  custom_fields: z.record(z.string(), z.unknown()).nullable().optional(),
});
export type SynaxContactDetail = z.infer<typeof synaxContactDetailSchema>;
export const synaxContactDetailResponse = z.object({ data: synaxContactDetailSchema });

/** §6: the list shape is undocumented; accept a bare array as well as `{ data: [...] }`. */
export const synaxContactListResponse = z
  .union([z.object({ data: z.array(synaxContactSchema) }), z.array(synaxContactSchema)])
  .transform((body) => (Array.isArray(body) ? body : body.data));

/** §4.4 [A]: only `id` and `name` are relied on. */
export const synaxPipelineSchema = z.object({ id: z.string(), name: z.string() });
export type SynaxPipeline = z.infer<typeof synaxPipelineSchema>;

/** §4.4 [A]: `pipeline_id` and `position` are assumed; without them a stage still lists. */
export const synaxStageSchema = z.object({
  id: z.string(),
  name: z.string(),
  pipeline_id: z.string().nullable().optional(),
  position: z.number().nullable().optional(),
});
export type SynaxStage = z.infer<typeof synaxStageSchema>;

/** §4.3: the fields the guide's requests show; the rest of the Deal is undocumented. */
export const synaxDealSchema = z.object({
  id: z.string(),
  title: z.string(),
  value: z.number().nullable().optional(),
  contact_id: z.string().nullable().optional(),
  stage_id: z.string().nullable().optional(),
  status: z.string().optional(),
});
export type SynaxDeal = z.infer<typeof synaxDealSchema>;

/** §9.6 [A] `{ data: Deal }`. */
export const synaxDealResponse = z.object({ data: synaxDealSchema });

/** Lists in both shapes, as for contacts (§6). */
const listOf = <T extends z.ZodTypeAny>(item: T) => z.union([z.object({ data: z.array(item) }), z.array(item)]).transform((body) => (Array.isArray(body) ? body : body.data));
export const synaxPipelineListResponse = listOf(synaxPipelineSchema);
export const synaxStageListResponse = listOf(synaxStageSchema);
export const synaxDealListResponse = listOf(synaxDealSchema);

export const anyBody = z.unknown();
