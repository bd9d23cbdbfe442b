import { useEffect, useState } from 'react';
import type { Capture } from '@/utils/capture/types';
import { ask } from '@/utils/messaging/client';
import type { ResponseOf } from '@/utils/messaging/protocol';
import type { AppError } from '@/utils/crm/app-error';
import { availableDestination, initialForm, type FormState } from '@/utils/popup/form';
import { draftKeyOf } from '@/utils/storage/draft-key';
import { appendToNotes, type NoteAdded } from '@/utils/capture/selection/note';

export type PopupContext = ResponseOf<'POPUP_CONTEXT'>;
export type CaptureNotice = 'restricted' | 'unavailable' | 'expired' | 'empty' | null;

export interface ReadySession {
  phase: 'ready';
  /** Where the draft lives: `tab-<id>` or `capture-<id>`; null when neither is known. */
  draftKey: string | null;
  capture: Capture;
  notice: CaptureNotice;
  context: PopupContext;
  form: FormState;
  restored: boolean;
  /** The tab the popup reads (null for a capture handed over by id): where "Add the selected text" reads and "show on page" shows. */
  tabId: number | null;
  /** "Add selection to the CRM notes" brought a selection: how it went into the notes. */
  selectionAdded: NoteAdded | null;
}

export type Session = { phase: 'loading' } | { phase: 'failed'; error: AppError } | ReadySession;

const emptyCapture = (): Capture => ({ url: '', title: '', contacts: [], phones: [], emails: [] });

async function readCapture(captureId: string | null, tabId: number | null): Promise<{ capture: Capture; notice: CaptureNotice }> {
  if (captureId) {
    const handed = await ask('GET_CAPTURE', { captureId });
    return handed.ok ? { capture: handed.data, notice: null } : { capture: emptyCapture(), notice: 'expired' };
  }
  if (tabId === null) return { capture: emptyCapture(), notice: 'unavailable' };
  const reply = await ask('CAPTURE_TAB', { tabId });
  if (!reply.ok) return { capture: emptyCapture(), notice: 'unavailable' };
  return { capture: reply.data.capture, notice: reply.data.problem };
}

/** `?capture=<id>` (handed over by the menu or WhatsApp button), `?tab=<id>`, else the active tab. */
export async function openSession(search: string): Promise<Session> {
  const params = new URLSearchParams(search);
  const captureId = params.get('capture');
  const tabParam = params.get('tab');
  let tabId = tabParam && /^\d+$/.test(tabParam) ? Number(tabParam) : null;
  if (tabId === null && !captureId) {
    const [active] = await browser.tabs.query({ active: true, currentWindow: true });
    tabId = active?.id ?? null;
  }
  const draftKey = draftKeyOf(captureId, tabId);
  const [context, { capture, notice }] = await Promise.all([ask('POPUP_CONTEXT', { draftKey }), readCapture(captureId, tabId)]);
  if (!context.ok) return { phase: 'failed', error: context.error };
  const { draft, settings, remembered, configured } = context.data;
  // A draft may name a CRM whose key was removed since: keep only the ones that can still be used.
  const opened = draft
    ? { ...draft, destination: availableDestination(draft.destination, configured) ?? draft.destination }
    : initialForm({ capture, settings, remembered, configured });
  const noted = capture.selectionNote ? appendToNotes(opened.notes, capture.selectionNote) : null;
  const form = noted ? { ...opened, notes: noted.notes } : opened;
  const shownNotice: CaptureNotice = notice ?? (capture.contacts.length || draft || noted ? null : 'empty');
  return { phase: 'ready', draftKey, capture, notice: shownNotice, context: context.data, form, restored: draft !== null, tabId, selectionAdded: noted?.added ?? null };
}

/** Follows a session opened by main.tsx before React starts (the messages go out in parallel with rendering). */
export function usePopupSession(opening: Promise<Session>): Session {
  const [session, setSession] = useState<Session>({ phase: 'loading' });
  useEffect(() => {
    let live = true;
    opening.then(
      (opened) => live && setSession(opened),
      () => live && setSession({ phase: 'failed', error: { code: 'internal' } }),
    );
    return () => {
      live = false;
    };
  }, [opening]);
  return session;
}
