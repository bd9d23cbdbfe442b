import { phoneVariants } from '../../phone/brazil';
import { samePhone } from '../../phone/same';
import { fail, ok, requiredFields, type Result } from '../errors';
import { call, type HttpRequest, type Transport } from '../http';
import type { ConnectionReport, Credentials, CrmProvider, DealDraft, DuplicateQuery, FollowUpAction, RecordDraft, SavedFollowUp, SavedRecord } from '../provider';
import { notesFull } from '../keep-both';
import { synaxWebOrigin, toContactBody, toContactUpdate, toDealBody, toSavedDeal, toSavedRecord, toSynaxError } from './map';
import {
  anyBody,
  synaxContactDetailResponse,
  synaxContactListResponse,
  synaxContactResponse,
  synaxDealListResponse,
  synaxDealResponse,
  synaxPipelineListResponse,
  synaxStageListResponse,
  type SynaxContact,
  type SynaxPipeline,
  type SynaxStage,
} from './schemas';

/**
 * There is no dry-run endpoint (synax.md §11.1). Patching a contact id that cannot exist checks
 * the write scope without changing anything: a write key gets 404, a read-only key 403.
 */
const WRITE_PROBE: HttpRequest = {
  method: 'PATCH',
  path: '/contacts/00000000-0000-0000-0000-000000000000',
  body: { phone: '+5511900000000' },
};

export interface SynaxProvider extends CrmProvider {
  listPipelines(): Promise<Result<SynaxPipeline[]>>;
  /** §9.7: every stage in board order (`position`), or only those of one pipeline. */
  listStages(pipelineId?: string): Promise<Result<SynaxStage[]>>;
  /** §9.6: a deal with the contact `contactId`, in the draft's stage. */
  createDeal(contactId: string, deal: DealDraft): Promise<Result<SavedFollowUp>>;
  /** The contact's open deal with this title and stage, if one was already created (e.g. its 201 was lost). */
  findDeal(contactId: string, deal: DealDraft): Promise<Result<SavedFollowUp | null>>;
  createFollowUp(recordId: string, action: FollowUpAction): Promise<Result<SavedFollowUp>>;
  findFollowUp(recordId: string, action: FollowUpAction): Promise<Result<SavedFollowUp | null>>;
}

export function createSynaxProvider({ apiKey, baseUrl }: Credentials, timeoutMs?: number, pace?: Transport['pace']): SynaxProvider {
  // synax.md §2 accepts Bearer or X-Api-Key; we send only Bearer.
  const transport: Transport = { crm: 'synax', baseUrl, authHeaders: { Authorization: `Bearer ${apiKey}` }, timeoutMs, pace };
  const webOrigin = synaxWebOrigin(baseUrl);
  const request = <S extends Parameters<typeof call>[2]>(req: HttpRequest, schema: S) => call(transport, req, schema, toSynaxError);
  const saved = (contact: SynaxContact): SavedRecord => toSavedRecord(contact, webOrigin);

  async function testConnection(): Promise<Result<ConnectionReport>> {
    const missingScopes: ConnectionReport['missingScopes'] = [];
    const list = await request({ method: 'GET', path: '/contacts', query: { limit: 1 } }, synaxContactListResponse);
    if (!list.ok && list.error.code !== 'missing_scope') return list;
    if (!list.ok && list.error.code === 'missing_scope') missingScopes.push({ scope: list.error.scope, blocks: 'find_duplicates' });
    const probe = await request(WRITE_PROBE, anyBody);
    if (!probe.ok && probe.error.code === 'missing_scope') missingScopes.push({ scope: probe.error.scope, blocks: 'save' });
    else if (!probe.ok && !['not_found', 'validation'].includes(probe.error.code)) return fail(probe.error);
    return ok({ crm: 'synax', accountName: null, plan: null, missingScopes });
  }

  async function findDuplicates({ phones, email }: DuplicateQuery): Promise<Result<SavedRecord[]>> {
    // §6.1 [A]: PostgREST-style equality filters. A row that does not match means the gateway
    // ignores the filter: the answer is then a sample, and a miss would prove nothing.
    const searches = [
      ...phones.flatMap(phoneVariants).map((phone) => ({ query: { phone: `eq.${phone}` }, matches: (c: SynaxContact) => samePhone(c.phone, phone) })),
      ...(email ? [{ query: { email: `eq.${email}` }, matches: (c: SynaxContact) => c.email?.toLowerCase() === email.toLowerCase() }] : []),
    ];
    const found = new Map<string, SavedRecord>();
    for (const search of searches) {
      const page = await request({ method: 'GET', path: '/contacts', query: { ...search.query, limit: 5 } }, synaxContactListResponse);
      if (!page.ok) return page;
      if (!page.data.every(search.matches)) return fail({ code: 'lookup_unreliable', crm: 'synax' });
      for (const contact of page.data) found.set(contact.id, saved(contact));
    }
    return ok([...found.values()]);
  }

  async function createRecord(draft: RecordDraft): Promise<Result<SavedRecord>> {
    if (!draft.contact.phones.length) return fail(requiredFields('synax', 'phone'));
    const created = await request({ method: 'POST', path: '/contacts', body: toContactBody(draft) }, synaxContactResponse);
    return created.ok ? ok(saved(created.data.data)) : created;
  }

  async function updateRecord(id: string, draft: RecordDraft): Promise<Result<SavedRecord>> {
    if (!draft.contact.phones.length) return fail(requiredFields('synax', 'phone'));
    const path = `/contacts/${encodeURIComponent(id)}`;
    // The contact as it is now (§9.2), so its own phone, e-mail, notes and tags are kept, not overwritten.
    const stored = await request({ method: 'GET', path }, synaxContactDetailResponse);
    if (!stored.ok) return stored;
    const update = toContactUpdate(stored.data.data, draft);
    if (!update) return fail(notesFull('synax'));
    const updated = await request({ method: 'PATCH', path, body: update.body }, synaxContactResponse);
    return updated.ok ? ok({ ...saved(updated.data.data), changes: update.changes }) : updated;
  }

  async function listPipelines(): Promise<Result<SynaxPipeline[]>> {
    return request({ method: 'GET', path: '/pipelines' }, synaxPipelineListResponse);
  }

  async function listStages(pipelineId?: string): Promise<Result<SynaxStage[]>> {
    // Filtering stages by pipeline is undocumented (§9.7): all stages are fetched and filtered here,
    // and sorted again in case the gateway ignores `order`.
    const result = await request({ method: 'GET', path: '/stages', query: { order: 'position.asc' } }, synaxStageListResponse);
    if (!result.ok) return result;
    const wanted = pipelineId === undefined ? result.data : result.data.filter((stage) => stage.pipeline_id === pipelineId);
    return ok([...wanted].sort((a, b) => (a.position ?? 0) - (b.position ?? 0)));
  }

  async function createDeal(contactId: string, deal: DealDraft): Promise<Result<SavedFollowUp>> {
    const created = await request({ method: 'POST', path: '/deals', body: toDealBody(deal, contactId) }, synaxDealResponse);
    return created.ok ? ok(toSavedDeal(created.data.data, webOrigin)) : created;
  }

  async function findDeal(contactId: string, deal: DealDraft): Promise<Result<SavedFollowUp | null>> {
    // §6 [A]: PostgREST-style equality, newest first. A deal of another contact means the filter was ignored.
    const query = { contact_id: `eq.${contactId}`, order: 'created_at.desc', limit: 100 };
    const page = await request({ method: 'GET', path: '/deals', query }, synaxDealListResponse);
    if (!page.ok) return page;
    if (page.data.some((found) => found.contact_id !== contactId)) return fail({ code: 'lookup_unreliable', crm: 'synax' });
    const same = page.data.find((found) => found.title === deal.title.trim() && found.stage_id === deal.stageId);
    return ok(same ? toSavedDeal(same, webOrigin) : null);
  }

  const noTasks = (): Result<never> => fail({ code: 'refused', crm: 'synax', status: 400, message: '' });
  const createFollowUp = (contactId: string, action: FollowUpAction) => (action.kind === 'deal' ? createDeal(contactId, action.deal) : Promise.resolve(noTasks()));
  const findFollowUp = (contactId: string, action: FollowUpAction) => (action.kind === 'deal' ? findDeal(contactId, action.deal) : Promise.resolve(noTasks()));

  return { crm: 'synax', testConnection, findDuplicates, createRecord, updateRecord, listPipelines, listStages, createDeal, findDeal, createFollowUp, findFollowUp };
}
