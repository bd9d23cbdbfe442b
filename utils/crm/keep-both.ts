import { CONTACT_LIMITS, type CrmId, type RecordChange } from '../constants/crm';
import { samePhone } from '../phone/same';
import type { CrmError } from './errors';
import type { ContactDraft } from './provider';

/** What an existing record already holds, read just before the update (syncro.md §8.8, synax.md §9.2). */
export interface StoredPerson {
  phone: string | null;
  email: string | null;
  notes: string | null;
  tags: string[];
}

export type KeptPerson = StoredPerson & { changes: RecordChange[] };

/** Lines written into the notes for a second phone or e-mail: the same words in English and Portuguese. */
export const KEPT_LABELS = { phone: 'Tel.', email: 'E-mail' } as const;

const mentions = (notes: string, line: string) => notes.includes(line);
const joinBlocks = (...blocks: string[]) => blocks.filter(Boolean).join('\n\n');

/**
 * An update that loses nothing. Syncro leads and Synax contacts hold one phone and one e-mail
 * (syncro.md §7.1, synax.md §4.1): a record's own phone and e-mail stay in their fields, and a
 * different new one goes into the notes as `Tel.: +55…` / `E-mail: …`; an empty field is simply
 * filled. The record's notes are kept and the new ones appended; tags are joined. Running it
 * again on its own result changes nothing, so a retried update never writes a line twice.
 * Null when the notes would pass the CRMs' limit (CONTACT_LIMITS.notes): the rep shortens them.
 */
export function keepBoth(stored: StoredPerson, contact: ContactDraft): KeptPerson | null {
  const changes: RecordChange[] = [];
  const storedNotes = stored.notes?.trim() ?? '';
  const addedLines: string[] = [];

  const [newPhone] = contact.phones;
  let phone = stored.phone || null;
  if (!phone) {
    phone = newPhone ?? null;
    if (newPhone) changes.push('phone_set');
  } else if (newPhone && samePhone(phone, newPhone)) {
    // The same number: the draft's E.164 form (ninth digit included) replaces an older spelling.
    phone = newPhone;
  } else if (newPhone) {
    const line = `${KEPT_LABELS.phone}: ${newPhone}`;
    if (!mentions(storedNotes, newPhone)) addedLines.push(line);
    changes.push('phone_added');
  }

  let email = stored.email || null;
  if (!email) {
    email = contact.email;
    if (contact.email) changes.push('email_set');
  } else if (contact.email && contact.email.toLowerCase() !== email.toLowerCase()) {
    if (!mentions(storedNotes.toLowerCase(), contact.email.toLowerCase())) addedLines.push(`${KEPT_LABELS.email}: ${contact.email}`);
    changes.push('email_added');
  }

  const newNotes = contact.notes?.trim() ?? '';
  const appended = newNotes && !mentions(storedNotes, newNotes) ? newNotes : '';
  if (appended && storedNotes) changes.push('notes_added');
  const notes = joinBlocks(storedNotes, appended, addedLines.join('\n'));
  if (notes.length > CONTACT_LIMITS.notes) return null;

  const tags = [...new Set([...stored.tags, ...contact.tags])];
  return { phone, email, notes: notes || null, tags, changes };
}

/** The record's notes and the new ones together pass the limit: said before any write (utils/ui/error-text.ts words it). */
export function notesFull(crm: CrmId): CrmError {
  return { code: 'validation', crm, message: 'notes_full', fields: {} };
}
