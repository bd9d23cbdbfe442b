// Contact endpoints of the Synax mock (synax.md §9.1–§9.4, §12).
import { randomUUID } from 'node:crypto';
import { isPlainObject, reply, type MockReply } from './common';
import { listRows } from './synax-rows';
import { badRequest, jsonObjectBody, notFound, timestampAfter, type SynaxContext, type SynaxHandler, type SynaxState } from './synax-state';
import type { SynaxContact, SynaxTemperature } from './synax-types';

const TEMPERATURES: readonly string[] = ['cold', 'warm', 'hot'] satisfies SynaxTemperature[];
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const CONTACT_COLUMNS = [
  'id',
  'name',
  'email',
  'phone',
  'temperature',
  'source',
  'job_title',
  'empresa',
  'do_not_contact',
  'is_active',
  'created_at',
  'updated_at',
] as const satisfies ReadonlyArray<keyof SynaxContact>;

/** §4.2 request fields; anything else in a body ([A] including company_id) is ignored. */
type ContactInput = Partial<Pick<SynaxContact, 'name' | 'email' | 'phone' | 'temperature' | 'tags' | 'source' | 'custom_fields'>>;

export const createContact: SynaxHandler = (context) => {
  const parsed = readContactBody(context);
  if ('failure' in parsed) return parsed.failure;
  const { input, phone } = parsed;
  const now = timestampAfter();
  const contact: SynaxContact = {
    id: randomUUID(),
    company_id: context.companyId,
    name: input.name ?? null,
    email: input.email ?? null,
    phone,
    temperature: input.temperature ?? 'warm',
    tags: input.tags ?? [],
    source: input.source ?? 'api',
    job_title: null,
    empresa: null,
    custom_fields: input.custom_fields ?? {},
    do_not_contact: false,
    is_active: true,
    created_at: now,
    updated_at: now,
  };
  context.state.contacts.push(contact);
  return reply(201, { data: contact });
};

export const showContact: SynaxHandler = ({ state, params, companyId }) => {
  const contact = findContact(state, companyId, params.id);
  return contact === undefined ? notFound() : reply(200, { data: contact });
};

/** §9.3: merge the given fields ([A] tags and custom_fields are replaced, not merged). */
export const updateContact: SynaxHandler = (context) => {
  const contact = findContact(context.state, context.companyId, context.params.id);
  if (contact === undefined) return notFound();
  const parsed = readContactBody(context, contact.id);
  if ('failure' in parsed) return parsed.failure;
  Object.assign(contact, parsed.input, { updated_at: timestampAfter(contact.updated_at) });
  return reply(200, { data: contact });
};

/** §9.4 / §6: only the key's company; phone/email/name/temperature filters; [A] e-mail case-insensitive. */
export const listContacts: SynaxHandler = ({ state, call, companyId }) => {
  const own = state.contacts.filter((contact) => contact.company_id === companyId);
  const result = listRows(own, call.query, {
    filterable: ['phone', 'email', 'name', 'temperature'],
    orderable: CONTACT_COLUMNS,
    caseInsensitive: ['email'],
  });
  return 'error' in result ? badRequest(result.error) : reply(200, { data: result.rows });
};

export function findContact(state: SynaxState, companyId: string, id: string | undefined): SynaxContact | undefined {
  return state.contacts.find((contact) => contact.id === id && contact.company_id === companyId);
}

/** Validates a create/update body; `selfId` is the contact being updated (for the duplicate check). */
function readContactBody(context: SynaxContext, selfId?: string): { input: ContactInput; phone: string } | { failure: MockReply } {
  const body = jsonObjectBody(context.call);
  if (body === null) return { failure: badRequest('Invalid JSON body') };
  const error = contactBodyError(body);
  if (error !== null) return { failure: badRequest(error) };
  const phone = String(body.phone);
  const duplicate = context.state.contacts.some((other) => other.company_id === context.companyId && other.phone === phone && other.id !== selfId);
  if (context.state.uniquePhone && duplicate) {
    return { failure: reply(409, { error: 'Contact with this phone already exists' }) };
  }
  return { input: pickContactInput(body), phone };
}

/** [A] §5.3: the first problem found, as `{error}` text. phone is required on create and update (§4.2). */
function contactBodyError(body: Record<string, unknown>): string | null {
  if (body.phone === undefined || body.phone === null || (typeof body.phone === 'string' && body.phone.trim() === '')) {
    return 'phone is required';
  }
  if (typeof body.phone !== 'string') return 'phone must be a string';
  for (const field of ['name', 'source'] as const) {
    if (body[field] !== undefined && body[field] !== null && typeof body[field] !== 'string') return `${field} must be a string`;
  }
  if (body.email !== undefined && body.email !== null && (typeof body.email !== 'string' || !EMAIL.test(body.email))) {
    return 'email must be a valid email address';
  }
  if (body.temperature !== undefined && !TEMPERATURES.includes(String(body.temperature))) {
    return 'temperature must be one of: cold, warm, hot';
  }
  if (body.tags !== undefined && !(Array.isArray(body.tags) && body.tags.every((tag) => typeof tag === 'string'))) {
    return 'tags must be an array of strings';
  }
  if (body.custom_fields !== undefined && !isPlainObject(body.custom_fields)) return 'custom_fields must be an object';
  return null;
}

/** The writable fields present in a validated body. */
function pickContactInput(body: Record<string, unknown>): ContactInput {
  const fields = ['name', 'email', 'phone', 'temperature', 'tags', 'source', 'custom_fields'] as const;
  return Object.fromEntries(fields.filter((field) => body[field] !== undefined).map((field) => [field, body[field]])) as ContactInput;
}
