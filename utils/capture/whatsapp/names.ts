import { cleanText, phoneOfText } from './jid';

const MAX_NAME = 200;

/**
 * A display name as WhatsApp shows it, or null when it is really a number (unsaved contacts are
 * titled with their formatted number) or empty. A leading `~` marks a stranger's self-chosen
 * "push name" in groups; the tilde is not part of the name.
 */
export function nameOf(text: string | null | undefined): string | null {
  const clean = cleanText(text).replace(/^~\s*/, '').slice(0, MAX_NAME);
  if (!clean || phoneOfText(clean) || !/\p{L}/u.test(clean)) return null;
  return clean;
}
