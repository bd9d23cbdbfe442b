import type { CrmId } from '../constants/crm';
import type { CrmError } from '../crm/errors';
import type { Reply } from '../messaging/protocol';
import { readFollowUpMeta, writeFollowUpMeta, type FollowUpMeta } from '../storage/follow-up-meta';
import { SYNCRO_META_MAX_AGE_MS } from './syncro-meta';
import { connectionStatus, providerFor } from './connections';

export interface FollowUpMetaAnswer {
  meta: FollowUpMeta;
  /** Older than the max age: the popup shows it and asks again with `refresh`. */
  stale: boolean;
  /** The list could not be read (now): the block still works, without it or with the old one. */
  warning: CrmError | null;
  /** The scope the key lacks to create the follow-up, from the last connection test (Syncro `tasks:write`). */
  missingScope: string | null;
}

type Fetched = { ok: true; meta: FollowUpMeta } | { ok: false; error: CrmError };

const inFlight = new Map<string, Promise<Fetched>>();

async function fetchMeta(crm: CrmId, now: () => number): Promise<Fetched> {
  if (crm === 'syncro') {
    const provider = await providerFor('syncro');
    if (!provider) return { ok: false, error: { code: 'not_configured', crm } };
    const users = await provider.listUsers();
    return users.ok ? { ok: true, meta: { users: users.data.map(({ id, name }) => ({ id, name })), pipelines: [], fetchedAt: now() } } : users;
  }
  const provider = await providerFor('synax');
  if (!provider) return { ok: false, error: { code: 'not_configured', crm } };
  const [pipelines, stages] = await Promise.all([provider.listPipelines(), provider.listStages()]);
  if (!pipelines.ok) return pipelines;
  if (!stages.ok) return stages;
  const withStages = pipelines.data.map(({ id, name }) => ({
    id,
    name,
    stages: stages.data.filter((stage) => stage.pipeline_id === id).map((stage) => ({ id: stage.id, name: stage.name })),
  }));
  return { ok: true, meta: { users: [], pipelines: withStages, fetchedAt: now() } };
}

/** One fetch per CRM and account at a time, however many popups ask. */
function fetchOnce(crm: CrmId, account: string, now: () => number): Promise<Fetched> {
  const key = `${crm}|${account}`;
  const running = inFlight.get(key);
  if (running) return running;
  const started = fetchMeta(crm, now)
    .then(async (fetched) => {
      if (fetched.ok) await writeFollowUpMeta(crm, account, fetched.meta);
      return fetched;
    })
    .finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}

/** Syncro's team or Synax's pipelines and stages, stale-while-revalidate as the Syncro pipelines (syncro-meta.ts). */
export async function followUpMeta(crm: CrmId, refresh: boolean, now: () => number = Date.now): Promise<Reply<FollowUpMetaAnswer>> {
  const status = await connectionStatus(crm);
  if (!status.configured) return { ok: false, error: { code: 'not_configured', crm } };
  const missingScope = status.lastTest?.report?.missingScopes.find((missing) => missing.blocks === 'follow_up_task')?.scope ?? null;
  const account = `${status.baseUrl}|${status.keyHint ?? ''}`;
  const cached = await readFollowUpMeta(crm, account);
  const stale = cached !== null && now() - cached.fetchedAt > SYNCRO_META_MAX_AGE_MS;
  if (cached && !refresh) return { ok: true, data: { meta: cached, stale, warning: null, missingScope } };
  const fetched = await fetchOnce(crm, account, now);
  if (fetched.ok) return { ok: true, data: { meta: fetched.meta, stale: false, warning: null, missingScope } };
  // A key without users:read, or a CRM that is down: the block still works, without the list.
  return { ok: true, data: { meta: cached ?? { users: [], pipelines: [], fetchedAt: 0 }, stale: cached !== null, warning: fetched.error, missingScope } };
}
