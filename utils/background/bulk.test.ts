import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEMO_KEYS } from '@/tests/mock-crm';
import { useMockCrms } from '@/tests/mock-crm/vitest';
import type { RecordDraft } from '../crm/provider';
import { createProvider } from '../crm/registry';
import { createPacer, PACE_MARGIN_MS } from '../outbox/pacing';
import { createOutbox } from '../outbox/runner';
import type { RecordJob } from '../outbox/schema';
import { saveBulk } from './bulk';

const crms = useMockCrms();
beforeEach(() => fakeBrowser.reset());
afterEach(() => crms.syncro.setRateLimit(60));

/** A short window so the test waits seconds, not minutes; the same request count as production. */
const BUDGET = { requests: 8, windowMs: 300 };

const person = (n: number): RecordDraft => ({
  contact: {
    name: `Corretor ${n}`,
    phones: [`+55119876${String(n).padStart(5, '0')}`],
    email: `corretor${n}@horizonte.example`,
    company: 'Horizonte',
    notes: null,
    tags: ['equipe'],
    source: 'e2e',
  },
  syncro: { pipelineId: 1, stageId: 5, value: null, customFields: {} },
});
const job = (n: number): RecordJob & { deliveryId: string } => ({
  crm: 'syncro',
  draft: person(n),
  mode: { kind: 'create' },
  destination: 'syncro',
  page: { url: 'https://horizonte.example/equipe', title: 'Equipe' },
  draftKey: null,
  deliveryId: crypto.randomUUID(),
});

function outbox() {
  const pacer = createPacer(() => BUDGET);
  const credentials = { apiKey: DEMO_KEYS.syncro, baseUrl: crms.syncro.baseUrl };
  return createOutbox({ provider: async (crm) => (crm === 'syncro' ? createProvider('syncro', credentials, pacer.take) : null) });
}

/** The most requests the mock saw in any window of `windowMs` starting at one of them. */
function busiestWindow(times: number[], windowMs: number): number {
  return Math.max(0, ...times.map((start) => times.filter((at) => at >= start && at < start + windowMs).length));
}

describe('saveBulk', () => {
  it('writes every delivery at once, looks each person up, creates the new ones once and leaves the existing to the user, under the rate limit', async () => {
    crms.syncro.setRateLimit(BUDGET.requests, BUDGET.windowMs);
    const box = outbox();
    // Two of the six are already in Syncro.
    const seeding = createProvider('syncro', { apiKey: DEMO_KEYS.syncro, baseUrl: crms.syncro.baseUrl });
    for (const n of [2, 5]) expect((await seeding.createRecord(person(n))).ok).toBe(true);
    const seeded = crms.syncro.requests.length;
    // The seeding went around the pacer: let its window pass.
    await new Promise((resolve) => setTimeout(resolve, BUDGET.windowMs));

    const jobs = [1, 2, 3, 4, 5, 6].map(job);
    const reply = await saveBulk(jobs, box);
    expect(reply.ok && reply.data.map((view) => view.state)).toEqual(Array(6).fill('queued'));
    await box.drain();

    const entries = await box.entries();
    const stateOf = (n: number) => entries.find((entry) => entry.id === jobs[n - 1]!.deliveryId);
    for (const n of [1, 3, 4, 6]) expect(stateOf(n)).toMatchObject({ state: 'delivered', via: 'created' });
    for (const n of [2, 5])
      expect(stateOf(n)).toMatchObject({ state: 'needs_attention', attention: { reason: 'duplicate' }, matches: [expect.objectContaining({ name: `Corretor ${n}` })] });

    const requests = crms.syncro.requests.slice(seeded);
    // Each person: both forms of the mobile and the e-mail looked up, then one create for the new ones.
    expect(requests.filter((request) => request.method === 'GET' && request.path === '/leads')).toHaveLength(6 * 3);
    expect(requests.filter((request) => request.method === 'POST')).toHaveLength(4);
    expect(crms.syncro.leads).toHaveLength(6);
    // Paced, not refused: no 429, and never more than the budget in one of the mock's windows.
    expect(requests.filter((request) => request.status === 429)).toEqual([]);
    expect(
      busiestWindow(
        requests.map((request) => request.at),
        BUDGET.windowMs,
      ),
    ).toBeLessThanOrEqual(BUDGET.requests);
    // 22 requests at 8 per window: the pacer waited twice.
    expect(requests.at(-1)!.at - requests[0]!.at).toBeGreaterThanOrEqual(2 * (BUDGET.windowMs + PACE_MARGIN_MS) - 50);
  }, 20_000);

  it('sends nothing twice when the same bulk message arrives again', async () => {
    const box = outbox();
    const jobs = [7, 8].map(job);
    await saveBulk(jobs, box);
    await box.drain();
    const again = await saveBulk(jobs, box);
    await box.drain();
    expect(again.ok && again.data.map((view) => view.state)).toEqual(['delivered', 'delivered']);
    expect(crms.syncro.leads).toHaveLength(2);
  });
});
