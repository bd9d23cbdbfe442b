import { z } from 'zod';
import { E164 } from '../phone/e164';
import { crmIdSchema, type CrmId, type Result } from './errors';

/** The person as our form holds it, already normalised (phones E.164, e-mail lower-case). */
export const contactDraftSchema = z.object({
  name: z.string().trim().min(1).max(255),
  phones: z.array(z.string().regex(E164)).max(5),
  email: z.string().email().max(191).nullable(),
  company: z.string().max(255).nullable(),
  notes: z.string().max(2000).nullable(),
  tags: z.array(z.string().trim().min(1).max(50)).max(30),
  source: z.string().max(100).nullable(),
});
export type ContactDraft = z.infer<typeof contactDraftSchema>;

export const customFieldValueSchema = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()]);
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>;

export const syncroLeadOptionsSchema = z.object({
  pipelineId: z.number().int().positive(),
  stageId: z.number().int().positive(),
  value: z.number().nonnegative().nullable(),
  customFields: z.record(z.string(), customFieldValueSchema),
});
export const synaxContactOptionsSchema = z.object({
  temperature: z.enum(['cold', 'warm', 'hot']).nullable(),
  customFields: z.record(z.string(), customFieldValueSchema),
});

/** One record to create or update; each adapter reads the common part and its own options. */
export const recordDraftSchema = z.object({
  contact: contactDraftSchema,
  syncro: syncroLeadOptionsSchema.optional(),
  synax: synaxContactOptionsSchema.optional(),
});
export type RecordDraft = z.infer<typeof recordDraftSchema>;

export const savedRecordSchema = z.object({
  crm: crmIdSchema,
  id: z.string(),
  name: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** Opens the record in the CRM's web app. */
  url: z.string().url(),
});
export type SavedRecord = z.infer<typeof savedRecordSchema>;

/** What a scope the key lacks prevents us from doing, for the UI to explain. */
export const scopeEffectSchema = z.enum(['save', 'find_duplicates', 'pipelines', 'custom_fields', 'account_name']);
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
  updateRecord(id: string, draft: RecordDraft): Promise<Result<SavedRecord>>;
}

export interface Credentials {
  apiKey: string;
  baseUrl: string;
}
