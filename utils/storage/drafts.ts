import { z } from 'zod';
import { crmIdSchema } from '../crm/errors';
import { savedRecordSchema } from '../crm/provider';
import { CAPTURE_LIMITS } from '../constants/capture';
import { TEMPERATURES } from '../constants/crm';
import { defineStoredItem } from './define';
import { DRAFT_KEY } from './draft-key';
import { DESTINATIONS } from './settings';

/**
 * The popup's form as the user left it, kept per tab in `storage.session` (memory only, gone
 * when the browser closes) until every chosen destination has saved it. Values are kept as
 * typed (phones as written, value "1.500,00"): the form model parses them when saving.
 */

const text = (max: number) => z.string().max(max);
export const customInputSchema = z.union([z.string().max(2000), z.boolean(), z.array(z.string().max(200)).max(50)]);

export const formDraftSchema = z.object({
  /** The page the capture came from (history, source default). */
  page: z.object({ url: text(CAPTURE_LIMITS.url), title: text(CAPTURE_LIMITS.title) }),
  /** Which captured contact the person fields came from (the picker's selection). */
  contactIndex: z.number().int().nonnegative(),
  name: text(1000),
  phones: z.array(text(100)).min(1).max(5),
  email: text(1000),
  company: text(1000),
  notes: text(10_000),
  tags: text(2000),
  source: text(1000),
  destination: z.enum(DESTINATIONS),
  syncro: z.object({
    pipelineId: z.number().int().nullable(),
    stageId: z.number().int().nullable(),
    value: text(100),
    custom: z.record(z.string().max(200), customInputSchema),
  }),
  synax: z.object({
    temperature: z.enum(TEMPERATURES).nullable(),
    custom: z.array(z.object({ key: text(200), value: text(2000) })).max(30),
  }),
  /** Destinations already saved from this draft (a retry only sends the others). */
  saved: z.partialRecord(crmIdSchema, savedRecordSchema),
});
export type FormDraft = z.infer<typeof formDraftSchema>;
export type CustomInput = z.infer<typeof customInputSchema>;

export const draftKeySchema = z.string().regex(DRAFT_KEY);

const storedDraftSchema = z.object({ savedAt: z.number(), draft: formDraftSchema }).nullable();
/** A draft nobody came back to within a working day is dropped rather than restored. */
export const DRAFT_MAX_AGE_MS = 12 * 60 * 60 * 1000;

/** One per draft key (`session:draft/tab-12`); memory only, so a closed browser forgets them. */
export const draftItem = (key: string) => defineStoredItem(`session:draft/${key}`, { version: 1, schema: storedDraftSchema, fallback: null });

export async function readDraft(key: string, now = Date.now()): Promise<FormDraft | null> {
  const item = draftItem(key);
  const stored = await item.getValue();
  if (stored && now - stored.savedAt <= DRAFT_MAX_AGE_MS) return stored.draft;
  // Stale or unreadable: gone, so it is never offered again.
  await item.removeValue();
  return null;
}

export async function writeDraft(key: string, draft: FormDraft, now = Date.now()): Promise<void> {
  await draftItem(key).setValue({ savedAt: now, draft });
}

export async function removeDraft(key: string): Promise<void> {
  await draftItem(key).removeValue();
}

/** What the popup offers next time: the last destination, pipeline/stage and temperature used. */
export const rememberedSchema = z.object({
  destination: z.enum(DESTINATIONS).nullable().catch(null),
  syncroPipelineId: z.number().int().nullable().catch(null),
  syncroStageId: z.number().int().nullable().catch(null),
  synaxTemperature: z.enum(TEMPERATURES).nullable().catch(null),
});
export type Remembered = z.infer<typeof rememberedSchema>;
const NOTHING_REMEMBERED: Remembered = { destination: null, syncroPipelineId: null, syncroStageId: null, synaxTemperature: null };

// `.catch` per field above: one bad value never loses the others; a non-object is the fallback.
export const rememberedItem = defineStoredItem('local:popupRemembered', { version: 1, schema: rememberedSchema, fallback: NOTHING_REMEMBERED });

export function readRemembered(): Promise<Remembered> {
  return rememberedItem.getValue();
}

export async function remember(patch: Partial<Remembered>): Promise<void> {
  await rememberedItem.setValue({ ...(await readRemembered()), ...patch });
}
