import type { SyncroCustomField } from './schemas';

/**
 * The custom fields that can hold a WhatsApp `@username` or `wa-lid:…` (issue 19): active `text`
 * fields (§7.4 reads unknown types as text). Syncro coerces what it is sent to the field's type
 * (§7.4): a number, currency, date or checkbox field would turn a handle into nothing or nonsense,
 * and a select or multiselect takes only its own options.
 */
export function identityFieldChoices<F extends Pick<SyncroCustomField, 'field_type' | 'is_active'>>(fields: readonly F[]): F[] {
  return fields.filter((field) => field.is_active && field.field_type === 'text');
}

const isEmpty = (value: unknown) => value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);

/**
 * An update's `custom_fields` under the keep-both rule (keep-both.ts) for the identity field: a
 * value the lead already holds there stays, an empty one is filled. The handle is in the notes
 * either way. Other fields are sent as the rep set them.
 */
export function keepStoredIdentity(
  sent: Record<string, unknown> | undefined,
  stored: Record<string, unknown> | null | undefined,
  field: string | undefined,
): Record<string, unknown> | undefined {
  if (!sent || !field || !(field in sent) || isEmpty(stored?.[field])) return sent;
  const kept = Object.fromEntries(Object.entries(sent).filter(([name]) => name !== field));
  return Object.keys(kept).length ? kept : undefined;
}

/**
 * The custom fields sent that the saved lead does not hold: Syncro silently ignores names of
 * deleted or deactivated fields (§7.4). Nothing can be told when the answer has no `custom_fields`.
 */
export function ignoredCustomFields(sent: Record<string, unknown> | undefined, kept: Record<string, unknown> | null | undefined): string[] {
  if (!sent || !kept) return [];
  return Object.keys(sent).filter((name) => !(name in kept));
}
