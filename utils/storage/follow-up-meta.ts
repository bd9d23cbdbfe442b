import { z } from 'zod';
import { crmIdSchema } from '../crm/errors';
import { defineStoredItem } from './define';

/**
 * What the popup's follow-up blocks offer (issue 16), cached like Syncro's pipelines: Syncro's
 * team for a task's assignee (syncro.md §8.2), Synax's pipelines with their stages for a deal
 * (synax.md §9.7). Each CRM fills only its own part.
 */
export const followUpMetaSchema = z.object({
  users: z.array(z.object({ id: z.number().int(), name: z.string() })),
  pipelines: z.array(z.object({ id: z.string(), name: z.string(), stages: z.array(z.object({ id: z.string(), name: z.string() })) })),
  fetchedAt: z.number(),
});
export type FollowUpMeta = z.infer<typeof followUpMetaSchema>;

/** Per CRM, tied to one base URL + key (`account`), so switching accounts never shows another team. */
const cachedSchema = z.partialRecord(crmIdSchema, z.object({ account: z.string(), meta: followUpMetaSchema }));

export const followUpMetaItem = defineStoredItem('local:followUpMeta', { version: 1, schema: cachedSchema, fallback: {} });

export async function readFollowUpMeta(crm: 'syncro' | 'synax', account: string): Promise<FollowUpMeta | null> {
  const cached = (await followUpMetaItem.getValue())[crm];
  return cached?.account === account ? cached.meta : null;
}

export async function writeFollowUpMeta(crm: 'syncro' | 'synax', account: string, meta: FollowUpMeta): Promise<void> {
  const all = await followUpMetaItem.getValue();
  await followUpMetaItem.setValue({ ...all, [crm]: { account, meta } });
}
