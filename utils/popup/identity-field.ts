import { lidReference, type WhatsappNote } from '../capture/whatsapp/note';
import type { CustomInput } from '../storage/drafts';

/**
 * What the admin's mapped Syncro custom field gets for a WhatsApp contact whose number is hidden
 * (issue 19): `@username`, else the LID as the notes write it; null when the number is known.
 */
export function identityFieldValue(note: WhatsappNote | undefined): string | null {
  if (note?.phoneWhy !== 'lid' || !note.lid) return null;
  return note.identity?.username ? `@${note.identity.username}` : lidReference(note.lid);
}

const holdsValue = (input: CustomInput | undefined) =>
  typeof input === 'string' ? input.trim() !== '' : input !== undefined && input !== false && !(Array.isArray(input) && !input.length);

/** The form's Syncro custom fields with the identity in the mapped field, unless it is unmapped, unknown, or already holds the rep's value. */
export function withIdentityField(custom: Record<string, CustomInput>, field: string | null, note: WhatsappNote | undefined): Record<string, CustomInput> {
  const value = identityFieldValue(note);
  if (!field || !value || holdsValue(custom[field])) return custom;
  return { ...custom, [field]: value };
}

/**
 * The mapped field is no longer among the account's active text fields (deleted, deactivated or
 * retyped in Syncro), so its value would be silently dropped (syncro.md §7.4): the popup says so.
 * False while the fields are unknown (loading, unreadable) or when there is nothing to put there.
 */
export function identityFieldGone(field: string | null, note: WhatsappNote | undefined, choices: readonly { name: string }[] | null): boolean {
  if (!field || !choices || identityFieldValue(note) === null) return false;
  return !choices.some((choice) => choice.name === field);
}
