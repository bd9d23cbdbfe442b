import { useEffect, useRef, useState } from 'react';
import type { CrmId } from '@/utils/constants/crm';
import type { FollowUpAction, RecordDraft, SavedRecord } from '@/utils/crm/provider';
import { ask } from '@/utils/messaging/client';
import type { AppError } from '@/utils/crm/app-error';
import type { DeliveryView } from '@/utils/outbox/schema';
import { RETRYABLE_CODES } from '@/utils/outbox/states';
import { destinationCrms, type FormState } from '@/utils/popup/form';
import { buildRecordDraft, serverFieldErrors, type FieldErrors, type FormContext } from '@/utils/popup/validate';

export type Outcome =
  | { kind: 'checking' }
  | { kind: 'saving' }
  /** `deliveryId`: found by the outbox (the popup could not check), not by the popup's own check. */
  | { kind: 'duplicates'; matches: SavedRecord[]; deliveryId?: string }
  /** `record` null: the CRM took it but did not say which record it is (`name`: who was saved). */
  | { kind: 'saved'; record: SavedRecord | null; name?: string; action: 'create' | 'update' | 'earlier'; lookupSkipped: AppError | null }
  /** In the outbox, not in the CRM yet: retried after the popup closes (utils/outbox). */
  | { kind: 'queued'; delivery: DeliveryView }
  /** `delivery`: a refusal kept in the outbox (Save again resends it as edited). */
  | { kind: 'failed'; error: AppError; delivery?: DeliveryView };

export type Outcomes = Partial<Record<CrmId, Outcome>>;
type Mode = { kind: 'create' } | { kind: 'update'; id: string };

/** While a save is queued, the popup follows it this often (until it lands or the popup closes). */
export const FOLLOW_MS = 1_000;
/**
 * A duplicate check that failed for a reason the outbox retries is left to it (it looks before
 * creating). Not `internal`: here it means the background itself did not answer, so it is shown.
 */
const CHECK_LATER: readonly string[] = RETRYABLE_CODES.filter((code) => code !== 'internal');

interface SaveFlowInput {
  draftKey: string | null;
  /** The WhatsApp chat's privacy id, kept with the record in the history (issue 19). */
  lid?: string | null;
  /** The restored draft's saves still in the outbox: shown, followed, never sent twice. */
  deliveries?: DeliveryView[];
  /** A CRM accepted the record: the form remembers it so a retry only sends the others. */
  onSaved: (crm: CrmId, record: SavedRecord) => void;
  /** A CRM rejected fields: they are shown on the form. */
  onFieldErrors: (errors: FieldErrors) => void;
}

interface Job {
  draft: RecordDraft;
  form: FormState;
  lookupSkipped: AppError | null;
  /** Names the delivery in the outbox; kept while the CRM refuses it, so "Save" again resends it as edited. */
  deliveryId: string;
  checkDuplicates: boolean;
  /** A task or deal sent after this record (its own delivery, named once per record delivery). */
  followUp: { deliveryId: string; action: FollowUpAction } | null;
}

/**
 * Per destination: look for duplicates, then create (or offer open / update / create anyway).
 * Each CRM is an independent delivery; one failing never undoes or blocks the other.
 */
export function useSaveFlow({ draftKey, lid = null, deliveries = [], onSaved, onFieldErrors }: SaveFlowInput) {
  const [outcomes, setOutcomes] = useState<Outcomes>(() => Object.fromEntries(deliveries.map((delivery) => [delivery.crm, outcomeOf(delivery, 'create', null)])));
  const jobs = useRef<Partial<Record<CrmId, Job>>>({});
  /** Refused deliveries (restored or from this popup): the next Save of that CRM resends them. */
  const refused = useRef<Partial<Record<CrmId, string>>>(
    Object.fromEntries(deliveries.filter((delivery) => delivery.state === 'needs_attention').map((delivery) => [delivery.crm, delivery.id])),
  );
  /** Follow-up delivery per record delivery: "Save" again never makes a second task. */
  const followUpIds = useRef<Record<string, string>>({});
  const [sentFollowUps, setSentFollowUps] = useState<string[]>([]);
  const set = (crm: CrmId, outcome: Outcome) => setOutcomes((current) => ({ ...current, [crm]: outcome }));

  /** Shows where a delivery stands; a refusal goes onto the form and needs no notification. */
  function follow(crm: CrmId, delivery: DeliveryView, action: 'create' | 'update') {
    const outcome = outcomeOf(delivery, action, jobs.current[crm]?.lookupSkipped ?? null);
    set(crm, outcome);
    if (outcome.kind === 'saved') {
      delete refused.current[crm];
      if (outcome.record) onSaved(crm, outcome.record);
    } else if (outcome.kind === 'duplicates') {
      refused.current[crm] = delivery.id;
      void ask('MARK_DELIVERY_SEEN', { id: delivery.id });
    } else if (outcome.kind === 'failed') {
      refused.current[crm] = delivery.id;
      onFieldErrors(serverFieldErrors(outcome.error));
      void ask('MARK_DELIVERY_SEEN', { id: delivery.id });
    }
  }

  async function send(crm: CrmId, mode: Mode, existingIds: string[] = []) {
    const job = jobs.current[crm];
    if (!job) return;
    set(crm, { kind: 'saving' });
    const { form, draft, deliveryId, checkDuplicates, followUp } = job;
    const request = { crm, draft, mode, destination: form.destination, page: form.page, draftKey, deliveryId, existingIds, checkDuplicates, followUp, lid };
    const reply = await ask('SAVE_RECORD', request);
    if (followUp) setSentFollowUps((ids) => (ids.includes(followUp.deliveryId) ? ids : [...ids, followUp.deliveryId]));
    if (reply.ok) follow(crm, reply.data, mode.kind);
    else set(crm, { kind: 'failed', error: reply.error });
  }

  async function saveTo(crm: CrmId) {
    const job = jobs.current[crm]!;
    set(crm, { kind: 'checking' });
    const found = await ask('FIND_DUPLICATES', { crm, phones: job.draft.contact.phones, email: job.draft.contact.email });
    if (found.ok && found.data.length) return set(crm, { kind: 'duplicates', matches: found.data });
    if (!found.ok) {
      // Offline or a struggling CRM: save anyway — the outbox looks for duplicates before creating.
      if (CHECK_LATER.includes(found.error.code)) job.checkDuplicates = true;
      // A key that may write but not read (or a CRM that ignores the filter) still saves; the rep is told the check was skipped.
      else if (found.error.code === 'missing_scope' || found.error.code === 'lookup_unreliable') job.lookupSkipped = found.error;
      else return set(crm, { kind: 'failed', error: found.error });
    }
    await send(crm, { kind: 'create' });
  }

  /** Sends a validated form to every chosen destination not saved (or queued) yet. */
  function start(form: FormState, ctx: FormContext, followUps: Partial<Record<CrmId, FollowUpAction>> = {}) {
    const crms = destinationCrms(form.destination);
    const kept: Outcomes = {};
    for (const crm of crms) {
      const record = form.saved[crm];
      const shown = outcomes[crm];
      if (record) kept[crm] = { kind: 'saved', record, action: 'earlier', lookupSkipped: null };
      else if (shown?.kind === 'queued' || (shown?.kind === 'saved' && !shown.record)) kept[crm] = shown;
    }
    setOutcomes(kept);
    for (const crm of crms.filter((candidate) => !kept[candidate])) {
      const deliveryId = refused.current[crm] ?? crypto.randomUUID();
      const action = followUps[crm];
      const followUp = action ? { deliveryId: (followUpIds.current[deliveryId] ??= crypto.randomUUID()), action } : null;
      jobs.current[crm] = { draft: buildRecordDraft(form, ctx, crm), form, lookupSkipped: null, deliveryId, checkDuplicates: false, followUp };
      void saveTo(crm);
    }
  }

  // Follows queued saves until they land (or need the user); stops when the popup closes.
  const queued = Object.values(outcomes).flatMap((outcome) => (outcome.kind === 'queued' ? [outcome.delivery.id] : []));
  const following = queued.join(' ');
  useEffect(() => {
    if (!following) return;
    const timer = setInterval(async () => {
      const reply = await ask('OUTBOX_STATUS', { ids: following.split(' ') });
      if (!reply.ok) return;
      for (const delivery of reply.data.deliveries) {
        if (delivery.state !== 'queued' && delivery.state !== 'sending' && delivery.state !== 'retrying') follow(delivery.crm, delivery, delivery.action);
        else set(delivery.crm, { kind: 'queued', delivery });
      }
    }, FOLLOW_MS);
    return () => clearInterval(timer);
    // `follow` and `set` only close over refs and setters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [following]);

  async function sendFollowUpOnly(crm: CrmId, match: SavedRecord) {
    const job = jobs.current[crm];
    if (!job?.followUp) return;
    const { form, draft, followUp } = job;
    set(crm, { kind: 'saving' });
    const page = form.page;
    const reply = await ask('SAVE_FOLLOW_UP', {
      crm,
      draft,
      mode: { kind: 'update', id: match.id },
      destination: form.destination,
      page,
      draftKey: null,
      record: match,
      followUp,
    });
    if (!reply.ok) return set(crm, { kind: 'failed', error: reply.error });
    setSentFollowUps((ids) => (ids.includes(followUp.deliveryId) ? ids : [...ids, followUp.deliveryId]));
    set(crm, { kind: 'saved', record: match, action: 'earlier', lookupSkipped: null });
  }

  /** A choice on matches the outbox found (restored with the draft, so no job here): the outbox resends it. */
  async function resolve(crm: CrmId, deliveryId: string, choice: { updateId: string | null; skipLookup: boolean }) {
    set(crm, { kind: 'saving' });
    const reply = await ask('RESEND_DELIVERY', { id: deliveryId, contact: null, ...choice });
    if (reply.ok) follow(crm, reply.data, choice.updateId ? 'update' : 'create');
    else set(crm, { kind: 'failed', error: reply.error });
  }

  const busy = Object.values(outcomes).some((outcome) => outcome.kind === 'checking' || outcome.kind === 'saving');
  return {
    outcomes,
    /** Follow-up deliveries sent with a record, for the popup to follow. */
    followUps: sentFollowUps,
    busy,
    start,
    update: (crm: CrmId, id: string) => {
      const shown = outcomes[crm];
      if (shown?.kind === 'duplicates' && shown.deliveryId && !jobs.current[crm]) return void resolve(crm, shown.deliveryId, { updateId: id, skipLookup: false });
      void send(crm, { kind: 'update', id });
    },
    /** Whether this CRM's save carries a task or deal (so a duplicate can get it alone). */
    hasFollowUp: (crm: CrmId) => Boolean(jobs.current[crm]?.followUp),
    /** The record is already there and stays as it is: only the task or deal is sent, to it. */
    followUpOnly: (crm: CrmId, match: SavedRecord) => void sendFollowUpOnly(crm, match),
    /** The matches the rep saw stay apart: a later duplicate check must not take them for ours. */
    createAnyway: (crm: CrmId) => {
      const shown = outcomes[crm];
      if (shown?.kind === 'duplicates' && shown.deliveryId && !jobs.current[crm]) return void resolve(crm, shown.deliveryId, { updateId: null, skipLookup: true });
      void send(crm, { kind: 'create' }, shown?.kind === 'duplicates' ? shown.matches.map((match) => match.id) : []);
    },
    reset: () => setOutcomes({}),
  };
}

function outcomeOf(delivery: DeliveryView, action: 'create' | 'update', lookupSkipped: AppError | null): Outcome {
  if (delivery.state === 'delivered') return { kind: 'saved', record: delivery.record, name: delivery.contact.name, action, lookupSkipped };
  if (delivery.state === 'needs_attention' && delivery.reason === 'duplicate') return { kind: 'duplicates', matches: delivery.matches, deliveryId: delivery.id };
  if (delivery.state === 'needs_attention' || delivery.state === 'discarded') {
    return { kind: 'failed', error: delivery.lastError ?? { code: 'internal' }, delivery };
  }
  return { kind: 'queued', delivery };
}
