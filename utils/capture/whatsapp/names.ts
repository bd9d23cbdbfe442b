import { cleanText, phoneOfText } from './jid';

const MAX_NAME = 200;

/**
 * What WhatsApp prints for a contact whose number is hidden (WAWebFrontendContactGetters,
 * WAWebWidFormat, as wa-js reads it): none of it is a name.
 *   `@maria.lopez` a username · `109876543210987@lid` a raw id · `+43 ••• •• 21`, `+49 151 ... 12345`
 *   a masked number · "Unknown user" and its translations, WhatsApp's placeholder.
 */
const HANDLE = /^@/;
const RAW_ID = /@[a-z.]{1,20}$/i;
const MASKED = /[•*…]|\.{2,}/;
const PLACEHOLDERS = new Set(['unknown user', 'unknown number', 'usuário desconhecido', 'número desconhecido', 'usuario desconocido', 'número desconocido']);

/**
 * A display name as WhatsApp shows it, or null when it is really a number (unsaved contacts are
 * titled with their formatted number), a handle, a masked number, a placeholder or empty. A
 * leading `~` marks a stranger's self-chosen "push name"; the tilde is not part of the name.
 */
export function nameOf(text: string | null | undefined): string | null {
  const clean = cleanText(text).replace(/^~\s*/, '').slice(0, MAX_NAME);
  if (!clean || phoneOfText(clean) || !/\p{L}/u.test(clean)) return null;
  if (HANDLE.test(clean) || RAW_ID.test(clean) || (MASKED.test(clean) && /\d/.test(clean)) || PLACEHOLDERS.has(clean.toLowerCase())) return null;
  return clean;
}
