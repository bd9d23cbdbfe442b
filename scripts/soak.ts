/**
 * `npm run soak` (issues 6 and 13): 300 captures, each saved to both CRMs, through the real
 * extension in headless Chromium, against the mock CRMs with faults injected at random (seeded):
 * 20% of the create requests fail (connection dropped before or after the record is written,
 * 500, 503, 429 with Retry-After, a slow answer, a 201 we cannot read, a 307 to another host, a
 * 429 asking for 30 days, a 400/403/405/413/415 we do not know) and 5% of the duplicate lookups
 * (the same, or a lookup that ignores its filter). What needs the user gets what a rep would do
 * on the capture history (soakUser below). Prints, per destination, `delivered N/N, duplicates 0`,
 * how many saves needed the rep and why, and how long it took; exits 1 when anything was lost
 * or doubled, the redirect target heard from us, or it did not settle within the time limit.
 *
 * SOAK_CAPTURES (default 300), SOAK_SEED, SOAK_LIMIT_S (default 600), SOAK_CREATE_FAULTS (0.2) and
 * SOAK_LOOKUP_FAULTS (0.05) change the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchWithExtension, serviceWorkerOf } from '../tests/e2e/extension';
import type { Page } from '@playwright/test';
import { appliedFaults, hostileCreateFaults, HOSTILE_LOOKUP_FAULTS, planFaults } from '../tests/e2e/outbox-faults';
import { connectMocks, duplicates, job, outboxStatus, person, saveRecord, send } from '../tests/e2e/outbox-helpers';
import { freshConnections } from '../tests/e2e/outbox-proxy';
import { startSynaxMock, startSyncroMock } from '../tests/mock-crm';
import { countDelivered, enqueueAll, settleOutbox, waitsForUser, type PendingDelivery } from './soak/run';

const CAPTURES = Number(process.env.SOAK_CAPTURES ?? 300);
const SEED = Number(process.env.SOAK_SEED ?? 2026);
const LIMIT_MS = Number(process.env.SOAK_LIMIT_S ?? 600) * 1000;
const RATES = { POST: Number(process.env.SOAK_CREATE_FAULTS ?? 0.2), GET: Number(process.env.SOAK_LOOKUP_FAULTS ?? 0.05) };

async function main(): Promise<number> {
  const started = Date.now();
  const [syncro, synax] = await Promise.all([startSyncroMock(), startSynaxMock()]);
  const elsewhere = await redirectTarget();
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
      planFaults(mock, { requests: planned, rate: RATES.POST, seed: SEED + i, method: 'POST', menu: hostileCreateFaults(elsewhere.url) });
      planFaults(mock, { requests: planned * 4, rate: RATES.GET, seed: SEED + 10 + i, method: 'GET', menu: HOSTILE_LOOKUP_FAULTS });
    }
    console.log(`soak: ${CAPTURES} captures × 2 CRMs, faults on ${RATES.POST * 100}% of creates and ${RATES.GET * 100}% of lookups (seed ${SEED})`);

    const enqueueStart = Date.now();
    await enqueueAll(CAPTURES, (n) => Promise.all([saveRecord(page, job('syncro', n)), saveRecord(page, job('synax', n))]));
    const enqueued = Date.now() - enqueueStart;
    const held = { syncro: syncro.leads, synax: synax.contacts };
    const settled = await settleOutbox(
      () => outboxStatus(page),
      (delivery) => soakUser(page, delivery, held),
      LIMIT_MS - (Date.now() - started),
    );

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
    const needed = Object.entries(settled.needsYou).sort(([, a], [, b]) => b - a);
    console.log(`needs you: ${needed.reduce((sum, [, n]) => sum + n, 0)} saves${needed.length ? ':' : ''}`);
    for (const [why, count] of needed) console.log(`  ${count} × ${why}`);
    console.log(`redirect target: ${elsewhere.hits()} requests (the key never follows a redirect)`);
    ok &&= elsewhere.hits() === 0;
    const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`took ${seconds(Date.now() - started)} (enqueue ${seconds(enqueued)}, outbox empty ${seconds(settled.ms)} after the last save)`);
    if (!settled.ok) console.log(`not settled: ${settled.left}`);
    return ok ? 0 : 1;
  } finally {
    await context.close();
    await Promise.all([proxies.syncro.close(), proxies.synax.close(), syncro.close(), synax.close(), elsewhere.close()]);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

/**
 * What a rep does on the capture history with a save that needs them: a refusal or too many
 * tries is sent again (the fault was one-off); a month-long hold is sent now; "may already be
 * there" is checked in the CRM (here: the mock's records) and discarded if there, else sent
 * anyway; a record they have not seen gets "create anyway".
 */
async function soakUser(page: Page, delivery: PendingDelivery, held: Record<string, { phone: string | null }[]>): Promise<string> {
  const resend = (skipLookup: boolean) => send(page, 'RESEND_DELIVERY', { id: delivery.id, contact: null, skipLookup, updateId: null });
  if (delivery.reason === 'unverifiable') {
    const there = (held[delivery.crm] ?? []).some((record) => delivery.contact.phones.includes(record.phone ?? ''));
    if (there) return send(page, 'DISCARD_DELIVERY', { id: delivery.id }).then(() => 'discarded, it was there');
    return resend(true).then(() => 'sent anyway');
  }
  if (delivery.reason === 'duplicate') return resend(true).then(() => 'created anyway');
  return resend(false).then(() => (waitsForUser(delivery)?.startsWith('held') ? 'sent now' : 'sent again'));
}

/** Where the injected 307s point: it counts what reaches it (nothing should). */
async function redirectTarget(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((_req, res) => {
    hits += 1;
    res.writeHead(201, { 'content-type': 'application/json' }).end('{"success":true,"lead":{"id":1,"name":"x"}}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1/leads`,
    hits: () => hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
