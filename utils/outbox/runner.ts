import { CRM_IDS, type CrmId } from '../constants/crm';
import type { ContactDraft, CrmProvider } from '../crm/provider';
import { attemptDelivery, type AttemptOutcome } from './attempt';
import { attemptFollowUp, newFollowUpEntry, parentId, unsettledChildren, waitsForParent, withParentRecord, type NewFollowUp } from './follow-up';
import { pruneIds } from './prune';
import { salvage } from './quarantine';
import type { OutboxEntry } from './schema';
import { createStore, type OutboxStore } from './store';
import { holdEnd } from './backoff';
import { claim, discarded, isClaimable, LEASE_MS, newEntry, requeue, settle, wakeTime, type NewDelivery, type Requeue } from './transitions';

export { LEASE_MS } from './transitions';
export const LEASE_RENEW_MS = 3_000;
/** A refusal the popup is showing needs no notification; one it did not show gets one after this. */
export const NOTIFY_GRACE_MS = 5_000;

export interface OutboxDeps {
  provider(crm: CrmId): Promise<CrmProvider | null>;
  /** Delivered, needs attention or discarded: history and draft bookkeeping (bookkeeping.ts). */
  onSettled?(entry: OutboxEntry): Promise<void>;
  /** These need the user and were not shown to them yet (signals.ts: a notification). */
  notify?(fresh: OutboxEntry[], all: OutboxEntry[]): Promise<void>;
  /** After each drain: every delivery (signals.ts: the toolbar badge). */
  summarize?(entries: OutboxEntry[]): Promise<void>;
  /** When the next drain is due, or null when nothing is (wake.ts: timer + alarm). */
  schedule?(at: number | null): void;
  now?(): number;
  random?(): number;
  store?: OutboxStore;
  /** This worker instance: leases it holds carry it. */
  owner?: string;
}

export type Outbox = ReturnType<typeof createOutbox>;

export function createOutbox(deps: OutboxDeps) {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const owner = deps.owner ?? crypto.randomUUID();
  const store = deps.store ?? createStore();
  const inFlight = new Map<string, Promise<void>>();
  const waiters = new Map<string, ((entry: OutboxEntry) => void)[]>();
  let draining: Promise<void> | null = null;
  let again = false;
  /** navigator.onLine went false during a send: hold every CRM until then (or the `online` event). */
  let offlineUntil = 0;
  /** Deliveries an open popup is following (OUTBOX_STATUS with ids), until when. */
  const watched = new Map<string, number>();

  function resolveWaiters(entry: OutboxEntry): void {
    const list = waiters.get(entry.id);
    waiters.delete(entry.id);
    for (const resolve of list ?? []) resolve(entry);
  }

  async function attempt(entry: OutboxEntry): Promise<void> {
    const claimed = claim(withParentRecord(entry, parentOf(entry)), owner, now(), LEASE_MS);
    await store.put(claimed); // before any request
    const renew = setInterval(() => {
      const current = store.get(claimed.id);
      // A renewal that cannot be written only lets the lease run out sooner (then looked up, not lost).
      if (current?.state === 'sending' && current.lease?.owner === owner) store.put({ ...current, lease: { owner, until: now() + LEASE_MS } }).catch(() => undefined);
    }, LEASE_RENEW_MS);
    let outcome: AttemptOutcome;
    try {
      const provider = await deps.provider(claimed.job.crm);
      outcome = provider
        ? await (claimed.followUp ? attemptFollowUp : attemptDelivery)(claimed, provider)
        : { kind: 'attention', error: { code: 'not_configured', crm: claimed.job.crm }, reason: 'rejected', lookupFirst: claimed.lookupFirst };
    } catch (error) {
      console.error('[outbox] delivery crashed:', error instanceof Error ? error.message : 'unknown');
      // Our own bug, maybe after the request went out: look before creating again.
      outcome = { kind: 'retry', error: { code: 'internal' }, lookupFirst: claimed.job.mode.kind === 'create' };
    } finally {
      clearInterval(renew);
    }
    const at = now();
    // A popup waiting for (or following) this answer shows it; the notification waits in case it was closed.
    const shown = waiters.has(claimed.id) || (watched.get(claimed.id) ?? 0) > at;
    const notifyAfter = at + (shown ? NOTIFY_GRACE_MS : 0);
    const settled = settle(store.get(claimed.id) ?? claimed, outcome, at, { random, notifyAfter });
    await store.put(settled);
    if (outcome.kind === 'retry' && outcome.error.code === 'rate_limited') await store.setHold(claimed.job.crm, settled.nextAttemptAt ?? at);
    if (outcome.kind === 'retry' && outcome.error.code === 'network' && outcome.error.offline) offlineUntil = settled.nextAttemptAt ?? at;
    // History and draft first: whoever was waiting may look at them next.
    if (settled.state !== 'retrying') await deps.onSettled?.(settled).catch(() => undefined);
    resolveWaiters(settled);
  }

  /** The record delivery a follow-up waits for (it is sent once that one is delivered). */
  const parentOf = (entry: OutboxEntry) => store.get(parentId(entry) ?? '');

  function heldUntil(crm: CrmId): number {
    return holdEnd(Math.max(offlineUntil, store.holds()[crm] ?? 0), now());
  }

  /** The next delivery for this CRM: one a popup is waiting for first, then the oldest due. */
  function pickNext(crm: CrmId, tried: Set<string>): OutboxEntry | undefined {
    const at = now();
    const due = store
      .all()
      .filter((entry) => entry.job.crm === crm && !tried.has(entry.id) && !inFlight.has(entry.id) && isClaimable(entry, at) && !waitsForParent(entry, parentOf(entry)));
    const rank = (entry: OutboxEntry) => [waiters.has(entry.id) ? 0 : 1, entry.nextAttemptAt ?? entry.createdAt, entry.createdAt];
    return due.sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!;
    })[0];
  }

  /** One CRM's deliveries, one at a time (gentle on its rate limit); the other CRM runs beside it. */
  async function lane(crm: CrmId): Promise<void> {
    const tried = new Set<string>();
    while (heldUntil(crm) <= now()) {
      const next = pickNext(crm, tried);
      if (!next) return;
      tried.add(next.id);
      const running = attempt(next).finally(() => inFlight.delete(next.id));
      inFlight.set(next.id, running);
      await running;
    }
  }

  /**
   * Back online: what failed for being offline is due now. Chrome fires `online` in the worker
   * on a real network change; a drain (popup open, alarm) that finds navigator.onLine true again
   * does the same, so an emulated or missed event costs at most one backoff.
   */
  async function reconnected(): Promise<void> {
    offlineUntil = 0;
    const at = now();
    const waiting = store.all().filter((entry) => entry.state === 'retrying' && entry.lastError?.code === 'network' && entry.lastError.offline);
    await Promise.all(waiting.map((entry) => store.put({ ...entry, nextAttemptAt: Math.min(entry.nextAttemptAt ?? at, at), updatedAt: at })));
  }

  async function pass(): Promise<void> {
    await store.load();
    if (offlineUntil > 0 && globalThis.navigator?.onLine !== false) await reconnected();
    await Promise.all(CRM_IDS.map(lane));
    const gone = pruneIds(store.all(), now());
    if (gone.length) await store.remove(gone);
    await notifyFresh();
    const entries = store.all();
    await deps.summarize?.(entries).catch(() => undefined);
    deps.schedule?.(nextWake(entries));
  }

  async function notifyFresh(): Promise<void> {
    const at = now();
    const attention = store.all().filter((entry) => entry.state === 'needs_attention');
    const fresh = attention.filter((entry) => entry.attention && entry.attention.notifiedAt === null && (wakeTime(entry, at) ?? Infinity) <= at);
    if (!fresh.length) return;
    await deps.notify?.(fresh, attention).catch(() => undefined);
    await Promise.all(fresh.map((entry) => store.put({ ...entry, attention: { ...entry.attention!, notifiedAt: at } })));
  }

  function nextWake(entries: OutboxEntry[]): number | null {
    const current = now();
    const times = entries.flatMap((entry) => {
      // A follow-up waiting for its record is drained with it.
      if (inFlight.has(entry.id) || waitsForParent(entry, parentOf(entry))) return [];
      const at = wakeTime(entry, current);
      return at === null ? [] : [entry.state === 'needs_attention' ? at : Math.max(at, heldUntil(entry.job.crm))];
    });
    return times.length ? Math.min(...times) : null;
  }

  /** One drain at a time; a request for another while one runs makes it go round once more. */
  function drain(): Promise<void> {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      try {
        do {
          again = false;
          await pass();
        } while (again);
      } catch (error) {
        console.error('[outbox] drain failed:', error instanceof Error ? error.message : 'unknown');
        deps.schedule?.(now() + 5_000);
      } finally {
        draining = null;
      }
    })();
    return draining;
  }

  /** Resolves with the entry once its next attempt has an answer, or as it stands after `ms`. */
  function waitForAttempt(id: string, ms: number): Promise<OutboxEntry | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        const list = waiters.get(id)?.filter((candidate) => candidate !== done);
        if (list?.length) waiters.set(id, list);
        else waiters.delete(id);
        resolve(store.get(id));
      }, ms);
      const done = (entry: OutboxEntry) => {
        clearTimeout(timer);
        resolve(entry);
      };
      waiters.set(id, [...(waiters.get(id) ?? []), done]);
    });
  }

  /** After the in-flight attempt (if any) has its answer. */
  async function settledFirst(id: string): Promise<OutboxEntry | undefined> {
    await store.load();
    await inFlight.get(id);
    return store.get(id);
  }

  return {
    drain,
    /** The connection is back: no reason to wait for the backoff. */
    async online(): Promise<void> {
      await store.load();
      await reconnected();
      return drain();
    },
    /**
     * Writes the delivery (before any request) and starts the drain. The same id twice is one
     * delivery: answered as it stands, or — refused or discarded before — sent again as edited.
     */
    async save(request: NewDelivery, waitMs = 0): Promise<OutboxEntry> {
      await store.load();
      const existing = store.get(request.deliveryId);
      if (existing && existing.state !== 'needs_attention' && existing.state !== 'discarded') return existing;
      const { deliveryId, existingIds, checkDuplicates, ...job } = request;
      void deliveryId;
      const entry = existing ? requeue(existing, now(), { job, existingIds, checkDuplicates }) : newEntry(request, now());
      await store.put(entry);
      const answer = waitMs > 0 ? waitForAttempt(entry.id, waitMs) : null;
      void drain();
      return (await answer) ?? entry;
    },
    /** A task or deal sent after its record (follow-up.ts); the same id twice is one delivery, as in `save`. */
    async saveFollowUp(request: NewFollowUp): Promise<OutboxEntry> {
      await store.load();
      const existing = store.get(request.deliveryId);
      if (existing && existing.state !== 'needs_attention' && existing.state !== 'discarded') return existing;
      const fresh = newFollowUpEntry(request, now());
      await store.put(existing ? { ...requeue(existing, now(), { job: fresh.job }), followUp: fresh.followUp } : fresh);
      // No drain of its own: the record's save drains, and only then can this one go.
      return store.get(request.deliveryId)!;
    },
    /**
     * A bulk save: every delivery written in one storage write, before any request, then one
     * drain (the lanes send them in order, paced by the CRM's rate limit). An id already in the
     * outbox is answered as it stands: a repeated message sends nothing twice.
     */
    async saveMany(requests: NewDelivery[]): Promise<OutboxEntry[]> {
      await store.load();
      const fresh = requests.filter((request) => !store.get(request.deliveryId)).map((request) => newEntry(request, now()));
      await store.putMany(fresh);
      void drain();
      return requests.flatMap((request) => store.get(request.deliveryId) ?? []);
    },
    /**
     * The user fixed it (or not) and asks for another try, now: this lifts the CRM's hold too
     * (a Retry-After, being offline) — they asked, and the answer will say if it still applies.
     */
    async resend(id: string, change: { contact: ContactDraft | null; skipLookup: boolean; updateId?: string | null }, waitMs = 0): Promise<OutboxEntry | undefined> {
      const entry = await settledFirst(id);
      if (!entry || entry.state === 'delivered') return entry;
      offlineUntil = 0;
      if (store.holds()[entry.job.crm]) await store.setHold(entry.job.crm, 0);
      await store.put(requeue(entry, now(), change satisfies Requeue));
      const answer = waitMs > 0 ? waitForAttempt(id, waitMs) : null;
      void drain();
      return (await answer) ?? store.get(id);
    },
    /** The user gave up on it. Waits for an attempt in flight: what it delivered stays delivered. */
    async discard(id: string): Promise<OutboxEntry | undefined> {
      const entry = await settledFirst(id);
      if (!entry || entry.state === 'delivered' || entry.state === 'discarded') return entry;
      // Its follow-ups go with it: there is no record to attach them to.
      for (const one of [entry, ...unsettledChildren(store.all(), id)]) {
        const gone = discarded(one, now());
        await store.put(gone);
        await deps.onSettled?.(gone).catch(() => undefined);
      }
      void drain();
      return store.get(id);
    },
    /** The popup showed this refusal to the user: no notification for it. */
    async seen(id: string): Promise<void> {
      await store.load();
      const entry = store.get(id);
      if (entry?.state === 'needs_attention' && entry.attention) await store.put({ ...entry, attention: { ...entry.attention, notifiedAt: now() } });
    },
    async entries(): Promise<OutboxEntry[]> {
      await store.load();
      return store.all();
    },
    /** An open popup follows these: a refusal it will show needs no notification. */
    watch(ids: string[]): void {
      const until = now() + NOTIFY_GRACE_MS;
      for (const [id, at] of watched) if (at <= now()) watched.delete(id);
      for (const id of ids) watched.set(id, until);
    },
    quarantined: () => store.quarantined(),
    /** Sends an entry set aside as unreadable again, when its job still reads; out of the quarantine once queued. */
    async resendQuarantined(key: string): Promise<OutboxEntry | undefined> {
      await store.load();
      const item = store.quarantined().find((candidate) => candidate.key === key);
      const request = item ? salvage(item.raw) : null;
      if (!request) return undefined;
      const fresh = store.get(request.deliveryId) ? { ...request, deliveryId: crypto.randomUUID() } : request;
      const entry = newEntry(fresh, now());
      await store.put(entry);
      await store.release(key);
      void drain();
      return entry;
    },
  };
}
