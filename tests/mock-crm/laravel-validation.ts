// The slice of Laravel's validator the Syncro mock needs. Syncro runs on Laravel 11 [S]
// (syncro.md §1), so its 422 bodies and messages are the framework defaults (§5.1).
import { isPlainObject, reply, type MockReply } from './common';

export type Input = Record<string, unknown>;
export type ValidationErrors = Record<string, string[]>;
/** Returns the failure message, or null when the value passes. */
export type Check = (value: unknown, attribute: string) => string | null;

/**
 * required: absent, null or [] fails with "required" and stops the field.
 * nullable: absent or null skips the checks.
 * sometimes-required: absent skips; present but null fails with "required" (update bodies).
 * present: absent skips; null still runs the checks (Laravel's default without `nullable`).
 */
export type Presence = 'required' | 'nullable' | 'sometimes-required' | 'present';

export interface FieldRule {
  /** A field name, or `name.*` for every element of an array field. */
  field: string;
  presence: Presence;
  checks: Check[];
}

export function validate(input: Input, rules: readonly FieldRule[]): ValidationErrors {
  const errors: ValidationErrors = {};
  for (const rule of rules) {
    for (const { attribute, value, present } of expand(rule.field, input)) {
      const messages = validateAttribute(attribute, value, present, rule);
      if (messages.length > 0) errors[attribute] = [...(errors[attribute] ?? []), ...messages];
    }
  }
  return errors;
}

/** 422 as Laravel renders a ValidationException (first message + "(and N more errors)"). */
export function validationFailed(errors: ValidationErrors): MockReply {
  const messages = Object.values(errors).flat();
  const others = messages.length - 1;
  const suffix = others > 0 ? ` (and ${others} more error${others === 1 ? '' : 's'})` : '';
  return reply(422, { message: `${messages[0] ?? 'The given data was invalid.'}${suffix}`, errors });
}

/** Laravel's global TrimStrings + ConvertEmptyStringsToNull middleware, applied to JSON and query input. */
export function normalizeInput(value: unknown): unknown {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return value.map(normalizeInput);
  if (isPlainObject(value)) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normalizeInput(item)]));
  }
  return value;
}

export function isIntegerLike(value: unknown): boolean {
  return typeof value === 'number' ? Number.isInteger(value) : typeof value === 'string' && /^[+-]?\d+$/.test(value);
}

export function isNumericLike(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  return typeof value === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(value);
}

export function isYmdDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

// Laravel's displayable attribute: underscores become spaces ("pipeline_id" → "pipeline id").
const shown = (attribute: string): string => attribute.replaceAll('_', ' ');

export const isString: Check = (value, attribute) => (typeof value === 'string' ? null : `The ${shown(attribute)} field must be a string.`);

export const maxChars =
  (max: number): Check =>
  (value, attribute) =>
    typeof value === 'string' && [...value].length > max ? `The ${shown(attribute)} field must not be greater than ${max} characters.` : null;

export const isInteger: Check = (value, attribute) => (isIntegerLike(value) ? null : `The ${shown(attribute)} field must be an integer.`);

export const isNumeric: Check = (value, attribute) => (isNumericLike(value) ? null : `The ${shown(attribute)} field must be a number.`);

export const atLeast =
  (min: number): Check =>
  (value, attribute) =>
    isNumericLike(value) && Number(value) < min ? `The ${shown(attribute)} field must be at least ${min}.` : null;

// Close to Laravel's default RFC check: one @, no blanks, non-empty parts, no empty domain labels.
export const isEmail: Check = (value, attribute) =>
  typeof value === 'string' && /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*$/.test(value) ? null : `The ${shown(attribute)} field must be a valid email address.`;

export const isArray: Check = (value, attribute) => (Array.isArray(value) ? null : `The ${shown(attribute)} field must be an array.`);

/** Laravel's `array` rule also accepts a JSON object (a PHP associative array). */
export const isArrayOrObject: Check = (value, attribute) => (Array.isArray(value) || isPlainObject(value) ? null : `The ${shown(attribute)} field must be an array.`);

export const isDateYmd: Check = (value, attribute) => (isYmdDate(value) ? null : `The ${shown(attribute)} field must match the format Y-m-d.`);

export const isTimeHm: Check = (value, attribute) =>
  typeof value === 'string' && /^([01]\d|2[0-3]):[0-5]\d$/.test(value) ? null : `The ${shown(attribute)} field must match the format H:i.`;

export const isDate: Check = (value, attribute) => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? null : `The ${shown(attribute)} field must be a valid date.`);

export const isUrl: Check = (value, attribute) =>
  typeof value === 'string' && URL.canParse(value) && /^https?:\/\//i.test(value) ? null : `The ${shown(attribute)} field must be a valid URL.`;

/** Laravel's `in` and `exists` rules share this message. */
export const satisfies =
  (predicate: (value: unknown) => boolean): Check =>
  (value, attribute) =>
    predicate(value) ? null : `The selected ${shown(attribute)} is invalid.`;

export const oneOf = (allowed: readonly string[]): Check => satisfies((value) => allowed.includes(String(value)));

function expand(field: string, input: Input): Array<{ attribute: string; value: unknown; present: boolean }> {
  if (!field.endsWith('.*')) return [{ attribute: field, value: input[field], present: field in input }];
  const list = input[field.slice(0, -2)];
  if (!Array.isArray(list)) return [];
  return list.map((value: unknown, index) => ({ attribute: `${field.slice(0, -1)}${index}`, value, present: true }));
}

function validateAttribute(attribute: string, value: unknown, present: boolean, rule: FieldRule): string[] {
  if (!present && rule.presence !== 'required') return [];
  const empty = value === null || value === undefined || (Array.isArray(value) && value.length === 0);
  if (empty && rule.presence !== 'present') {
    return rule.presence === 'nullable' ? [] : [`The ${shown(attribute)} field is required.`];
  }
  return rule.checks.map((check) => check(value, attribute)).filter((message) => message !== null);
}
