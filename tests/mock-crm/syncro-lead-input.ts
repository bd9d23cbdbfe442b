// From a validated request body to a stored Lead (syncro.md §7.1, §7.4, §8.6), and back out.
import { isPlainObject } from './common';
import {
  atLeast,
  isArray,
  isArrayOrObject,
  isDateYmd,
  isEmail,
  isInteger,
  isNumeric,
  isString,
  isYmdDate,
  maxChars,
  satisfies,
  type FieldRule,
  type Input,
} from './laravel-validation';
import { USERS } from './syncro-fixtures';
import { findStage, isoNow, pipelineOfStage, userExists, type SyncroState } from './syncro-state';
import type { SyncroCustomField, SyncroCustomFieldValue, SyncroLead } from './syncro-types';

const UTM_MAX_LENGTH = { utm_source: 100, utm_medium: 100, utm_campaign: 200, utm_term: 200, utm_content: 200 } as const;
type UtmField = keyof typeof UTM_MAX_LENGTH;
const UTM_FIELDS = Object.keys(UTM_MAX_LENGTH) as UtmField[];

/** §8.6 create rules [S]; company/birthday/assigned_to are [A] (accepted and stored). */
export function leadRules(state: SyncroState, input: Input): FieldRule[] {
  return [
    { field: 'name', presence: 'required', checks: [isString, maxChars(255)] },
    { field: 'pipeline_id', presence: 'required', checks: [isInteger, satisfies((id) => state.pipelines.some((pipeline) => pipeline.id === Number(id)))] },
    // The stage must belong to the given pipeline, so a bad pipeline also fails the stage.
    { field: 'stage_id', presence: 'required', checks: [isInteger, satisfies((id) => findStage(state, id, input.pipeline_id) !== undefined)] },
    { field: 'phone', presence: 'nullable', checks: [isString, maxChars(20)] },
    { field: 'email', presence: 'nullable', checks: [isEmail, maxChars(191)] },
    { field: 'value', presence: 'nullable', checks: [isNumeric, atLeast(0)] },
    { field: 'source', presence: 'nullable', checks: [isString, maxChars(100)] },
    { field: 'tags', presence: 'nullable', checks: [isArray] },
    { field: 'tags.*', presence: 'present', checks: [isString, maxChars(50)] },
    { field: 'notes', presence: 'nullable', checks: [isString, maxChars(2000)] },
    ...UTM_FIELDS.map((field): FieldRule => ({ field, presence: 'nullable', checks: [isString, maxChars(UTM_MAX_LENGTH[field])] })),
    { field: 'custom_fields', presence: 'nullable', checks: [isArrayOrObject] },
    { field: 'company', presence: 'nullable', checks: [isString, maxChars(255)] },
    { field: 'birthday', presence: 'nullable', checks: [isDateYmd] },
    { field: 'assigned_to', presence: 'nullable', checks: [isInteger, satisfies(userExists)] },
  ];
}

/** Only behind `enforceRequiredCustomFields`: the docs do not say is_required is enforced (§7.4). */
export function requiredCustomFieldRules(state: SyncroState, input: Input): { rules: FieldRule[]; values: Input } {
  const values = isPlainObject(input.custom_fields) ? input.custom_fields : {};
  const required = state.customFields.filter((field) => field.is_active && field.is_required);
  return {
    values: Object.fromEntries(required.map((field) => [`custom_fields.${field.name}`, values[field.name]])),
    rules: required.map((field) => ({ field: `custom_fields.${field.name}`, presence: 'required', checks: [] })),
  };
}

/** The input a PUT is validated as: the stored lead overlaid with the request (so a pipeline move needs a matching stage). */
export function leadAsInput(lead: SyncroLead): Input {
  const { name, phone, email, company, birthday, value, source, tags, pipeline_id, stage_id, notes, assigned_to } = lead;
  const utm = Object.fromEntries(UTM_FIELDS.map((field) => [field, lead[field]]));
  return { name, phone, email, company, birthday, value, source, tags, pipeline_id, stage_id, notes, assigned_to, ...utm };
}

/** Builds the stored lead from validated input; `previous` keeps id, timestamps and custom-field values on update. */
export function buildLead(state: SyncroState, input: Input, id: number, previous?: SyncroLead): SyncroLead {
  const place = placement(state, Number(input.stage_id));
  const now = isoNow();
  const text = (field: string): string | null => (typeof input[field] === 'string' ? input[field] : null);
  return {
    id,
    name: String(input.name),
    phone: text('phone'),
    email: text('email'),
    company: text('company'),
    birthday: text('birthday'),
    value: input.value === null || input.value === undefined ? 0 : Number(input.value),
    source: text('source'),
    tags: Array.isArray(input.tags) ? [...new Set(input.tags.map(String))] : [],
    pipeline_id: place.pipeline_id,
    stage_id: place.stage_id,
    notes: text('notes'),
    utm_source: text('utm_source'),
    utm_medium: text('utm_medium'),
    utm_campaign: text('utm_campaign'),
    utm_term: text('utm_term'),
    utm_content: text('utm_content'),
    stage: place.stage,
    pipeline: place.pipeline,
    created_at: previous?.created_at ?? now,
    custom_fields: { ...previous?.custom_fields, ...coerceCustomFields(state.customFields, input.custom_fields) },
    assigned_to: input.assigned_to === null || input.assigned_to === undefined ? null : Number(input.assigned_to),
    updated_at: now,
    status: previous?.status ?? 'active',
  };
}

/** The stage and pipeline fields of a lead sitting in `stageId` (validated before). */
export function placement(state: SyncroState, stageId: number): Pick<SyncroLead, 'pipeline_id' | 'stage_id' | 'stage' | 'pipeline'> {
  const stage = findStage(state, stageId);
  const pipeline = pipelineOfStage(state, stageId);
  if (stage === undefined || pipeline === undefined) throw new Error(`validated stage ${stageId} vanished`);
  return {
    pipeline_id: pipeline.id,
    stage_id: stage.id,
    stage: { id: stage.id, name: stage.name },
    pipeline: { id: pipeline.id, name: pipeline.name },
  };
}

/** §7.4: values are coerced per field type; names that match no active definition are silently dropped. */
export function coerceCustomFields(definitions: readonly SyncroCustomField[], raw: unknown): Record<string, SyncroCustomFieldValue> {
  if (!isPlainObject(raw)) return {};
  const coerced: Record<string, SyncroCustomFieldValue> = {};
  for (const [name, value] of Object.entries(raw)) {
    const definition = definitions.find((field) => field.is_active && field.name === name);
    if (definition !== undefined) coerced[name] = coerceValue(definition.field_type, value);
  }
  return coerced;
}

function coerceValue(type: SyncroCustomField['field_type'], value: unknown): SyncroCustomFieldValue {
  if (value === null || value === undefined) return null;
  switch (type) {
    case 'number':
    case 'currency':
      return toNumber(value);
    case 'date':
      return toYmd(value);
    case 'checkbox':
      return toBoolean(value);
    case 'multiselect':
      // [A] a lone value becomes a one-item list.
      return (Array.isArray(value) ? value : [value]).filter((item) => item !== null).map(toText);
    default:
      return toText(value);
  }
}

// [A] a value that cannot be read as the field's type is stored as null.
function toNumber(value: unknown): number | null {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(number) ? number : null;
}

function toYmd(value: unknown): string | null {
  if (isYmdDate(value)) return value;
  const time = typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

// PHP's FILTER_VALIDATE_BOOLEAN vocabulary.
function toBoolean(value: unknown): boolean {
  if (typeof value === 'string') return ['1', 'true', 'on', 'yes'].includes(value.toLowerCase());
  return Boolean(value);
}

function toText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The §7.1 wire object: internal fields dropped, `owner` only with include=owner. */
export function serializeLead(lead: SyncroLead, includeOwner = false): Record<string, unknown> {
  const { updated_at: _updatedAt, status: _status, ...wire } = lead;
  if (!includeOwner) return wire;
  const owner = USERS.find((user) => user.id === lead.assigned_to);
  return { ...wire, owner: owner === undefined ? null : { id: owner.id, name: owner.name, email: owner.email } };
}
