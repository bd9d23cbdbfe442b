import { z } from 'zod';
import { syncroCustomFieldSchema, syncroPipelineSchema } from '../crm/syncro/schemas';
import { defineStoredItem } from './define';

/** Syncro's pipelines and custom-field definitions, cached for the popup (syncro.md §8.3, §8.4). */
export const syncroMetaSchema = z.object({
  pipelines: z.array(syncroPipelineSchema),
  customFields: z.array(syncroCustomFieldSchema),
  fetchedAt: z.number(),
});
export type SyncroMeta = z.infer<typeof syncroMetaSchema>;

/** `account` ties the cache to one base URL + key, so switching accounts never shows stale pipelines. */
const cachedSchema = z.object({ account: z.string(), meta: syncroMetaSchema }).nullable();

export const syncroMetaItem = defineStoredItem('local:syncroMeta', { version: 1, schema: cachedSchema, fallback: null });

export async function readSyncroMeta(account: string): Promise<SyncroMeta | null> {
  const cached = await syncroMetaItem.getValue();
  return cached?.account === account ? cached.meta : null;
}

export async function writeSyncroMeta(account: string, meta: SyncroMeta): Promise<void> {
  await syncroMetaItem.setValue({ account, meta });
}
