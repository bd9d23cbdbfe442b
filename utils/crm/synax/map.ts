import type { CrmError } from '../errors';
import { bodyText, commonError, otherStatus, type HttpResponse } from '../http';
import { keepBoth } from '../keep-both';
import type { DealDraft, RecordDraft, SavedFollowUp, SavedRecord } from '../provider';
import type { RecordChange } from '../../constants/crm';
import type { SynaxContact, SynaxContactDetail, SynaxDeal } from './schemas';

const CRM = 'synax' as const;
/** Request fields of synax.md §4.2 and §9.6; an error text starting with one of them names the field. */
const REQUEST_FIELDS = ['phone', 'name', 'email', 'temperature', 'tags', 'source', 'custom_fields', 'title', 'value', 'stage_id', 'contact_id'] as const;
/** Where the forms' names differ from the API's. */
const FORM_FIELDS: Record<string, string> = { custom_fields: 'customFields', stage_id: 'stage', contact_id: 'contact' };

/**
 * `POST /contacts` / `PATCH /contacts/{id}` body (synax.md §4.2). `phone` is always sent (the
 * docs mark it required, also on PATCH). Company and notes have no writable field, so they go
 * into `custom_fields` [A, §11.4] rather than being dropped.
 */
export function toContactBody(draft: RecordDraft): Record<string, unknown> {
  const { contact, synax } = draft;
  const customFields: Record<string, unknown> = { ...synax?.customFields };
  if (contact.company) customFields.empresa = contact.company;
  if (contact.notes) customFields.notas = contact.notes;
  const body: Record<string, unknown> = {
    phone: contact.phones[0],
    name: contact.name,
    email: contact.email ?? undefined,
    temperature: synax?.temperature ?? undefined,
    tags: contact.tags.length ? contact.tags : undefined,
    source: contact.source || undefined,
    custom_fields: Object.keys(customFields).length ? customFields : undefined,
  };
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
}

/**
 * The `PATCH /contacts/{id}` body for an existing contact (§9.3): the contact's own phone, e-mail,
 * notes (`custom_fields.notas`) and tags kept (keep-both.ts). `custom_fields` and `tags` are
 * replaced by a PATCH ([A] §9.3), so the contact's other custom fields are sent back with ours.
 * Null when the notes would not fit.
 */
export function toContactUpdate(stored: SynaxContactDetail, draft: RecordDraft): { body: Record<string, unknown>; changes: RecordChange[] } | null {
  const storedFields = stored.custom_fields ?? {};
  const storedNotes = typeof storedFields.notas === 'string' ? storedFields.notas : null;
  const kept = keepBoth({ phone: stored.phone ?? null, email: stored.email ?? null, notes: storedNotes, tags: stored.tags ?? [] }, draft.contact);
  if (!kept) return null;
  const body = toContactBody(draft);
  const customFields: Record<string, unknown> = { ...storedFields, ...(body.custom_fields as Record<string, unknown> | undefined) };
  if (kept.notes) customFields.notas = kept.notes;
  const merged = {
    ...body,
    phone: kept.phone ?? undefined,
    email: kept.email ?? undefined,
    tags: kept.tags.length ? kept.tags : undefined,
    custom_fields: Object.keys(customFields).length ? customFields : undefined,
  };
  return { body: Object.fromEntries(Object.entries(merged).filter(([, value]) => value !== undefined)), changes: kept.changes };
}

export function toSavedRecord(contact: SynaxContact, webOrigin: string): SavedRecord {
  return {
    crm: CRM,
    id: contact.id,
    name: contact.name ?? null,
    phone: contact.phone ?? null,
    email: contact.email ?? null,
    // [A] the web app's contact URL is not documented.
    url: `${webOrigin}/crm/contacts/${contact.id}`,
  };
}

/** `POST /deals` body (synax.md §9.6) for the contact `contactId`. */
export function toDealBody(deal: DealDraft, contactId: string): Record<string, unknown> {
  const body: Record<string, unknown> = { title: deal.title.trim(), contact_id: contactId, stage_id: deal.stageId };
  if (deal.value !== null) body.value = deal.value;
  return body;
}

export function toSavedDeal(deal: SynaxDeal, webOrigin: string): SavedFollowUp {
  // [A] the web app's deal URL is not documented; it follows the contacts' pattern.
  return { crm: CRM, kind: 'deal', id: deal.id, title: deal.title, url: `${webOrigin}/crm/deals/${deal.id}` };
}

/** The web app lives on `app.` where the API lives on `api.` (production); elsewhere on the same origin. */
export function synaxWebOrigin(baseUrl: string): string {
  const url = new URL(baseUrl);
  return url.hostname.startsWith('api.') ? `${url.protocol}//app.${url.hostname.slice(4)}` : url.origin;
}

/** synax.md §5: the documented texts (read from `error`, then `message`), then common statuses. */
export function toSynaxError(response: HttpResponse): CrmError {
  const { status, body } = response;
  const text = bodyText(body, 'error', 'message');
  if (status === 401) return { code: 'auth', crm: CRM, reason: text === 'Missing API key' ? 'missing' : 'invalid' };
  if (status === 403) {
    const scope = /\b(read|write) permission/.exec(text)?.[1];
    if (scope) return { code: 'missing_scope', crm: CRM, scope };
  }
  if (status === 409) return { code: 'conflict', crm: CRM, message: text };
  if (status === 400 || status === 422) return { code: 'validation', crm: CRM, message: text, fields: fieldsFromText(text) };
  return commonError(CRM, response, 'retryAfter') ?? otherStatus(CRM, response);
}

function fieldsFromText(text: string): Record<string, string[]> {
  const field = REQUEST_FIELDS.find((name) => text.toLowerCase().startsWith(name));
  if (!field) return {};
  return { [FORM_FIELDS[field] ?? field]: [text] };
}
