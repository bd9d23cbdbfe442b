import { CONTACT_LIMITS } from '../../constants/crm';
import type { SelectionRead } from './read';

/** `[10:41, 05/12/2026] Maria Souza: ` — WhatsApp's own line for who sent a message, and when. */
const WHO_AND_WHEN = /^\[([^\]\n]{1,40})\] ([^\n]{1,200}?): ?$/;

/** The `data-pre-plain-text` line as WhatsApp writes it, or null when it is not one (then the text is quoted without it). */
export function whoAndWhen(meta: string | null): string | null {
  const match = meta ? WHO_AND_WHEN.exec(meta) : null;
  return match ? `[${match[1]}] ${match[2]}: ` : null;
}

/**
 * The selection as a block of notes. WhatsApp messages as WhatsApp copies them, one per line:
 * `[10:41, 05/12/2026] Maria Souza: Quero 3 mesas`. Anything else as a quote followed by where
 * it was selected: `“…”\n— Page title · https://…`.
 */
export function selectionNote(read: SelectionRead): string | null {
  const parts = read.parts.filter((part) => part.text.trim());
  if (!parts.length) return null;
  if (parts.some((part) => whoAndWhen(part.meta))) return parts.map((part) => `${whoAndWhen(part.meta) ?? ''}${part.text.trim()}`).join('\n');
  const source = [read.title.trim(), read.url].filter(Boolean).join(' · ');
  return `“${parts.map((part) => part.text.trim()).join('\n')}”${source ? `\n— ${source}` : ''}`;
}

export type NoteAdded = 'added' | 'shortened' | 'full' | 'present';

/**
 * The notes with the selection appended below them, within the CRMs' limit (CONTACT_LIMITS.notes):
 * a selection that does not fit is cut (`shortened`) or, when no room is left, not added (`full`).
 * A selection already in the notes is not added twice (`present`).
 */
export function appendToNotes(notes: string, note: string, max: number = CONTACT_LIMITS.notes): { notes: string; added: NoteAdded } {
  const current = notes.trimEnd();
  if (current.includes(note)) return { notes, added: 'present' };
  const separator = current ? '\n\n' : '';
  const room = max - current.length - separator.length;
  if (room >= note.length) return { notes: `${current}${separator}${note}`, added: 'added' };
  if (room < 2) return { notes, added: 'full' };
  return { notes: `${current}${separator}${note.slice(0, room - 1).trimEnd()}…`, added: 'shortened' };
}
