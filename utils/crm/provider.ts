import { z } from 'zod';
import { CONTACT_LIMITS, RECORD_CHANGES, TEMPERATURES, type CrmId } from '../constants/crm';
import { E164 } from '../phone/e164';
import { crmIdSchema, type Result } from './errors';
import { SYNCRO_TASK_PRIORITIES, SYNCRO_TASK_SUBJECT_MAX, SYNCRO_TASK_TYPES } from './syncro/task-fields';

/** The person as our form holds it, already normalised (phones E.164, e-mail lower-case). */
export const contactDraftSchema = z.object({
  name: z.string().trim().min(1).max(CONTACT_LIMITS.name),
  phones: z.array(z.string().regex(E164)).max(CONTACT_LIMITS.phones),
  email: z.string().email().max(CONTACT_LIMITS.email).nullable(),
  company: z.string().max(CONTACT_LIMITS.company).nullable(),
  notes: z.string().max(CONTACT_LIMITS.notes).nullable(),
  tags: z.array(z.string().trim().min(1).max(CONTACT_LIMITS.tag)).max(CONTACT_LIMITS.tags),
  source: z.string().max(CONTACT_LIMITS.source).nullable(),
});
export type ContactDraft = z.infer<typeof contactDraftSchema>;

export const customFieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;

export const syncroLeadOptionsSchema = z.object({
  pipelineId: z.number().int().positive(),
  stageId: z.number().int().positive(),
  value: z.number().nonnegative().nullable(),
  customFields: z.record(z.string(), customFieldValueSchema),
  /** The custom field holding the WhatsApp username / LID (issue 19): on an update, the lead's own value there stays. */
  identityField: z.string().max(100).optional(),
});
export const synaxContactOptionsSchema = z.object({
  temperature: z.enum(TEMPERATURES).nullable(),
  customFields: z.record(z.string(), customFieldValueSchema),
});

/** One record to create or update; each adapter reads the common part and its own options. */
export const recordDraftSchema = z.object({
  contact: contactDraftSchema,
  syncro: syncroLeadOptionsSchema.optional(),
  synax: synaxContactOptionsSchema.optional(),
});
export type RecordDraft = z.infer<typeof recordDraftSchema>;

/** A calendar day `YYYY-MM-DD` that exists (2026-02-30 does not). */
const calendarDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((day) => new Date(`${day}T00:00:00Z`).toISOString().startsWith(day), 'not a calendar day');

/** The follow-up task the rep fills in (syncro.md §8.17); the lead it belongs to is known only at delivery. */
export const followUpTaskSchema = z.object({
  type: z.enum(SYNCRO_TASK_TYPES),
  subject: z.string().trim().min(1).max(SYNCRO_TASK_SUBJECT_MAX),
  dueDate: calendarDateSchema,
  dueTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .nullable(),
  priority: z.enum(SYNCRO_TASK_PRIORITIES).nullable(),
  assigneeId: z.number().int().positive().nullable(),
  notes: z.string().max(2000).nullable(),
});
export type FollowUpTask = z.infer<typeof followUpTaskSchema>;

/** The deal to open with a Synax contact (synax.md §9.6); the stage names its pipeline. */
export const dealDraftSchema = z.object({
  title: z.string().trim().min(1).max(255),
  value: z.number().nonnegative().nullable(),
  stageId: z.string().min(1),
});
export type DealDraft = z.infer<typeof dealDraftSchema>;

/** What a follow-up delivery creates with its record: a Syncro task or a Synax deal (issue 16). */
export const followUpActionSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('task'), task: followUpTaskSchema }),
  z.object({ kind: z.literal('deal'), deal: dealDraftSchema }),
]);
export type FollowUpAction = z.infer<typeof followUpActionSchema>;

/** A task or deal created after its record, as the history shows it. */
export const savedFollowUpSchema = z.object({
  crm: crmIdSchema,
  kind: z.enum(['task', 'deal']),
  id: z.string(),
  title: z.string(),
  /** Where the rep sees it in the CRM's web app. */
  url: z.string().url(),
});
export type SavedFollowUp = z.infer<typeof savedFollowUpSchema>;

export const savedRecordSchema = z.object({
  crm: crmIdSchema,
  id: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Opens the record in the CRM's web app. */
  url: z.string().url(),
  /** After an update: what it did to the record's phone, e-mail and notes (keep-both.ts). */
  changes: z.array(z.enum(RECORD_CHANGES)).optional(),
  /** Syncro custom fields sent but not kept: deleted or deactivated since the popup read them (syncro.md §7.4). */
  ignoredFields: z.array(z.string().max(100)).max(50).optional(),
});
export type SavedRecord = z.infer<typeof savedRecordSchema>;

/** What a scope the key lacks prevents us from doing, for the UI to explain. */
export const scopeEffectSchema = z.enum(['save', 'find_duplicates', 'pipelines', 'custom_fields', 'account_name', 'follow_up_task', 'assignees']);
export type ScopeEffect = z.infer<typeof scopeEffectSchema>;

export const connectionReportSchema = z.object({
  crm: crmIdSchema,
  accountName: z.string().nullable(),
  plan: z.string().nullable(),
  missingScopes: z.array(z.object({ scope: z.string(), blocks: scopeEffectSchema })),
});
export type ConnectionReport = z.infer<typeof connectionReportSchema>;

export interface DuplicateQuery {
  phones: string[];
  email: string | null;
}

/** One adapter per CRM implements this; the background never talks HTTP any other way. */
export interface CrmProvider {
  readonly crm: CrmId;
  testConnection(): Promise<Result<ConnectionReport>>;
  findDuplicates(query: DuplicateQuery): Promise<Result<SavedRecord[]>>;
  createRecord(draft: RecordDraft): Promise<Result<SavedRecord>>;
  /** `only: 'phone'` sends the draft's first phone and nothing else: the record keeps every other field as it is. */
  updateRecord(id: string, draft: RecordDraft, only?: 'phone'): Promise<Result<SavedRecord>>;
  /** The task or deal for the record `recordId`; absent where the CRM has none (the outbox refuses it). */
  createFollowUp?(recordId: string, action: FollowUpAction): Promise<Result<SavedFollowUp>>;
  /** The same task or deal, if an earlier create already made it (looked up before sending again). */
  findFollowUp?(recordId: string, action: FollowUpAction): Promise<Result<SavedFollowUp | null>>;
}

export interface Credentials {
  apiKey: string;
  baseUrl: string;
}
