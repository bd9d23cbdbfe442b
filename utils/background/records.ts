import { CRM_IDS, type CrmId, type Result } from '../crm/errors';
import type { DuplicateQuery, RecordDraft, SavedRecord } from '../crm/provider';
import type { Reply, RequestOf, ResponseOf } from '../messaging/protocol';
import { readDraft, readRemembered, remember, removeDraft, writeDraft, type FormDraft } from '../storage/drafts';
import { addHistoryEntry, type HistoryEntry } from '../storage/history';
import { loadSettings, type Destination } from '../storage/settings';
import { connectionStatus, providerFor } from './connections';

/** One record on its way to one CRM. An outbox (issue 6) can persist this and deliver it later. */
export interface RecordJob {
  crm: CrmId;
  draft: RecordDraft;
  mode: { kind: 'create' } | { kind: 'update'; id: string };
  destination: Destination;
  page: { url: string; title: string };
  /** The popup draft this record came from: marked saved (or removed) once delivered. */
  draftKey: string | null;
}

/** Sends a job to its CRM now. An outbox would call this from its queue instead of the popup's request. */
export async function deliverNow(job: RecordJob): Promise<Result<SavedRecord>> {
  const provider = await providerFor(job.crm);
  if (!provider) return { ok: false, error: { code: 'not_configured', crm: job.crm } };
  return job.mode.kind === 'update' ? provider.updateRecord(job.mode.id, job.draft) : provider.createRecord(job.draft);
}

export type Deliver = (job: RecordJob) => Promise<Result<SavedRecord>>;

/** Delivers, then records the attempt in the history and the draft, and remembers the choices. */
export async function saveRecord(job: RecordJob, deliver: Deliver = deliverNow): Promise<Reply<SavedRecord>> {
  let result: Result<SavedRecord> | { ok: false; error: { code: 'internal' } };
  try {
    result = await deliver(job);
  } catch {
    result = { ok: false, error: { code: 'internal' } };
  }
  await Promise.all([recordAttempt(job, result), rememberChoices(job), result.ok ? markDraftSaved(job, result.data) : null]);
  return result;
}

function recordAttempt(job: RecordJob, result: Result<SavedRecord> | { ok: false; error: { code: 'internal' } }): Promise<void> {
  const { contact } = job.draft;
  const entry: HistoryEntry = {
    id: crypto.randomUUID(),
    at: Date.now(),
    crm: job.crm,
    destination: job.destination,
    action: job.mode.kind,
    status: result.ok ? 'saved' : 'failed',
    name: result.ok ? (result.data.name ?? contact.name) : contact.name,
    phone: contact.phones[0] ?? null,
    email: contact.email,
    page: job.page,
    record: result.ok ? { id: result.data.id, url: result.data.url } : null,
    error: result.ok ? null : result.error,
  };
  return addHistoryEntry(entry);
}

function rememberChoices(job: RecordJob): Promise<void> {
  const { syncro, synax } = job.draft;
  return remember({
    destination: job.destination,
    ...(syncro ? { syncroPipelineId: syncro.pipelineId, syncroStageId: syncro.stageId } : {}),
    ...(synax?.temperature ? { synaxTemperature: synax.temperature } : {}),
  });
}

const chosen = (destination: Destination): CrmId[] => (destination === 'both' ? [...CRM_IDS] : [destination]);

async function markDraftSaved(job: RecordJob, record: SavedRecord): Promise<void> {
  if (!job.draftKey) return;
  const draft = await readDraft(job.draftKey);
  if (!draft) return;
  const saved = { ...draft.saved, [job.crm]: record };
  if (chosen(job.destination).every((crm) => saved[crm])) await removeDraft(job.draftKey);
  else await writeDraft(job.draftKey, { ...draft, saved });
}

export async function findDuplicates(crm: CrmId, query: DuplicateQuery): Promise<Reply<SavedRecord[]>> {
  const provider = await providerFor(crm);
  if (!provider) return { ok: false, error: { code: 'not_configured', crm } };
  return provider.findDuplicates(query);
}

/** Everything the popup needs before it can show the form, in one round trip. */
export async function popupContext(draftKey: string | null): Promise<ResponseOf<'POPUP_CONTEXT'>> {
  const [{ values }, syncro, synax, remembered, draft] = await Promise.all([
    loadSettings(),
    connectionStatus('syncro'),
    connectionStatus('synax'),
    readRemembered(),
    draftKey ? readDraft(draftKey) : null,
  ]);
  return {
    configured: { syncro: syncro.configured, synax: synax.configured },
    settings: {
      defaultDestination: values.defaultDestination,
      defaultCountry: values.defaultCountry,
      defaultSource: values.defaultSource,
      defaultTags: values.defaultTags,
    },
    remembered,
    draft,
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
