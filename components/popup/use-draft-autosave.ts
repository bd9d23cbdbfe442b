import { useEffect, useRef, useState } from 'react';
import { ask } from '@/utils/messaging/client';
import type { FormState } from '@/utils/popup/form';

export const DRAFT_DEBOUNCE_MS = 250;

/**
 * Keeps the draft in the background's session storage as the user types (debounced), and sends
 * a pending write at once when the popup is hidden or closed. `edits` counts user edits only,
 * so loading or saving never rewrites a draft by itself.
 */
export function useDraftAutosave(draftKey: string | null, form: FormState, edits: number): boolean {
  const [kept, setKept] = useState(false);
  const pending = useRef<FormState | null>(null);

  const flush = () => {
    const draft = pending.current;
    if (!draftKey || !draft) return;
    pending.current = null;
    void ask('SAVE_DRAFT', { key: draftKey, draft }).then((reply) => setKept(reply.ok));
  };

  useEffect(() => {
    if (!draftKey || edits === 0) return;
    pending.current = form;
    setKept(false);
    const timer = setTimeout(flush, DRAFT_DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // `form` changes with every edit; the edit count is what schedules a write.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [draftKey, edits]);

  useEffect(() => {
    const onHide = () => flush();
    const onVisibility = () => document.visibilityState === 'hidden' && flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  });

  return kept;
}
