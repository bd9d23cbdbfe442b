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

/** §6: the list shape is undocumented; accept a bare array as well as `{ data: [...] }`. */
export const synaxContactListResponse = z
  .union([z.object({ data: z.array(synaxContactSchema) }), z.array(synaxContactSchema)])
  .transform((body) => (Array.isArray(body) ? body : body.data));

export const anyBody = z.unknown();
