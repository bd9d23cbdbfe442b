import { storage } from '#imports';
import { z } from 'zod';
import { crmErrorSchema, crmIdSchema } from '../crm/errors';
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
  status: z.enum(['saved', 'failed']),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  page: z.object({ url: z.string(), title: z.string() }),
  record: z.object({ id: z.string(), url: z.string() }).nullable(),
  /** Translated when shown, so the history follows a change of browser language. */
  error: z.union([crmErrorSchema, z.object({ code: z.literal('internal') })]).nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;

export const historyItem = storage.defineItem<unknown[]>('local:history', { fallback: [], version: 1 });

/** Entries that no longer match the schema are dropped one by one; the rest survive. */
export async function readHistory(): Promise<HistoryEntry[]> {
  const raw = await historyItem.getValue();
  if (!Array.isArray(raw)) return [];
  return raw.flatMap((entry) => {
    const parsed = historyEntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

// One writer at a time: two saves finishing together must not drop each other's entry.
let queue: Promise<unknown> = Promise.resolve();

export function addHistoryEntry(entry: HistoryEntry): Promise<void> {
  const write = queue.then(async () => {
    const entries = await readHistory();
    await historyItem.setValue([entry, ...entries].slice(0, HISTORY_LIMIT));
  });
  queue = write.catch(() => undefined);
  return write;
}

export async function clearHistory(): Promise<void> {
  await queue;
  await historyItem.setValue([]);
}
