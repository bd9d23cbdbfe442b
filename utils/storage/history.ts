import { z } from 'zod';
import { crmErrorSchema, crmIdSchema } from '../crm/errors';
import { defineStoredItem } from './define';
import { DESTINATIONS } from './settings';

/** The last captures sent to a CRM, newest first: what a rep checks at the end of the day. */
export const HISTORY_LIMIT = 200;

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.number(),
  crm: crmIdSchema,
  /** What the user chose in the popup (one CRM or both). */
  destination: z.enum(DESTINATIONS),
  action: z.enum(['create', 'update']),
  /**
   * saved: the CRM has it. discarded: the user gave up on a delivery the CRM refused.
   * failed: before the outbox (format 1), a save the CRM refused while the popup showed it.
   */
  status: z.enum(['saved', 'failed', 'discarded']),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  page: z.object({ url: z.string(), title: z.string() }),
  record: z.object({ id: z.string(), url: z.string() }).nullable(),
  /** The last problem on the way (a saved entry may have needed retries). Translated when shown, so the history follows a change of browser language. */
  error: z.union([crmErrorSchema, z.object({ code: z.literal('internal') })]).nullable(),
  /** Tries it took (utils/outbox): 1 unless the CRM was unreachable, slow or refused at first. Optional for writers that predate it. */
  attempts: z.number().int().positive().optional(),
  /** found: an interrupted create had already made the record; it was not created again. */
  via: z.enum(['created', 'updated', 'found']).nullable().optional(),
  /** A follow-up (issue 16): the task or deal, and its link once created; `record` is then the record it belongs to. */
  followUp: z
    .object({ kind: z.enum(['task', 'deal']), title: z.string(), url: z.string().nullable() })
    .nullable()
    .optional(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

/** Format 2 (issue 6) adds `attempts` and `via`; every format-1 entry was a single try. */
export function migrateHistoryV1(entries: unknown): unknown[] {
  if (!Array.isArray(entries)) return [];
  return entries.map((entry) => (entry && typeof entry === 'object' && !Array.isArray(entry) ? { attempts: 1, via: null, ...(entry as Record<string, unknown>) } : entry));
}

/** Entries that no longer match the schema are dropped one by one; the rest survive. */
const historySchema = z.array(z.unknown()).transform((entries) =>
  entries.flatMap((entry) => {
    const parsed = historyEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  }),
);

export const historyItem = defineStoredItem('local:history', { version: 2, schema: historySchema, fallback: [], migrations: { 2: migrateHistoryV1 } });

export function readHistory(): Promise<HistoryEntry[]> {
  return historyItem.getValue();
}

// One writer at a time: two saves finishing together must not drop each other's entry.
let queue: Promise<unknown> = Promise.resolve();

/** Adds an entry at the top; one with the same id (a delivery's earlier line) is replaced. */
export function addHistoryEntry(entry: HistoryEntry): Promise<void> {
  const write = queue.then(async () => {
    const entries = (await readHistory()).filter((existing) => existing.id !== entry.id);
    await historyItem.setValue([entry, ...entries].slice(0, HISTORY_LIMIT));
  });
  queue = write.catch(() => undefined);
  return write;
}

export async function clearHistory(): Promise<void> {
  await queue;
  await historyItem.setValue([]);
}
