import type { BrowserContext, Page } from '@playwright/test';
import type { RecordedRequest } from '../mock-crm';
import { DEMO_KEYS } from '../mock-crm';
import type { DeliveryView, RecordJob } from '../../utils/outbox/schema';

// The outbox specs (06-outbox*.spec.ts) and `npm run soak` drive the background the way the
// popup does: protocol messages from an extension page, in @webext-core/messaging's envelope
// ({id, type, data, timestamp} → {res} | {err}; see utils/messaging/messenger.ts).

type Reply<T> = { ok: true; data: T } | { ok: false; error: { code: string } };

export async function send<T>(page: Page, type: string, data?: unknown): Promise<Reply<T>> {
  return page.evaluate(
    async ({ type, data }) => {
      const answer = (await chrome.runtime.sendMessage({ id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() })) as { res?: unknown; err?: unknown } | undefined;
      return (answer?.res ?? { ok: false, error: { code: 'no_answer' } }) as Reply<T>;
    },
    { type, data },
  );
}

/** SAVE_CONNECTION for both mocks (what the options page sends), much faster than typing. */
export async function connectMocks(page: Page, mocks: { syncro?: { baseUrl: string }; synax?: { baseUrl: string } }): Promise<void> {
  for (const crm of ['syncro', 'synax'] as const) {
    const mock = mocks[crm];
    if (!mock) continue;
    const reply = await send(page, 'SAVE_CONNECTION', { crm, apiKey: DEMO_KEYS[crm], baseUrl: mock.baseUrl });
    if (!reply.ok) throw new Error(`could not connect ${crm}: ${JSON.stringify(reply.error)}`);
  }
}

/** A synthetic person n: a phone and e-mail nobody else in the run has (BR mobile, E.164). */
export function person(n: number): { name: string; phone: string; email: string } {
  return { name: `Pessoa Teste ${n}`, phone: `+55119${String(n).padStart(8, '0')}`, email: `pessoa${n}@soak.example` };
}

export function job(crm: 'syncro' | 'synax', n: number): RecordJob {
  const { name, phone, email } = person(n);
  return {
    crm,
    draft: {
      contact: { name, phones: [phone], email, company: null, notes: null, tags: ['outbox-e2e'], source: 'e2e' },
      ...(crm === 'syncro'
        ? { syncro: { pipelineId: 1, stageId: 5, value: null, customFields: { origem_detalhe: 'e2e' } } }
        : { synax: { temperature: 'warm' as const, customFields: {} } }),
    },
    mode: { kind: 'create' },
    destination: crm,
    page: { url: 'https://padariasol.example/equipe', title: 'Equipe — Padaria Sol' },
    draftKey: null,
  };
}

/** The popup's SAVE_RECORD: into the outbox first, answered after the first attempt (or ~3 s). */
export async function saveRecord(page: Page, record: RecordJob, deliveryId: string = crypto.randomUUID()): Promise<DeliveryView> {
  const reply = await send<DeliveryView>(page, 'SAVE_RECORD', { ...record, deliveryId });
  if (!reply.ok) throw new Error(`SAVE_RECORD failed: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

export async function outboxStatus(page: Page, ids: string[] | null = null) {
  const reply = await send<{ deliveries: DeliveryView[]; pending: number; attention: number; quarantined: number }>(page, 'OUTBOX_STATUS', { ids });
  if (!reply.ok) throw new Error(`OUTBOX_STATUS failed: ${JSON.stringify(reply.error)}`);
  return reply.data;
}

/** Waits until nothing is owed to any CRM (every delivery delivered), or throws with what is left. */
export async function waitUntilDelivered(page: Page, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  let left: DeliveryView[] = [];
  while (Date.now() < until) {
    left = (await outboxStatus(page)).deliveries;
    if (!left.length) return;
    if (left.some((delivery) => delivery.state === 'needs_attention')) break;
    await page.waitForTimeout(250);
  }
  throw new Error(`not delivered: ${JSON.stringify(left.map((d) => ({ crm: d.crm, state: d.state, attempts: d.attempts, error: d.lastError })))}`);
}

/**
 * Stops the extension's service worker the way Chrome does when it idles (DevTools protocol,
 * ServiceWorker.stopWorker); the next event (a message, an alarm) starts a fresh one.
 */
export async function stopServiceWorker(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const versions: { versionId: string; scriptURL: string; runningStatus: string }[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event) => versions.push(...event.versions));
  await cdp.send('ServiceWorker.enable');
  // new URL().origin is "null" for chrome-extension: URLs (not a special scheme in WHATWG URL).
  const origin = `chrome-extension://${new URL(page.url()).host}`;
  const deadline = Date.now() + 5_000;
  let running: (typeof versions)[number] | undefined;
  while (!running && Date.now() < deadline) {
    running = versions.find((version) => version.scriptURL.startsWith(origin) && version.runningStatus === 'running');
    if (!running) await page.waitForTimeout(50);
  }
  if (!running) throw new Error('no running service worker to stop');
  await cdp.send('ServiceWorker.stopWorker', { versionId: running.versionId });
  while (Date.now() < deadline && !versions.some((version) => version.versionId === running.versionId && version.runningStatus === 'stopped')) {
    await page.waitForTimeout(50);
  }
  await cdp.detach();
}

export const creates = (requests: RecordedRequest[], path: string) => requests.filter((request) => request.method === 'POST' && request.path === path);

/** Records sharing a phone: what "0 duplicates" counts. */
export function duplicates(records: { phone: string | null }[]): number {
  const seen = new Map<string, number>();
  for (const { phone } of records) if (phone) seen.set(phone, (seen.get(phone) ?? 0) + 1);
  return [...seen.values()].reduce((sum, count) => sum + count - 1, 0);
}
