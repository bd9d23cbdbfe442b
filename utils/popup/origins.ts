import type { Capture, ValueOrigin } from '../capture/types';
import { checkPhone } from '../phone/parse';

/** The person fields that show where their value came from. */
export type OriginField = 'name' | 'phone' | 'email';

/** The key a value has in CapturedContact.origins: E.164 for a readable phone, else as written; lower-case e-mail. */
function originKey(field: 'phone' | 'email', value: string, country: string): string {
  if (field === 'email') return value.toLowerCase();
  const check = checkPhone(value, country);
  return check.kind === 'valid' ? check.e164 : value;
}

/**
 * Where the value now in a field came from: the picked contact's first, then any other contact
 * on the page with the same value. A value the rep typed or changed has none.
 */
export function originOfField(capture: Capture, contactIndex: number, field: OriginField, value: string, country: string): ValueOrigin | null {
  const trimmed = value.trim();
  if (trimmed === '') return null;
  const picked = capture.contacts[contactIndex];
  if (field === 'name') return picked?.name === trimmed ? (picked.nameOrigin ?? null) : null;
  const key = originKey(field, trimmed, country);
  const contacts = picked ? [picked, ...capture.contacts.filter((contact) => contact !== picked)] : capture.contacts;
  for (const contact of contacts) {
    const origin = contact.origins?.[key];
    if (origin) return origin;
  }
  return null;
}

/** "Show on page" looks for values the page itself shows; a WhatsApp chat's come from its data. */
export const canShowOnPage = (origin: ValueOrigin): boolean => origin.source !== 'whatsapp';
