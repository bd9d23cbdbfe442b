import { phoneVariants } from '../../phone/brazil';
import { samePhone } from '../../phone/same';
import { fail, ok, requiredFields, type Result } from '../errors';
import { call, type HttpRequest, type Transport } from '../http';
import type { ConnectionReport, Credentials, CrmProvider, DuplicateQuery, FollowUpAction, FollowUpTask, RecordDraft, SavedFollowUp, SavedRecord, ScopeEffect } from '../provider';
import { notesFull } from '../keep-both';
import { ignoredCustomFields } from './identity-field';
import { toLeadBody, toLeadUpdate, toSavedRecord, toSavedTask, toSyncroError, toTaskBody } from './map';
import {
  anyBody,
  syncroAccountResponse,
  syncroCustomFieldsResponse,
  syncroLeadListResponse,
  syncroLeadDetailResponse,
  syncroLeadResponse,
  syncroPipelinesResponse,
  syncroTaskListResponse,
  syncroTaskResponse,
  syncroUsersResponse,
  type SyncroCustomField,
  type SyncroLead,
  type SyncroPipeline,
  type SyncroTaskSummary,
  type SyncroUser,
} from './schemas';
import type { SyncroTaskPriority, SyncroTaskType } from './task-fields';

/**
 * Calls that change nothing and show, before the first save, which scopes the key lacks (syncro.md §9).
 * The write probe moves lead 0, which cannot exist (ids start at 1): the scope check runs before
 * the lead lookup, so a key with `leads:write` gets 404/422 and one without gets 403.
 */
const SCOPE_PROBES: { blocks: ScopeEffect; request: HttpRequest }[] = [
  { blocks: 'pipelines', request: { method: 'GET', path: '/pipelines' } },
  { blocks: 'custom_fields', request: { method: 'GET', path: '/custom-fields', query: { active_only: 'true' } } },
  { blocks: 'find_duplicates', request: { method: 'GET', path: '/leads', query: { per_page: 1 } } },
  { blocks: 'save', request: { method: 'PUT', path: '/leads/0/stage', body: {} } },
  // An empty task fails validation (422) after the scope check, so nothing is created.
  { blocks: 'follow_up_task', request: { method: 'POST', path: '/tasks', body: {} } },
  { blocks: 'assignees', request: { method: 'GET', path: '/users' } },
];

/** §8.16 filters; dates are `YYYY-MM-DD`. */
export interface TaskFilter {
  leadId?: number;
  assigneeId?: number;
  status?: 'pending' | 'completed';
  type?: SyncroTaskType;
  priority?: SyncroTaskPriority;
  dueFrom?: string;
  dueTo?: string;
  page?: number;
  perPage?: number;
}

export interface TaskPage {
  tasks: SyncroTaskSummary[];
  total: number;
  hasMore: boolean;
}

export interface SyncroProvider extends CrmProvider {
  listPipelines(): Promise<Result<SyncroPipeline[]>>;
  listCustomFields(): Promise<Result<SyncroCustomField[]>>;
  /** §8.2: who a follow-up task can be assigned to. */
  listUsers(): Promise<Result<SyncroUser[]>>;
  /** §8.17: `leadId` is the Syncro lead id as a SavedRecord holds it. */
  createTask(leadId: string, task: FollowUpTask): Promise<Result<SavedFollowUp>>;
  listTasks(filter: TaskFilter): Promise<Result<TaskPage>>;
  /** The lead's task with this type, subject and due date, if one was already created (e.g. its 201 was lost). */
  findTask(leadId: string, task: FollowUpTask): Promise<Result<SavedFollowUp | null>>;
  createFollowUp(recordId: string, action: FollowUpAction): Promise<Result<SavedFollowUp>>;
  findFollowUp(recordId: string, action: FollowUpAction): Promise<Result<SavedFollowUp | null>>;
}

export function createSyncroProvider({ apiKey, baseUrl }: Credentials, timeoutMs?: number, pace?: Transport['pace']): SyncroProvider {
  // syncro.md §2: the key goes in X-API-Key and nowhere else.
  const transport: Transport = { crm: 'syncro', baseUrl, authHeaders: { 'X-API-Key': apiKey }, timeoutMs, pace };
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
    // A lead that holds `q` nowhere means the search ignored it: a miss would then prove nothing.
    const searches = [
      ...phones.flatMap(phoneVariants).map((phone) => ({ q: phone, matches: (lead: SyncroLead) => samePhone(lead.phone, phone) })),
      ...(email ? [{ q: email, matches: (lead: SyncroLead) => lead.email?.toLowerCase() === email.toLowerCase() }] : []),
    ];
    const found = new Map<number, SavedRecord>();
    for (const search of searches) {
      const page = await request({ method: 'GET', path: '/leads', query: { q: search.q, per_page: 20 } }, syncroLeadListResponse);
      if (!page.ok) return page;
      if (!page.data.data.every((lead) => search.matches(lead) || holdsQuery(lead, search.q))) return fail({ code: 'lookup_unreliable', crm: 'syncro' });
      for (const lead of page.data.data.filter(search.matches)) found.set(lead.id, saved(lead));
    }
    return ok([...found.values()]);
  }

  async function createRecord(draft: RecordDraft): Promise<Result<SavedRecord>> {
    if (!draft.syncro) return fail(requiredFields('syncro', 'pipeline', 'stage'));
    const body = toLeadBody(draft);
    const created = await request({ method: 'POST', path: '/leads', body }, syncroLeadResponse);
    return created.ok ? ok(withIgnoredFields(saved(created.data.lead), body, created.data.lead)) : created;
  }

  async function updateRecord(id: string, draft: RecordDraft, only?: 'phone'): Promise<Result<SavedRecord>> {
    // The lead as it is now (§8.8), so its own phone, e-mail, notes and tags are kept, not overwritten.
    const path = `/leads/${encodeURIComponent(id)}`;
    const stored = await request({ method: 'GET', path }, syncroLeadDetailResponse);
    if (!stored.ok) return stored;
    const update = toLeadUpdate(stored.data.lead, draft);
    if (!update) return fail(notesFull('syncro'));
    // `only: 'phone'` (issue 19): the number alone; the notes too only if the lead got another number since.
    const body = only === 'phone' ? { phone: update.body.phone, ...(update.changes.includes('phone_added') ? { notes: update.body.notes } : {}) } : update.body;
    // [A] syncro.md §8.9: update is announced but undocumented; PUT with the create fields, each optional.
    const updated = await request({ method: 'PUT', path, body }, syncroLeadResponse);
    return updated.ok ? ok(withIgnoredFields({ ...saved(updated.data.lead), changes: update.changes }, body, updated.data.lead)) : updated;
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

  async function listUsers(): Promise<Result<SyncroUser[]>> {
    const result = await request({ method: 'GET', path: '/users' }, syncroUsersResponse);
    return result.ok ? ok(result.data.data) : result;
  }

  async function createTask(leadId: string, task: FollowUpTask): Promise<Result<SavedFollowUp>> {
    const lead = leadNumber(leadId);
    if (lead === null) return fail({ code: 'not_found', crm: 'syncro' });
    const created = await request({ method: 'POST', path: '/tasks', body: toTaskBody(task, lead) }, syncroTaskResponse);
    return created.ok ? ok(toSavedTask(created.data.data, lead, webOrigin)) : created;
  }

  async function listTasks(filter: TaskFilter): Promise<Result<TaskPage>> {
    const query = {
      lead_id: filter.leadId,
      assigned_to: filter.assigneeId,
      status: filter.status,
      type: filter.type,
      priority: filter.priority,
      due_from: filter.dueFrom,
      due_to: filter.dueTo,
      page: filter.page,
      per_page: filter.perPage,
    };
    const result = await request({ method: 'GET', path: '/tasks', query }, syncroTaskListResponse);
    if (!result.ok) return result;
    return ok({ tasks: result.data.data, total: result.data.meta.total, hasMore: result.data.meta.has_more });
  }

  async function findTask(leadId: string, task: FollowUpTask): Promise<Result<SavedFollowUp | null>> {
    const lead = leadNumber(leadId);
    if (lead === null) return ok(null);
    const page = await listTasks({ leadId: lead, type: task.type, dueFrom: task.dueDate, dueTo: task.dueDate, perPage: 200 });
    if (!page.ok) return page;
    // A task of another lead means the filter was ignored: a miss would then prove nothing.
    if (page.data.tasks.some((found) => found.lead_id !== lead)) return fail({ code: 'lookup_unreliable', crm: 'syncro' });
    const same = page.data.tasks.find((found) => found.subject === task.subject.trim() && found.type === task.type && found.due_date === task.dueDate);
    return ok(same ? toSavedTask(same, lead, webOrigin) : null);
  }

  const noDeals = (): Result<never> => fail({ code: 'refused', crm: 'syncro', status: 400, message: '' });
  const createFollowUp = (leadId: string, action: FollowUpAction) => (action.kind === 'task' ? createTask(leadId, action.task) : Promise.resolve(noDeals()));
  const findFollowUp = (leadId: string, action: FollowUpAction) => (action.kind === 'task' ? findTask(leadId, action.task) : Promise.resolve(noDeals()));

  return {
    crm: 'syncro',
    testConnection,
    findDuplicates,
    createRecord,
    updateRecord,
    listPipelines,
    listCustomFields,
    listUsers,
    createTask,
    listTasks,
    findTask,
    createFollowUp,
    findFollowUp,
  };
}

/** The saved lead, naming the custom fields Syncro silently dropped (§7.4) so the rep is told. */
function withIgnoredFields(record: SavedRecord, body: Record<string, unknown>, lead: SyncroLead): SavedRecord {
  const ignored = ignoredCustomFields(body.custom_fields as Record<string, unknown> | undefined, lead.custom_fields);
  return ignored.length ? { ...record, ignoredFields: ignored } : record;
}

/** Syncro ids are positive integers (§1); anything else cannot name a lead. */
function leadNumber(id: string): number | null {
  return /^[1-9]\d*$/.test(id) ? Number(id) : null;
}

/** Could a search for `q` have found this lead: `q` in its name, e-mail or phone (digits compared)? */
function holdsQuery(lead: SyncroLead, q: string): boolean {
  const needle = q.toLowerCase();
  const digits = q.replace(/\D/g, '');
  return [lead.name, lead.email ?? ''].some((text) => text.toLowerCase().includes(needle)) || (digits !== '' && (lead.phone ?? '').replace(/\D/g, '').includes(digits));
}
