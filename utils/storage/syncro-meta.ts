import { storage } from '#imports';
import { z } from 'zod';
import { syncroCustomFieldSchema, syncroPipelineSchema } from '../crm/syncro/schemas';

/** Syncro's pipelines and custom-field definitions, cached for the popup (syncro.md §8.3, §8.4). */
export const syncroMetaSchema = z.object({
  pipelines: z.array(syncroPipelineSchema),
  customFields: z.array(syncroCustomFieldSchema),
  fetchedAt: z.number(),
});
export type SyncroMeta = z.infer<typeof syncroMetaSchema>;

/** `account` ties the cache to one base URL + key, so switching accounts never shows stale pipelines. */
const cachedSchema = z.object({ account: z.string(), meta: syncroMetaSchema });
type Cached = z.infer<typeof cachedSchema>;

const cacheItem = storage.defineItem<Cached | null>('local:syncroMeta', { fallback: null, version: 1 });

export async function readSyncroMeta(account: string): Promise<SyncroMeta | null> {
  const parsed = cachedSchema.safeParse(await cacheItem.getValue());
  return parsed.success && parsed.data.account === account ? parsed.data.meta : null;
}

export async function writeSyncroMeta(account: string, meta: SyncroMeta): Promise<void> {
  await cacheItem.setValue({ account, meta });
}
