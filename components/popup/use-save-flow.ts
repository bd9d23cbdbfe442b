import { useRef, useState } from 'react';
import type { CrmId } from '@/utils/crm/errors';
import type { RecordDraft, SavedRecord } from '@/utils/crm/provider';
import { ask } from '@/utils/messaging/client';
import type { AppError } from '@/utils/messaging/protocol';
import { destinationCrms, type FormState } from '@/utils/popup/form';
import { buildRecordDraft, serverFieldErrors, type FieldErrors, type FormContext } from '@/utils/popup/validate';

export type Outcome =
  | { kind: 'checking' }
  | { kind: 'saving' }
  | { kind: 'duplicates'; matches: SavedRecord[] }
  | { kind: 'saved'; record: SavedRecord; action: 'create' | 'update' | 'earlier'; lookupSkipped: AppError | null }
  | { kind: 'failed'; error: AppError };

export type Outcomes = Partial<Record<CrmId, Outcome>>;
type Mode = { kind: 'create' } | { kind: 'update'; id: string };

interface SaveFlowInput {
  draftKey: string | null;
  /** A CRM accepted the record: the form remembers it so a retry only sends the others. */
  onSaved: (crm: CrmId, record: SavedRecord) => void;
  /** A CRM rejected fields: they are shown on the form. */
  onFieldErrors: (errors: FieldErrors) => void;
}

/**
 * Per destination: look for duplicates, then create (or offer open / update / create anyway).
 * Each CRM is an independent request; one failing never undoes or blocks the other.
 */
export function useSaveFlow({ draftKey, onSaved, onFieldErrors }: SaveFlowInput) {
  const [outcomes, setOutcomes] = useState<Outcomes>(() => ({}));
  const jobs = useRef<Partial<Record<CrmId, { draft: RecordDraft; form: FormState; lookupSkipped: AppError | null }>>>({});
  const set = (crm: CrmId, outcome: Outcome) => setOutcomes((current) => ({ ...current, [crm]: outcome }));

  async function send(crm: CrmId, mode: Mode) {
    const job = jobs.current[crm];
    if (!job) return;
    set(crm, { kind: 'saving' });
    const { form, draft, lookupSkipped } = job;
    const reply = await ask('SAVE_RECORD', { crm, draft, mode, destination: form.destination, page: form.page, draftKey });
    if (reply.ok) {
      set(crm, { kind: 'saved', record: reply.data, action: mode.kind, lookupSkipped });
      onSaved(crm, reply.data);
    } else {
      set(crm, { kind: 'failed', error: reply.error });
      onFieldErrors(serverFieldErrors(reply.error));
    }
  }

  async function saveTo(crm: CrmId) {
    const { draft } = jobs.current[crm]!;
    set(crm, { kind: 'checking' });
    const found = await ask('FIND_DUPLICATES', { crm, phones: draft.contact.phones, email: draft.contact.email });
    if (found.ok && found.data.length) return set(crm, { kind: 'duplicates', matches: found.data });
    // A key that may write but not read still saves; the rep is told the check was skipped.
    if (!found.ok && found.error.code !== 'missing_scope') return set(crm, { kind: 'failed', error: found.error });
    jobs.current[crm]!.lookupSkipped = found.ok ? null : found.error;
    await send(crm, { kind: 'create' });
  }

  /** Sends a validated form to every chosen destination not saved yet. */
  function start(form: FormState, ctx: FormContext) {
    const crms = destinationCrms(form.destination);
    const earlier: Outcomes = {};
    for (const crm of crms) {
      const record = form.saved[crm];
      if (record) earlier[crm] = { kind: 'saved', record, action: 'earlier', lookupSkipped: null };
    }
    setOutcomes(earlier);
    for (const crm of crms.filter((candidate) => !form.saved[candidate])) {
      jobs.current[crm] = { draft: buildRecordDraft(form, ctx, crm), form, lookupSkipped: null };
      void saveTo(crm);
    }
  }

  const busy = Object.values(outcomes).some((outcome) => outcome.kind === 'checking' || outcome.kind === 'saving');
  return {
    outcomes,
    busy,
    start,
    update: (crm: CrmId, id: string) => void send(crm, { kind: 'update', id }),
    createAnyway: (crm: CrmId) => void send(crm, { kind: 'create' }),
    reset: () => setOutcomes({}),
  };
}
