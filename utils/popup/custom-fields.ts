import type { CustomFieldValue } from '../crm/provider';
import type { SyncroCustomField } from '../crm/syncro/schemas';
import type { CustomInput } from '../storage/drafts';
import { parseAmount } from './text';

export type CustomFieldDef = Pick<SyncroCustomField, 'name' | 'label' | 'field_type' | 'options' | 'is_required'>;

export type CustomProblem = 'required' | 'number' | 'date' | 'option';

/** What an untouched field holds in the form. */
export function emptyCustomInput(field: CustomFieldDef): CustomInput {
  if (field.field_type === 'checkbox') return false;
  if (field.field_type === 'multiselect') return [];
  return '';
}

/** The form's value for a field, repaired to the field's kind if a draft or an old definition disagrees. */
export function customInputOf(field: CustomFieldDef, values: Record<string, CustomInput>): CustomInput {
  const value = values[field.name];
  const empty = emptyCustomInput(field);
  if (value === undefined || typeof value !== typeof empty || Array.isArray(value) !== Array.isArray(empty)) return empty;
  return value;
}

/** `YYYY-MM-DD` from the date input, or `DD/MM/YYYY` typed by hand; null when it is no real date. */
export function toYmd(text: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dmy ? [dmy[3], dmy[2], dmy[1]] : [];
  if (!year || !month || !day) return null;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (date.getUTCMonth() !== Number(month) - 1 || date.getUTCDate() !== Number(day)) return null;
  return date.toISOString().slice(0, 10);
}

/**
 * syncro.md §7.4 coercion: number/currency → number, date → YYYY-MM-DD, checkbox → boolean,
 * multiselect → string[], anything else (unknown types included) → string. Empty → null (not sent).
 */
export function coerceCustomField(field: CustomFieldDef, input: CustomInput): { value: CustomFieldValue } | { problem: CustomProblem } {
  const missing = (): { value: null } | { problem: 'required' } => (field.is_required ? { problem: 'required' } : { value: null });
  switch (field.field_type) {
    case 'checkbox':
      // An unticked box is an answer ("no"): sent when the field is required, else left alone
      // so that "update instead" does not clear a box someone ticked in the CRM.
      return { value: input === true ? true : field.is_required ? false : null };
    case 'multiselect': {
      const chosen = Array.isArray(input) ? input.filter((option) => field.options.includes(option)) : [];
      return chosen.length ? { value: chosen } : missing();
    }
    default: {
      const text = typeof input === 'string' ? input.trim() : '';
      if (!text) return missing();
      if (field.field_type === 'number' || field.field_type === 'currency') {
        const amount = parseAmount(text);
        return amount === null ? { problem: 'number' } : { value: amount };
      }
      if (field.field_type === 'date') {
        const ymd = toYmd(text);
        return ymd === null ? { problem: 'date' } : { value: ymd };
      }
      if (field.field_type === 'select' && field.options.length && !field.options.includes(text)) return { problem: 'option' };
      return { value: text };
    }
  }
}
