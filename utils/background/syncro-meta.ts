import type { CrmError } from '../crm/errors';
import type { SyncroCustomField } from '../crm/syncro/schemas';
import type { Reply } from '../messaging/protocol';
import { readSyncroMeta, writeSyncroMeta, type SyncroMeta } from '../storage/syncro-meta';
import { connectionStatus, providerFor } from './connections';

/** Pipelines and custom fields change rarely; a rep who just added one presses refresh. */
export const SYNCRO_META_MAX_AGE_MS = 10 * 60 * 1000;

export interface SyncroMetaAnswer {
  meta: SyncroMeta;
  /** Older than the max age: the popup shows it and asks again with `refresh` (joins the same fetch). */
  stale: boolean;
  /** Something the popup should mention without blocking: custom fields unreadable, refresh failed. */
  warning: CrmError | null;
}

type Fetched = { ok: true; meta: SyncroMeta; warning: CrmError | null } | { ok: false; error: CrmError };

/** One fetch per account at a time, however many popups ask (in-flight de-duplication). */
const inFlight = new Map<string, Promise<Fetched>>();

async function fetchMeta(account: string, now: () => number): Promise<Fetched> {
  const provider = await providerFor('syncro');
  if (!provider) return { ok: false, error: { code: 'not_configured', crm: 'syncro' } };
  const [pipelines, customFields] = await Promise.all([provider.listPipelines(), provider.listCustomFields()]);
  if (!pipelines.ok) return { ok: false, error: pipelines.error };
  // Without custom_fields:read a lead can still be saved; the popup says what is missing.
  const meta: SyncroMeta = { pipelines: pipelines.data, customFields: customFields.ok ? customFields.data : [], fetchedAt: now() };
  if (customFields.ok) await writeSyncroMeta(account, meta);
  return { ok: true, meta, warning: customFields.ok ? null : customFields.error };
}

function fetchOnce(account: string, now: () => number): Promise<Fetched> {
  const running = inFlight.get(account);
  if (running) return running;
  const started = fetchMeta(account, now).finally(() => inFlight.delete(account));
  inFlight.set(account, started);
  return started;
}

/** Stale-while-revalidate: a cached answer comes back at once; `refresh` waits for fresh data. */
export async function syncroMeta(refresh: boolean, now: () => number = Date.now): Promise<Reply<SyncroMetaAnswer>> {
  const status = await connectionStatus('syncro');
  if (!status.configured) return { ok: false, error: { code: 'not_configured', crm: 'syncro' } };
  const account = `${status.baseUrl}|${status.keyHint ?? ''}`;
  const cached = await readSyncroMeta(account);
  const stale = cached !== null && now() - cached.fetchedAt > SYNCRO_META_MAX_AGE_MS;
  if (cached && !refresh) return { ok: true, data: { meta: cached, stale, warning: null } };
  const fetched = await fetchOnce(account, now);
  if (fetched.ok) return { ok: true, data: { meta: fetched.meta, stale: false, warning: fetched.warning } };
  // Offline or rate limited: yesterday's pipelines beat none.
  if (cached) return { ok: true, data: { meta: cached, stale: true, warning: fetched.error } };
  return { ok: false, error: fetched.error };
}

/** The account's active custom fields, fresh from Syncro (§8.4): the options list the ones that can hold a WhatsApp username. */
export async function syncroCustomFields(): Promise<Reply<SyncroCustomField[]>> {
  const provider = await providerFor('syncro');
  if (!provider) return { ok: false, error: { code: 'not_configured', crm: 'syncro' } };
  return provider.listCustomFields();
}
