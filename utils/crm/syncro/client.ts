import { phoneVariants } from '../../phone/brazil';
import { samePhone } from '../../phone/same';
import { fail, ok, requiredFields, type Result } from '../errors';
import { call, type HttpRequest, type Transport } from '../http';
import type { ConnectionReport, Credentials, CrmProvider, DuplicateQuery, RecordDraft, SavedRecord, ScopeEffect } from '../provider';
import { toLeadBody, toSavedRecord, toSyncroError } from './map';
import {
  anyBody,
  syncroAccountResponse,
  syncroCustomFieldsResponse,
  syncroLeadListResponse,
  syncroLeadResponse,
  syncroPipelinesResponse,
  type SyncroCustomField,
  type SyncroLead,
  type SyncroPipeline,
} from './schemas';

/**
 * Read-only calls that show, before the first save, which scopes the key lacks (syncro.md §9).
 * The write probe moves lead 0, which cannot exist (ids start at 1): the scope check runs before
 * the lead lookup, so a key with `leads:write` gets 404/422 and one without gets 403.
 */
const SCOPE_PROBES: { blocks: ScopeEffect; request: HttpRequest }[] = [
  { blocks: 'pipelines', request: { method: 'GET', path: '/pipelines' } },
  { blocks: 'custom_fields', request: { method: 'GET', path: '/custom-fields', query: { active_only: 'true' } } },
  { blocks: 'find_duplicates', request: { method: 'GET', path: '/leads', query: { per_page: 1 } } },
  { blocks: 'save', request: { method: 'PUT', path: '/leads/0/stage', body: {} } },
];

export interface SyncroProvider extends CrmProvider {
  listPipelines(): Promise<Result<SyncroPipeline[]>>;
  listCustomFields(): Promise<Result<SyncroCustomField[]>>;
}

export function createSyncroProvider({ apiKey, baseUrl }: Credentials, timeoutMs?: number): SyncroProvider {
  // syncro.md §2: the key goes in X-API-Key and nowhere else.
  const transport: Transport = { crm: 'syncro', baseUrl, authHeaders: { 'X-API-Key': apiKey }, timeoutMs };
  const webOrigin = new URL(baseUrl).origin;
  const request = <S extends Parameters<typeof call>[2]>(req: HttpRequest, schema: S) => call(transport, req, schema, toSyncroError);
  const saved = (lead: SyncroLead): SavedRecord => toSavedRecord(lead, webOrigin);

  async function testConnection(): Promise<Result<ConnectionReport>> {
    const account = await request({ method: 'GET', path: '/account' }, syncroAccountResponse);
    if (!account.ok && account.error.code !== 'missing_scope') return account;
    const missingScopes: ConnectionReport['missingScopes'] = [];
    if (!account.ok && account.error.code === 'missing_scope') missingScopes.push({ scope: account.error.scope, blocks: 'account_name' });
    const probes = await Promise.all(SCOPE_PROBES.map(async (probe) => ({ probe, result: await request(probe.request, anyBody) })));
    for (const { probe, result } of probes) {
      if (result.ok || result.error.code === 'not_found' || result.error.code === 'validation') continue;
      if (result.error.code !== 'missing_scope') return fail(result.error);
      missingScopes.push({ scope: result.error.scope, blocks: probe.blocks });
    }
    const details = account.ok ? account.data.account : null;
    return ok({ crm: 'syncro', accountName: details?.name ?? null, plan: details?.plan ?? null, missingScopes });
  }

  async function findDuplicates({ phones, email }: DuplicateQuery): Promise<Result<SavedRecord[]>> {
    // §8.5: `q` also matches names and its rule is undocumented, so results are filtered here.
    const searches = [
      ...phones.flatMap(phoneVariants).map((phone) => ({ q: phone, matches: (lead: SyncroLead) => samePhone(lead.phone, phone) })),
      ...(email ? [{ q: email, matches: (lead: SyncroLead) => lead.email?.toLowerCase() === email.toLowerCase() }] : []),
    ];
    const found = new Map<number, SavedRecord>();
    for (const search of searches) {
      const page = await request({ method: 'GET', path: '/leads', query: { q: search.q, per_page: 20 } }, syncroLeadListResponse);
      if (!page.ok) return page;
      for (const lead of page.data.data.filter(search.matches)) found.set(lead.id, saved(lead));
    }
    return ok([...found.values()]);
  }

  async function createRecord(draft: RecordDraft): Promise<Result<SavedRecord>> {
    if (!draft.syncro) return fail(requiredFields('syncro', 'pipeline', 'stage'));
    const created = await request({ method: 'POST', path: '/leads', body: toLeadBody(draft) }, syncroLeadResponse);
    return created.ok ? ok(saved(created.data.lead)) : created;
  }

  async function updateRecord(id: string, draft: RecordDraft): Promise<Result<SavedRecord>> {
    // [A] syncro.md §8.9: update is announced but undocumented; PUT with the create fields.
    const updated = await request({ method: 'PUT', path: `/leads/${encodeURIComponent(id)}`, body: toLeadBody(draft) }, syncroLeadResponse);
    return updated.ok ? ok(saved(updated.data.lead)) : updated;
  }

  async function listPipelines(): Promise<Result<SyncroPipeline[]>> {
    const result = await request({ method: 'GET', path: '/pipelines' }, syncroPipelinesResponse);
    return result.ok ? ok(result.data.pipelines) : result;
  }

  async function listCustomFields(): Promise<Result<SyncroCustomField[]>> {
    const result = await request({ method: 'GET', path: '/custom-fields', query: { active_only: 'true' } }, syncroCustomFieldsResponse);
    if (!result.ok) return result;
    const active = result.data.data.filter((field) => field.is_active);
    return ok(active.sort((a, b) => (a.sort_order ?? 0) - (b.sort_order ?? 0)));
  }

  return { crm: 'syncro', testConnection, findDuplicates, createRecord, updateRecord, listPipelines, listCustomFields };
}

