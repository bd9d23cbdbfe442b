import { storage } from '#imports';
import type { CrmId } from '../constants/crm';
import { holdsItem, quarantineItem, type Holds, type Quarantined } from '../storage/outbox';
import { outboxEntrySchema, type OutboxEntry } from './schema';

/**
 * The outbox in storage.local: one key per delivery (`outbox/<id>`), the per-CRM rate-limit
 * holds, and the quarantine of entries that could not be read. Only the background writes
 * them, so it keeps them in memory once loaded and writes through, in order.
 */

export const ENTRY_PREFIX = 'outbox/';
export const entryKey = (id: string) => `local:${ENTRY_PREFIX}${id}` as const;

/** The stored format `OutboxEntry.v`. Bump it with a step in MIGRATIONS and a test. */
export const OUTBOX_FORMAT = 2;
/**
 * `from → from + 1` steps; an entry is carried through each one, then validated. Format 2 adds
 * follow-ups (tasks, deals): every format-1 entry is a record. A version that knows only format 1
 * leaves format-2 entries alone (`newer`) rather than sending a follow-up as a record.
 */
export const MIGRATIONS: Record<number, (old: Record<string, unknown>) => Record<string, unknown>> = {
  1: (old) => ({ ...old, followUp: null, created: null }),
};

export type ReadResult =
  | { kind: 'ok'; entry: OutboxEntry; migrated: boolean }
  | { kind: 'quarantine'; reason: string }
  /** Written by a newer version of the extension (then downgraded): left alone for it. */
  | { kind: 'newer' };

/** Reads one stored entry: current format, migrated from an older one, or set aside. Never throws. */
export function readEntry(raw: unknown): ReadResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { kind: 'quarantine', reason: 'not an object' };
  let value = raw as Record<string, unknown>;
  const version = typeof value.v === 'number' && Number.isInteger(value.v) ? value.v : null;
  if (version === null) return { kind: 'quarantine', reason: 'no format version' };
  if (version > OUTBOX_FORMAT) return { kind: 'newer' };
  try {
    for (let from = version; from < OUTBOX_FORMAT; from++) {
      const step = MIGRATIONS[from];
      if (!step) return { kind: 'quarantine', reason: `no migration from v${from}` };
      value = { ...step(value), v: from + 1 };
    }
  } catch (error) {
    return { kind: 'quarantine', reason: `migration failed: ${error instanceof Error ? error.message : 'unknown'}` };
  }
  const parsed = outboxEntrySchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { kind: 'quarantine', reason: issue ? `${issue.path.join('.') || '(entry)'}: ${issue.message}` : 'invalid' };
  }
  return { kind: 'ok', entry: parsed.data, migrated: version !== OUTBOX_FORMAT };
}

export interface OutboxStore {
  /** Reads storage once per worker instance; later calls return at once. */
  load(): Promise<void>;
  all(): OutboxEntry[];
  get(id: string): OutboxEntry | undefined;
  /**
   * Storage in order, then memory; resolves once written (the write-ahead the outbox relies on).
   * A write that fails (quota) rejects and leaves memory as it was: nothing half-saved is sent.
   */
  put(entry: OutboxEntry): Promise<void>;
  /** Several in one storage write (a bulk save): all of them or, if the write fails, none. */
  putMany(entries: OutboxEntry[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  holds(): Holds;
  setHold(crm: CrmId, until: number): Promise<void>;
  quarantined(): Quarantined[];
  /** Takes one set-aside entry out of the quarantine (it was resent), once that is written. */
  release(key: string): Promise<void>;
}

export function createStore(): OutboxStore {
  const entries = new Map<string, OutboxEntry>();
  let holds: Holds = {};
  let quarantine: Quarantined[] = [];
  let loading: Promise<void> | null = null;
  let writes: Promise<unknown> = Promise.resolve();

  const enqueue = (write: () => Promise<unknown>): Promise<void> => {
    const next = writes.then(write);
    writes = next.catch((error: unknown) => console.error('[outbox] storage write failed:', error instanceof Error ? error.message : error));
    return next.then(() => undefined);
  };

  async function read(): Promise<void> {
    const [snapshot, storedHolds, storedQuarantine] = await Promise.all([storage.snapshot('local'), holdsItem.getValue(), quarantineItem.getValue()]);
    const setAside: Quarantined[] = [];
    const rewrite: OutboxEntry[] = [];
    for (const [key, raw] of Object.entries(snapshot)) {
      if (!key.startsWith(ENTRY_PREFIX) || key.endsWith('$')) continue;
      const result = readEntry(raw);
      if (result.kind === 'ok') {
        entries.set(result.entry.id, result.entry);
        if (result.migrated) rewrite.push(result.entry);
      } else if (result.kind === 'quarantine') {
        console.warn(`[outbox] set aside ${key}: ${result.reason}`);
        setAside.push({ key, at: Date.now(), reason: result.reason, raw });
      }
    }
    holds = storedHolds;
    const list = [...setAside, ...storedQuarantine];
    quarantine = list;
    if (setAside.length) {
      // Into the quarantine first, then out of the queue: a crash in between repeats, never loses.
      await quarantineItem.setValue(list);
      await storage.removeItems(setAside.map(({ key }) => `local:${key}` as const));
    }
    for (const entry of rewrite) await storage.setItem(entryKey(entry.id), entry);
  }

  return {
    load() {
      loading ??= read().catch((error: unknown) => {
        // A storage failure must not wedge the outbox: the next drain tries again.
        loading = null;
        throw error;
      });
      return loading;
    },
    all: () => [...entries.values()],
    get: (id) => entries.get(id),
    put(entry) {
      return enqueue(async () => {
        await storage.setItem(entryKey(entry.id), entry);
        entries.set(entry.id, entry);
      });
    },
    putMany(list) {
      if (!list.length) return Promise.resolve();
      return enqueue(async () => {
        await storage.setItems(list.map((entry) => ({ key: entryKey(entry.id), value: entry })));
        for (const entry of list) entries.set(entry.id, entry);
      });
    },
    remove(ids) {
      if (!ids.length) return Promise.resolve();
      return enqueue(async () => {
        await storage.removeItems(ids.map(entryKey));
        for (const id of ids) entries.delete(id);
      });
    },
    holds: () => holds,
    setHold(crm, until) {
      holds = { ...holds, [crm]: until };
      const snapshot = holds;
      return enqueue(() => holdsItem.setValue(snapshot));
    },
    quarantined: () => quarantine,
    release(key) {
      return enqueue(async () => {
        const rest = quarantine.filter((item) => item.key !== key);
        await quarantineItem.setValue(rest);
        quarantine = rest;
      });
    },
  };
}
