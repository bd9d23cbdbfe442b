import { CONTACT_LIMITS as LIMITS, needsPhone, type CrmId } from '../constants/crm';
import type { CustomFieldValue, RecordDraft } from '../crm/provider';
import type { AppError } from '../crm/app-error';
import { coerceCustomField, customInputOf, type CustomFieldDef } from './custom-fields';
import { destinationCrms, type FormState } from './form';
import { checkPhone } from '../phone/parse';
import { isEmail, parseAmount, parseTags } from './text';

/** Why one field cannot be sent; the UI turns it into a sentence next to the field. */
export type Problem =
  | { code: 'required' | 'phone' | 'email' | 'number' | 'date' | 'option' | 'destination' | 'loading' }
  | { code: 'tooLong' | 'tooMany'; max: number }
  | { code: 'server'; crm: CrmId; messages: string[] };

/** Keys: name, phone.<i>, email, company, notes, tags, source, destination, pipeline, stage, value, custom:<name>, temperature, synaxCustom.<i>. */
export type FieldErrors = Record<string, Problem>;

export interface SyncroChoices {
  pipelines: { id: number; stages: { id: number }[] }[];
  customFields: CustomFieldDef[];
}

export interface FormContext {
  country: string;
  /** Null while the pipelines and custom fields are loading (or could not be read). */
  syncro: SyncroChoices | null;
  /** "Other phones", in the UI language: where a record's extra phones are written. */
  otherPhonesLabel: string;
  /** The Syncro custom field the admin mapped to the WhatsApp username / LID (issue 19). */
  identityField?: string | null;
}

/** The phones that will be sent, E.164, unique, in the form's order. */
export function formPhones(form: FormState, country: string): string[] {
  const phones = form.phones.map((text) => checkPhone(text, country)).flatMap((check) => (check.kind === 'valid' ? [check.e164] : []));
  return [...new Set(phones)];
}

function notesWithOtherPhones(form: FormState, ctx: FormContext): string {
  const others = formPhones(form, ctx.country).slice(1);
  const notes = form.notes.trim();
  if (!others.length) return notes;
  const line = `${ctx.otherPhonesLabel}: ${others.join(', ')}`;
  return notes ? `${notes}\n\n${line}` : line;
}

function tooLong(errors: FieldErrors, key: string, text: string, max: number): void {
  if (text.length > max) errors[key] = { code: 'tooLong', max };
}

/** A person's fields as typed: the popup's form and the captures page's editor both check them. */
export interface ContactFields {
  name: string;
  phones: string[];
  email: string;
  company: string;
  notes: string;
  tags: string;
  source: string;
}

/** The person's problems for these CRMs: required name, phones, e-mail and the CRMs' limits. */
export function validateContact(fields: ContactFields, ctx: { country: string; crms: readonly CrmId[] }): FieldErrors {
  const errors: FieldErrors = {};
  if (!fields.name.trim()) errors.name = { code: 'required' };
  tooLong(errors, 'name', fields.name.trim(), LIMITS.name);
  const phones = fields.phones.map((text) => checkPhone(text, ctx.country));
  phones.forEach((check, index) => {
    if (check.kind === 'invalid') errors[`phone.${index}`] = { code: 'phone' };
  });
  if (ctx.crms.some(needsPhone) && !errors['phone.0'] && !phones.some((check) => check.kind === 'valid')) errors['phone.0'] = { code: 'required' };
  const email = fields.email.trim();
  if (email && !isEmail(email)) errors.email = { code: 'email' };
  tooLong(errors, 'email', email, LIMITS.email);
  tooLong(errors, 'company', fields.company.trim(), LIMITS.company);
  tooLong(errors, 'notes', fields.notes.trim(), LIMITS.notes);
  tooLong(errors, 'source', fields.source.trim(), LIMITS.source);
  const tags = parseTags(fields.tags);
  if (tags.length > LIMITS.tags) errors.tags = { code: 'tooMany', max: LIMITS.tags };
  else if (tags.some((tag) => tag.length > LIMITS.tag)) errors.tags = { code: 'tooLong', max: LIMITS.tag };
  return errors;
}

/** Every problem the form can see before any request is sent. Empty means ready to save. */
export function validateForm(form: FormState, ctx: FormContext): FieldErrors {
  const crms = destinationCrms(form.destination).filter((crm) => !form.saved[crm]);
  const errors = validateContact({ ...form, notes: notesWithOtherPhones(form, ctx) }, { country: ctx.country, crms });
  if (crms.includes('syncro')) Object.assign(errors, validateSyncro(form, ctx));
  if (crms.includes('synax')) {
    form.synax.custom.forEach((row, index) => {
      if (row.value.trim() && !row.key.trim()) errors[`synaxCustom.${index}`] = { code: 'required' };
    });
  }
  return errors;
}

function validateSyncro(form: FormState, ctx: FormContext): FieldErrors {
  const errors: FieldErrors = {};
  if (!ctx.syncro) return { pipeline: { code: 'loading' } };
  const pipeline = ctx.syncro.pipelines.find((candidate) => candidate.id === form.syncro.pipelineId);
  if (!pipeline) errors.pipeline = { code: 'required' };
  else if (!pipeline.stages.some((stage) => stage.id === form.syncro.stageId)) errors.stage = { code: 'required' };
  const value = form.syncro.value.trim();
  if (value) {
    const amount = parseAmount(value);
    if (amount === null || amount < 0) errors.value = { code: 'number' };
  }
  for (const field of ctx.syncro.customFields) {
    const coerced = coerceCustomField(field, customInputOf(field, form.syncro.custom));
    if ('problem' in coerced) errors[`custom:${field.name}`] = { code: coerced.problem };
  }
  return errors;
}

/** The record for one CRM, from a form that passed validateForm. */
export function buildRecordDraft(form: FormState, ctx: FormContext, crm: CrmId): RecordDraft {
  const trimmedOrNull = (text: string) => text.trim() || null;
  const draft: RecordDraft = {
    contact: {
      name: form.name.trim(),
      phones: formPhones(form, ctx.country),
      email: trimmedOrNull(form.email)?.toLowerCase() ?? null,
      company: trimmedOrNull(form.company),
      notes: notesWithOtherPhones(form, ctx) || null,
      tags: parseTags(form.tags),
      source: trimmedOrNull(form.source),
    },
  };
  if (crm === 'syncro') {
    const customFields: Record<string, CustomFieldValue> = {};
    for (const field of ctx.syncro?.customFields ?? []) {
      const coerced = coerceCustomField(field, customInputOf(field, form.syncro.custom));
      if ('value' in coerced && coerced.value !== null) customFields[field.name] = coerced.value;
    }
    const value = form.syncro.value.trim() ? parseAmount(form.syncro.value) : null;
    draft.syncro = { pipelineId: form.syncro.pipelineId ?? 0, stageId: form.syncro.stageId ?? 0, value, customFields };
    if (ctx.identityField && ctx.identityField in customFields) draft.syncro.identityField = ctx.identityField;
  } else {
    const customFields = Object.fromEntries(form.synax.custom.filter((row) => row.key.trim() && row.value.trim()).map((row) => [row.key.trim(), row.value.trim()]));
    draft.synax = { temperature: form.synax.temperature, customFields };
  }
  return draft;
}

const FORM_KEYS = new Set(['name', 'email', 'company', 'notes', 'tags', 'source', 'value', 'pipeline', 'stage', 'temperature']);

/** A CRM's field-level rejection (422/400) placed on the form's fields; the rest stays in the alert. */
export function serverFieldErrors(error: AppError): FieldErrors {
  if (error.code !== 'validation') return {};
  const errors: FieldErrors = {};
  for (const [key, messages] of Object.entries(error.fields)) {
    const field = key === 'phone' ? 'phone.0' : key === 'customFields' ? 'synaxCustom' : key;
    if (!FORM_KEYS.has(field) && field !== 'phone.0' && field !== 'synaxCustom' && !field.startsWith('custom:')) continue;
    // Our own pre-checks say `required`, which the form words itself.
    errors[field] = error.message === 'required' ? { code: 'required' } : { code: 'server', crm: error.crm, messages };
  }
  return errors;
}
