import type { CrmId } from '../constants/crm';
import type { DuplicateQuery, SavedRecord } from '../crm/provider';
import type { Reply, RequestOf, ResponseOf } from '../messaging/protocol';
import { FIRST_ATTEMPT_WAIT_MS, backgroundOutbox } from './outbox';
import type { Outbox } from '../outbox/runner';
import { toView, type DeliveryView, type RecordJob } from '../outbox/schema';
import { isUnsettled } from '../outbox/states';
import type { NewDelivery } from '../outbox/transitions';
import { readDraft, readRemembered, remember, removeDraft, writeDraft, type FormDraft } from '../storage/drafts';
import { loadSettings } from '../storage/settings';
import { connectionStatus, providerFor } from './connections';
import { phoneUpdateInOutbox } from './whatsapp-earlier';

export type { RecordJob } from '../outbox/schema';

/**
 * The popup's Save: the delivery goes into the outbox (storage) before any request, then the
 * answer of the first attempt is awaited for a moment so a quick CRM still shows "Saved — Open
 * in …". A slow, offline or refusing CRM gets the delivery's state instead ("queued, retrying at
 * …"): the outbox keeps trying after the popup closes, and history and draft are kept up to date
 * as deliveries end (utils/outbox/bookkeeping.ts).
 */
export async function saveRecord(
  { followUp, ...request }: NewDelivery & { followUp?: RequestOf<'SAVE_RECORD'>['followUp'] },
  outbox: Outbox = backgroundOutbox(),
  waitMs = FIRST_ATTEMPT_WAIT_MS,
): Promise<Reply<DeliveryView>> {
  const { crm, draft, mode, destination, page, draftKey, deliveryId } = request;
  const job: RecordJob = { crm, draft, mode, destination, page, draftKey };
  // The number is already on its way to that record (issue 19: another popup, another click): that delivery, never a second update.
  // (The same delivery sent again is the outbox's own business: it may be a refused one, edited.)
  const adding = mode.kind === 'update' && mode.only === 'phone' ? phoneUpdateInOutbox({ crm, id: mode.id }, await outbox.entries()) : null;
  if (adding && adding.id !== deliveryId) return { ok: true, data: toView(adding) };
  // Written before the record is sent, so it is never lost; it waits for the record's id (utils/outbox/follow-up.ts).
  if (followUp) await outbox.saveFollowUp({ deliveryId: followUp.deliveryId, job, parentDeliveryId: deliveryId, parentRecordId: null, action: followUp.action });
  const [entry] = await Promise.all([outbox.save(request, waitMs), rememberChoices(request)]);
  return { ok: true, data: toView(entry) };
}

/** A follow-up for a record that exists and stays as it is: nothing to wait for, it goes now. */
export async function saveFollowUp({ record, followUp, ...job }: RequestOf<'SAVE_FOLLOW_UP'>, outbox: Outbox = backgroundOutbox()): Promise<Reply<DeliveryView>> {
  const entry = await outbox.saveFollowUp({ deliveryId: followUp.deliveryId, job, parentDeliveryId: null, parentRecordId: record.id, record, action: followUp.action });
  void outbox.drain();
  return { ok: true, data: toView(entry) };
}

function rememberChoices(job: RecordJob): Promise<void> {
  const { syncro, synax } = job.draft;
  return remember({
    destination: job.destination,
    ...(syncro ? { syncroPipelineId: syncro.pipelineId, syncroStageId: syncro.stageId } : {}),
    ...(synax?.temperature ? { synaxTemperature: synax.temperature } : {}),
  });
}

export async function findDuplicates(crm: CrmId, query: DuplicateQuery): Promise<Reply<SavedRecord[]>> {
  const provider = await providerFor(crm);
  if (!provider) return { ok: false, error: { code: 'not_configured', crm } };
  return provider.findDuplicates(query);
}

/** Everything the popup needs before it can show the form, in one round trip. Opening the popup also drains the outbox. */
export async function popupContext(draftKey: string | null, outbox: Outbox = backgroundOutbox()): Promise<ResponseOf<'POPUP_CONTEXT'>> {
  void outbox.drain();
  // One read of the settings for all three (the popup waits for this reply).
  const settings = loadSettings();
  const [{ values }, syncro, synax, remembered, draft, entries] = await Promise.all([
    settings,
    connectionStatus('syncro', settings),
    connectionStatus('synax', settings),
    readRemembered(),
    draftKey ? readDraft(draftKey) : null,
    // The form must open even if the outbox cannot be read; it only adds what is still on its way.
    outbox.entries().catch(() => []),
  ]);
  // A restored draft whose save is still on its way: the popup shows it as such, and never sends it twice.
  const deliveries = draft ? entries.filter((entry) => entry.job.draftKey === draftKey && isUnsettled(entry.state)).map(toView) : [];
  return {
    configured: { syncro: syncro.configured, synax: synax.configured },
    settings: {
      defaultDestination: values.defaultDestination,
      defaultCountry: values.defaultCountry,
      defaultSource: values.defaultSource,
      defaultTags: values.defaultTags,
      syncroIdentityField: values.syncroIdentityField,
    },
    remembered,
    draft,
    deliveries,
  };
}

export async function saveDraft({ key, draft }: RequestOf<'SAVE_DRAFT'>): Promise<Reply<null>> {
  await writeDraft(key, draft satisfies FormDraft);
  return { ok: true, data: null };
}

export async function discardDraft(key: string): Promise<Reply<null>> {
  await removeDraft(key);
  return { ok: true, data: null };
}
