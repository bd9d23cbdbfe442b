import type { CrmError } from '../errors';
import { bodyField, bodyText, commonError, otherStatus, type HttpResponse } from '../http';
import { keepBoth } from '../keep-both';
import type { FollowUpTask, RecordDraft, SavedFollowUp, SavedRecord } from '../provider';
import type { RecordChange } from '../../constants/crm';
import { keepStoredIdentity } from './identity-field';
import type { SyncroLead, SyncroLeadDetail, SyncroTask } from './schemas';

const CRM = 'syncro' as const;

/**
 * `POST /leads` / `PUT /leads/{id}` body (syncro.md §8.6). A lead holds one phone: the first;
 * the form writes any others into the notes. Empty values are left out, not sent as null.
 */
export function toLeadBody(draft: RecordDraft): Record<string, unknown> {
  const { contact, syncro } = draft;
  const body: Record<string, unknown> = {
    name: contact.name,
    phone: contact.phones[0],
    email: contact.email ?? undefined,
    company: contact.company || undefined,
    notes: contact.notes || undefined,
    source: contact.source || undefined,
    tags: contact.tags.length ? contact.tags : undefined,
  };
  if (syncro) {
    body.pipeline_id = syncro.pipelineId;
    body.stage_id = syncro.stageId;
    if (syncro.value !== null) body.value = syncro.value;
    const customFields = Object.fromEntries(Object.entries(syncro.customFields).filter(([, value]) => value !== null && value !== ''));
    if (Object.keys(customFields).length) body.custom_fields = customFields;
  }
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/**
 * The `PUT /leads/{id}` body for an existing lead (§8.9 [A]): the create fields, with the lead's
 * own phone, e-mail, notes and tags kept (keep-both.ts), and its own value in the WhatsApp
 * identity field (identity-field.ts). Null when the notes would not fit.
 */
export function toLeadUpdate(stored: SyncroLeadDetail, draft: RecordDraft): { body: Record<string, unknown>; changes: RecordChange[] } | null {
  const kept = keepBoth({ phone: stored.phone ?? null, email: stored.email ?? null, notes: stored.notes ?? null, tags: stored.tags ?? [] }, draft.contact);
  if (!kept) return null;
  const body = toLeadBody(draft);
  const merged = {
    ...body,
    phone: kept.phone ?? undefined,
    email: kept.email ?? undefined,
    notes: kept.notes ?? undefined,
    tags: kept.tags.length ? kept.tags : undefined,
    custom_fields: keepStoredIdentity(body.custom_fields as Record<string, unknown> | undefined, stored.custom_fields, draft.syncro?.identityField),
  };
  return { body: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)), changes: kept.changes };
}

export function toSavedRecord(lead: SyncroLead, webOrigin: string): SavedRecord {
  return {
    crm: CRM,
    id: String(lead.id),
    name: lead.name,
    phone: lead.phone ?? null,
    email: lead.email ?? null,
    // [A] the web app's lead URL is not in the API docs; this is the panel's path.
    url: `${webOrigin}/leads/${lead.id}`,
  };
}

/** `POST /tasks` body (syncro.md §8.17) for the lead `leadId`; empty optional fields are left out. */
export function toTaskBody(task: FollowUpTask, leadId: number): Record<string, unknown> {
  const body: Record<string, unknown> = {
    subject: task.subject.trim(),
    type: task.type,
    due_date: task.dueDate,
    due_time: task.dueTime ?? undefined,
    priority: task.priority ?? undefined,
    lead_id: leadId,
    assigned_to: task.assigneeId ?? undefined,
    notes: task.notes || undefined,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

export function toSavedTask(task: Pick<SyncroTask, 'id' | 'subject'>, leadId: number, webOrigin: string): SavedFollowUp {
  // [A] tasks have no documented page in the web app; they are listed on their lead's.
  return { crm: CRM, kind: 'task', id: String(task.id), title: task.subject, url: `${webOrigin}/leads/${leadId}` };
}

/** Syncro's field names (Laravel keys like `tags.0`, `custom_fields.segmento`) → our form's. */
export function toFormField(key: string): string {
  const [head, rest] = [key.split('.')[0] ?? key, key.split('.').slice(1).join('.')];
  if (head === 'custom_fields' && rest) return `custom:${rest}`;
  const renamed: Record<string, string> = {
    pipeline_id: 'pipeline',
    stage_id: 'stage',
    due_date: 'dueDate',
    due_time: 'dueTime',
    assigned_to: 'assigneeId',
    lead_id: 'lead',
  };
  return renamed[head] ?? head;
}

/** syncro.md §5: every documented error body, mapped to the union. */
export function toSyncroError(response: HttpResponse): CrmError {
  const { status, body } = response;
  const message = bodyText(body, 'message');
  if (status === 401) {
    if (message.includes('não fornecida')) return { code: 'auth', crm: CRM, reason: 'missing' };
    if (message.includes('expirada')) return { code: 'auth', crm: CRM, reason: 'expired' };
    return { code: 'auth', crm: CRM, reason: 'invalid' };
  }
  if (status === 403) {
    const scope = bodyField(body, 'required_permission');
    if (typeof scope === 'string') return { code: 'missing_scope', crm: CRM, scope };
    if (message === 'Conta inativa.') return { code: 'account_inactive', crm: CRM };
  }
  if (status === 422) return validationError(body, message);
  return commonError(CRM, response, 'retry_after') ?? otherStatus(CRM, response);
}

function validationError(body: unknown, message: string): CrmError {
  if (bodyField(body, 'limit_reached') === true) return { code: 'plan_limit', crm: CRM, message };
  const errors = bodyField(body, 'errors');
  const fields: Record<string, string[]> = {};
  if (errors && typeof errors === 'object') {
    for (const [key, messages] of Object.entries(errors)) {
      const field = toFormField(key);
      const texts = Array.isArray(messages) ? messages.filter((m): m is string => typeof m === 'string') : [];
      fields[field] = [...(fields[field] ?? []), ...texts];
    }
  }
  return { code: 'validation', crm: CRM, message, fields };
}
