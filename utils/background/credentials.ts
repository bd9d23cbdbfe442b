import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import { z } from 'zod';
import type { CrmId } from '../constants/crm';

/**
 * The only reader and writer of API keys. They live in the extension origin's IndexedDB:
 * content scripts run in the page's origin and cannot open it, in Chromium and Firefox alike
 * (COMPAT(firefox): storage.local has no access-level switch there). Never synced, never logged,
 * never sent in a message.
 */
let opened: UseStore | undefined;
/** Opened on first use, not at import: loading this module (build, tests, router) must not touch IndexedDB. */
const secrets = () => (opened ??= createStore('crm-capture-secrets', 'api-keys'));

const storedKeySchema = z.object({ version: z.literal(1), apiKey: z.string().min(1), savedAt: z.number() });
type StoredKey = z.infer<typeof storedKeySchema>;

export async function readApiKey(crm: CrmId): Promise<string | null> {
  const parsed = storedKeySchema.safeParse(await get<unknown>(crm, secrets()));
  return parsed.success ? parsed.data.apiKey : null;
}

export async function writeApiKey(crm: CrmId, apiKey: string): Promise<void> {
  const record: StoredKey = { version: 1, apiKey, savedAt: Date.now() };
  await set(crm, record, secrets());
}

export async function deleteApiKey(crm: CrmId): Promise<void> {
  await del(crm, secrets());
}
