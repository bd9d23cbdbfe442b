import { describe } from 'vitest';
import { connectCrms } from './connect';
import { eventually, expect, test } from './fixtures';
import { byRole, click, control } from './pages/query';

const WINDOW_MS = 5_000;

// One bulk save of tests/e2e/11-bulk.spec.ts, in Firefox ESR: the team page's 36 brokers to
// Syncro, paced under its 60-a-window limit (a 5 s window on both sides, as in Chromium).
describe('Firefox: several people at once', () => {
  test('36 brokers from a team page become 36 Syncro leads, each looked up once, no 429', { timeout: 120_000 }, async ({ firefox, syncro, pages }) => {
    await connectCrms(firefox, { syncro });
    await firefox.privileged(async (windowMs) => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { e2ePacing: (ms: number) => void };
      background.e2ePacing(windowMs);
    }, WINDOW_MS);
    syncro.setRateLimit(60, WINDOW_MS);
    const { tabId } = await firefox.openTab(`${pages.origin}/team-directory.html`);
    const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`);

    await click(popup, byRole('button', 'Save several people…'));
    await click(popup, byRole('button', 'Next'));
    await (await control(popup, 'Include person 37')).click();
    await click(popup, byRole('button', 'Previous'));
    for (const crm of ['Syncro', 'Synax']) {
      const box = await control(popup, crm, byRole('group', 'Destination'));
      if ((await box.evaluate((node) => (node as HTMLInputElement).checked)) !== (crm === 'Syncro')) await box.click();
    }
    const origin = await control(popup, 'Origem (detalhe)');
    await origin.type('Site — equipe');
    await click(popup, byRole('button', 'Save 36 people'));

    await eventually(() => popup.$eval('body', (body) => (body as HTMLElement).innerText), 90_000).toContain('Syncro: 36 created');
    const requests = syncro.requests;
    expect(requests.filter((request) => request.method === 'POST' && request.path === '/leads')).toHaveLength(36);
    expect(requests.filter((request) => request.method === 'GET' && request.path === '/leads')).toHaveLength(36 * 3);
    expect(requests.filter((request) => request.status === 429)).toEqual([]);
    expect(syncro.leads).toHaveLength(36);
  });
});
