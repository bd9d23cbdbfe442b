/**
 * Issue 17's figures: with 200 people handed to the popup (the e2e build, both mocks connected),
 * how long from a click on *Save several people…* (Playwright's click included) to the list on screen (the `bulk-shown` mark: lazy chunk,
 * 200 rows planned, the first page drawn), and from *Save 200 people* to the summary (every
 * delivery written to the outbox by one SAVE_BULK). Run after printPopupBench, which builds it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Capture } from '../../utils/capture/types';
import { launchWithExtension, serviceWorkerOf } from '../../tests/e2e/extension';
import { OptionsPage } from '../../tests/e2e/pages/options-page';
import { handCapture } from '../../tests/e2e/popup-capture';
import { DEMO_KEYS, startSynaxMock, startSyncroMock } from '../../tests/mock-crm';

const PEOPLE = 200;
const RUNS = 5;

function capture(run: number): Capture {
  const contacts = Array.from({ length: PEOPLE }, (_, n) => {
    const phone = `+55119${String(run * 1000 + n)
      .padStart(8, '0')
      .replace(/^0/, '8')}`;
    return { name: `Pessoa ${run}-${n}`, company: 'Horizonte', phones: [phone], emails: [`p${run}-${n}@bench.example`], sources: ['links' as const], whatsapp: [] };
  });
  return { url: 'https://horizonte.example/equipe', title: 'Equipe', contacts, phones: contacts.flatMap((c) => c.phones), emails: contacts.flatMap((c) => c.emails) };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function printBulkBench(): Promise<void> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'crm-capture-bench-bulk-'));
  const [syncro, synax] = await Promise.all([startSyncroMock(), startSynaxMock()]);
  // The figures are the popup's; the mocks must not slow the background with 429s.
  syncro.setRateLimit(1_000_000);
  const context = await launchWithExtension({ userDataDir });
  try {
    const worker = await serviceWorkerOf(context);
    const extensionId = new URL(worker.url()).host;
    const options = new OptionsPage(await context.newPage());
    await options.page.goto(`chrome-extension://${extensionId}/options.html`);
    await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
    const shown: number[] = [];
    const queued: number[] = [];
    for (let run = 0; run <= RUNS; run += 1) {
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/${await handCapture(worker, `bench-${run}`, capture(run))}`);
      const open = popup.getByRole('button', { name: 'Save several people…' });
      await open.waitFor();
      await popup.evaluate(() => performance.mark('bulk-asked'));
      await open.click();
      await popup.waitForFunction(() => performance.getEntriesByName('bulk-shown').length > 0, undefined, { polling: 5 });
      const shownMs = await popup.evaluate(() => performance.getEntriesByName('bulk-shown')[0]!.startTime - performance.getEntriesByName('bulk-asked')[0]!.startTime);
      await popup.getByLabel('Origem (detalhe)').fill('bench');
      const save = popup.getByRole('button', { name: `Save ${PEOPLE} people` });
      const started = Date.now();
      await save.click();
      await popup.locator('.bulk-tally').first().waitFor();
      if (run > 0) {
        shown.push(shownMs);
        queued.push(Date.now() - started);
      }
      await popup.close();
    }
    console.log(`\nBulk save (issue 17), ${PEOPLE} people, ${RUNS} runs (median)`);
    console.log(`  click → list of ${PEOPLE} shown:    ${median(shown).toFixed(0)} ms (${shown.map((ms) => ms.toFixed(0)).join(', ')})`);
    console.log(`  Save → ${PEOPLE} deliveries queued: ${median(queued).toFixed(0)} ms (${queued.join(', ')})`);
  } finally {
    await context.close();
    await Promise.all([syncro.close(), synax.close()]);
    rmSync(userDataDir, { recursive: true, force: true });
  }
}
