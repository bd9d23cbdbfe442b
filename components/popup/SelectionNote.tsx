import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { appendToNotes, type NoteAdded } from '@/utils/capture/selection/note';
import { CONTACT_LIMITS } from '@/utils/constants/crm';
import { ask } from '@/utils/messaging/client';
import type { FormState } from '@/utils/popup/form';
import type { Edit } from './types';

const ADDED_TEXT = { added: 'selectionNote.added', present: 'selectionNote.added', shortened: 'selectionNote.shortened', full: 'selectionNote.full' } as const;

interface SelectionNoteProps {
  form: FormState;
  edit: Edit;
  /** The popup's tab; null when the capture was handed over by id (nothing to read then). */
  tabId: number | null;
  /** The right-click item already put the selection into the notes. */
  addedOnOpen: NoteAdded | null;
}

/**
 * "Add the selected text to the notes": the tab's selection, read when the popup opens and only
 * then (with who said it and when, on WhatsApp Web), offered, never added without the rep's click.
 */
export function SelectionNote({ form, edit, tabId, addedOnOpen }: SelectionNoteProps) {
  const [note, setNote] = useState<string | null>(null);
  const [added, setAdded] = useState<NoteAdded | null>(addedOnOpen);

  useEffect(() => {
    if (tabId === null || addedOnOpen) return;
    let live = true;
    void ask('READ_SELECTION', { tabId }).then((reply) => live && reply.ok && setNote(reply.data?.note ?? null));
    return () => {
      live = false;
    };
  }, [tabId, addedOnOpen]);

  function addNote(selected: string) {
    const result = appendToNotes(form.notes, selected);
    setAdded(result.added);
    edit((current) => ({ ...current, notes: appendToNotes(current.notes, selected).notes }), ['notes']);
  }

  if (added) return <p className={added === 'full' ? 'selection-note warn-text' : 'selection-note muted'}>{i18n.t(ADDED_TEXT[added], [CONTACT_LIMITS.notes])}</p>;
  if (!note || form.notes.includes(note)) return null;
  return (
    <p className="selection-note">
      <button type="button" className="link" onClick={() => addNote(note)}>
        {i18n.t('selectionNote.offer')}
      </button>
    </p>
  );
}
