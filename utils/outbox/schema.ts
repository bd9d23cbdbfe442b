import { z } from 'zod';
import { crmErrorSchema, crmIdSchema } from '../crm/errors';
import { contactDraftSchema, followUpActionSchema, recordDraftSchema, savedFollowUpSchema, savedRecordSchema } from '../crm/provider';
import { CAPTURE_LIMITS } from '../constants/capture';
import { draftKeySchema } from '../storage/drafts';
import { DESTINATIONS } from '../storage/settings';
import { DELIVERY_STATES, DELIVERY_VIAS, ATTENTION_REASONS, isUnsettled } from './states';

/** Existing records shown for one delivery ("already in Syncro"): as many as the popup shows. */
export const MAX_MATCHES = 5;

export const recordModeSchema = z.discriminatedUnion('kind', [z.object({ kind: z.literal('create') }), z.object({ kind: z.literal('update'), id: z.string().min(1).max(100) })]);

/** One record on its way to one CRM: what the popup asked for, all the outbox needs to send it. */
export const recordJobSchema = z.object({
  crm: crmIdSchema,
  draft: recordDraftSchema,
  mode: recordModeSchema,
  destination: z.enum(DESTINATIONS),
  page: z.object({ url: z.string().max(CAPTURE_LIMITS.url), title: z.string().max(CAPTURE_LIMITS.title) }),
  /** The popup draft this record came from: marked saved (or removed) once delivered. */
  draftKey: draftKeySchema.nullable(),
});
export type RecordJob = z.infer<typeof recordJobSchema>;

/**
 * A follow-up delivery (issue 16): a Syncro task or Synax deal created with a record, sent only once
 * that record exists. Its `job` is the parent's (where it goes, whom it is about) as a create.
 */
export const followUpJobSchema = z.object({
  /** The delivery of the record it goes with; null when that record already existed. */
  parentDeliveryId: z.string().uuid().nullable(),
  /** That record's id: known at once for an existing record, else taken from the parent once delivered. */
  parentRecordId: z.string().min(1).max(100).nullable(),
  action: followUpActionSchema,
});
export type FollowUpJob = z.infer<typeof followUpJobSchema>;

/** A CRM failure, or our own crash while delivering. */
export const outboxErrorSchema = z.union([crmErrorSchema, z.object({ code: z.literal('internal') })]);
export type OutboxError = z.infer<typeof outboxErrorSchema>;

const keysSchema = z.object({ phones: z.array(z.string().max(20)).max(40), emails: z.array(z.string().max(191)).max(10) });

/**
 * One delivery as stored under `outbox/<id>` in storage.local (one key per delivery, so a state
 * change rewrites a few hundred bytes, not the whole queue). `v` is the stored format: entries
 * of another format are migrated by store.ts or set aside, never thrown at the worker. Fields
 * that only steer retries repair themselves (`.catch`) to the cautious value — a bad
 * `lookupFirst` means "look before creating" — so one bad field does not cost the delivery;
 * what identifies the record (id, job, state) must read, or the entry is set aside.
 */
export const outboxEntrySchema = z.object({
  v: z.literal(2),
  id: z.string().uuid(),
  createdAt: z.number(),
  updatedAt: z.number(),
  job: recordJobSchema,
  /** Format 2: a task or deal waiting for its record (null: the record itself). It names what is sent, so it never repairs itself. */
  followUp: followUpJobSchema.nullable(),
  /** Matches the user saw and chose not to update ("create anyway"): never mistaken for ours. */
  existingIds: z.array(z.string().max(100)).max(50).catch([]),
  state: z.enum(DELIVERY_STATES),
  attempts: z.number().int().nonnegative().catch(0),
  /** Retryable failures in a row: the backoff step. */
  failures: z.number().int().nonnegative().catch(0),
  nextAttemptAt: z.number().nullable().catch(null),
  lastAttemptAt: z.number().nullable().catch(null),
  lastError: outboxErrorSchema.nullable().catch({ code: 'internal' }),
  /**
   * A create may already have reached the CRM (timeout, dropped connection, 5xx, a worker stopped
   * mid-request) or the popup could not check for duplicates: look before (re-)creating.
   */
  lookupFirst: z.boolean().catch(true),
  /**
   * The popup could not look for duplicates: a record the outbox finds before its own create is
   * someone else's, shown to the user (`matches`) instead of being taken as ours. Cleared once the
   * outbox's own lookup came back empty and it sent the create.
   */
  checkDuplicates: z.boolean().catch(true),
  /**
   * The CRM took the create (2xx) but its answer did not say which record: it is never sent
   * again, only looked up, this many times so far (null: no such answer).
   */
  confirming: z.number().int().nonnegative().nullable().catch(null),
  /** Failed tries in a row that count towards MAX_STRIKES (being offline does not). */
  strikes: z.number().int().nonnegative().catch(0),
  /** Records with this phone or e-mail the user has not seen (reason `duplicate`). */
  matches: z.array(savedRecordSchema).max(MAX_MATCHES).catch([]),
  /** Every phone and e-mail a create was sent with, so a lookup after an edit still finds it. */
  sentKeys: keysSchema.catch({ phones: [], emails: [] }),
  /** Who is sending it now, until when; a stopped worker's lease simply runs out. */
  lease: z.object({ owner: z.string(), until: z.number() }).nullable().catch(null),
  record: savedRecordSchema.nullable().catch(null),
  /** A follow-up's task or deal once created or found (`record` is then its parent record). */
  created: savedFollowUpSchema.nullable().catch(null),
  via: z.enum(DELIVERY_VIAS).nullable().catch(null),
  /** When it was delivered or discarded: what pruning counts from. */
  settledAt: z.number().nullable().catch(null),
  attention: z
    .object({ reason: z.enum(ATTENTION_REASONS), notifyAfter: z.number(), notifiedAt: z.number().nullable() })
    .nullable()
    .catch(null),
});
export type OutboxEntry = z.infer<typeof outboxEntrySchema>;

/** What pages see of a delivery (popup progress, history page). */
export const deliveryViewSchema = z.object({
  id: z.string(),
  crm: crmIdSchema,
  action: z.enum(['create', 'update']),
  state: z.enum(DELIVERY_STATES),
  attempts: z.number(),
  nextAttemptAt: z.number().nullable(),
  lastError: outboxErrorSchema.nullable(),
  record: savedRecordSchema.nullable(),
  /** A follow-up: what it creates, the delivery it waits for, and what it created. */
  followUp: z.object({ kind: z.enum(['task', 'deal']), title: z.string(), parentDeliveryId: z.string().nullable(), created: savedFollowUpSchema.nullable() }).nullable(),
  via: z.enum(DELIVERY_VIAS).nullable(),
  reason: z.enum(ATTENTION_REASONS).nullable(),
  /** Records with its phone or e-mail the user has not seen (reason `duplicate`). */
  matches: z.array(savedRecordSchema),
  /** The CRM took it; the outbox is looking up which record it made. */
  confirming: z.boolean(),
  createdAt: z.number(),
  settledAt: z.number().nullable(),
  contact: contactDraftSchema,
  page: z.object({ url: z.string(), title: z.string() }),
  draftKey: z.string().nullable(),
});
export type DeliveryView = z.infer<typeof deliveryViewSchema>;

export function toView(entry: OutboxEntry): DeliveryView {
  return {
    id: entry.id,
    crm: entry.job.crm,
    action: entry.job.mode.kind,
    state: entry.state,
    attempts: entry.attempts,
    nextAttemptAt: entry.state === 'retrying' || entry.state === 'queued' ? entry.nextAttemptAt : null,
    lastError: entry.lastError,
    record: entry.record,
    followUp: entry.followUp && {
      kind: entry.followUp.action.kind,
      title: followUpTitle(entry.followUp),
      parentDeliveryId: entry.followUp.parentDeliveryId,
      created: entry.created,
    },
    via: entry.via,
    reason: entry.state === 'needs_attention' ? (entry.attention?.reason ?? 'rejected') : null,
    matches: entry.state === 'needs_attention' ? entry.matches : [],
    confirming: entry.confirming !== null && isUnsettled(entry.state),
    createdAt: entry.createdAt,
    settledAt: entry.settledAt,
    contact: entry.job.draft.contact,
    page: entry.job.page,
    draftKey: entry.job.draftKey,
  };
}

/** The task's subject or the deal's title. */
export const followUpTitle = ({ action }: FollowUpJob): string => (action.kind === 'task' ? action.task.subject : action.deal.title);
