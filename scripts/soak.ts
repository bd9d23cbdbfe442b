/**
 * `npm run soak` (issue 6): 300 captures, each saved to both CRMs, through the real extension in
 * headless Chromium, against the mock CRMs with faults injected at random (seeded): 20% of the
 * create requests fail (connection dropped before or after the record is written, 500, 503,
 * 429 with Retry-After, a slow answer) and 5% of the duplicate lookups. Prints, per destination,
 * `delivered N/N, duplicates 0` and how long it took; exits 1 when anything was lost or doubled,
 * or when it did not settle within the time limit.
 *
 * SOAK_CAPTURES (default 300), SOAK_SEED, SOAK_LIMIT_S (default 300), SOAK_CREATE_FAULTS (0.2) and
 * SOAK_LOOKUP_FAULTS (0.05) change the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, serviceWorkerOf } from '../tests/e2e/extension';
import { appliedFaults, planFaults } from '../tests/e2e/outbox-faults';
import { connectMocks, duplicates, job, outboxStatus, person, saveRecord } from '../tests/e2e/outbox-helpers';
import { freshConnections } from '../tests/e2e/outbox-proxy';
import { startSynaxMock, startSyncroMock } from '../tests/mock-crm';
import { countDelivered, enqueueAll, waitForOutbox } from './soak/run';

const CAPTURES = Number(process.env.SOAK_CAPTURES ?? 300);
const SEED = Number(process.env.SOAK_SEED ?? 2026);
const LIMIT_MS = Number(process.env.SOAK_LIMIT_S ?? 300) * 1000;
const RATES = { POST: Number(process.env.SOAK_CREATE_FAULTS ?? 0.2), GET: Number(process.env.SOAK_LOOKUP_FAULTS ?? 0.05) };

async function main(): Promise<number> {
  const started = Date.now();
  const [syncro, synax] = await Promise.all([startSyncroMock(), startSynaxMock()]);
  // Per-minute limits would turn the run into a wait for the window; 429s come from the faults.
  syncro.setRateLimit(1_000_000);
  synax.setRateLimit(1_000_000);
  // Every connection used once (see tests/e2e/outbox-proxy.ts: Chromium resends on reused ones).
  const proxies = { syncro: await freshConnections(syncro), synax: await freshConnections(synax) };
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'crm-capture-soak-'));
  const context = await launchWithExtension({ userDataDir });
  try {
    const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
    const page = await context.newPage();
    await page.goto(`chrome-extension://${extensionId}/options.html`);
    await connectMocks(page, proxies);
    const planned = CAPTURES * 4;
    for (const [i, mock] of [syncro, synax].entries()) {
      planFaults(mock, { requests: planned, rate: RATES.POST, seed: SEED + i, method: 'POST' });
      planFaults(mock, { requests: planned * 4, rate: RATES.GET, seed: SEED + 10 + i, method: 'GET' });
    }
    console.log(`soak: ${CAPTURES} captures × 2 CRMs, faults on ${RATES.POST * 100}% of creates and ${RATES.GET * 100}% of lookups (seed ${SEED})`);

    const enqueueStart = Date.now();
    await enqueueAll(CAPTURES, (n) => Promise.all([saveRecord(page, job('syncro', n)), saveRecord(page, job('synax', n))]));
    const enqueued = Date.now() - enqueueStart;
    const settled = await waitForOutbox(() => outboxStatus(page), LIMIT_MS - (Date.now() - started));

    const phones = Array.from({ length: CAPTURES }, (_, n) => person(n).phone);
    let ok = settled.ok;
    for (const [crm, mock, records] of [
      ['syncro', syncro, syncro.leads],
      ['synax', synax, synax.contacts],
    ] as const) {
      const delivered = countDelivered(records, phones);
      const doubled = duplicates(records);
      const faults = appliedFaults(mock.requests);
      ok &&= delivered === CAPTURES && doubled === 0 && records.length === CAPTURES;
      console.log(`${crm}: delivered ${delivered}/${CAPTURES}, duplicates ${doubled} (${mock.requests.length} requests, ${faults} failed on purpose)`);
    }
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`took ${seconds(Date.now() - started)} (enqueue ${seconds(enqueued)}, outbox empty ${seconds(settled.ms)} after the last save)`);
    if (!settled.ok) console.log(`not settled: ${settled.left}`);
    return ok ? 0 : 1;
  } finally {
    await context.close();
    await Promise.all([proxies.syncro.close(), proxies.synax.close(), syncro.close(), synax.close()]);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
