import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { DEMO_KEYS } from '../mock-crm';
import type { FirefoxSession } from './harness/firefox';
import { serveFixtures, type StaticServer } from './harness/static-server';
import { connectCrms } from './connect';
import { eventually, expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { byRole, click } from './pages/query';
import { WhatsappPage } from './pages/whatsapp-page';

// The Chromium scenarios of tests/e2e/08-selection-notes.spec.ts (issue 16), in Firefox ESR.

/** The rep drags over the page from the start of `from` to the end of `to` (CSS selectors). */
async function selectText(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    (from, to) => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector(from)!);
      range.setEndAfter(document.querySelector(to)!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    from,
    to,
  );
}

const whatsappTabId = (firefox: FirefoxSession) => firefox.privileged(async () => (await browser.tabs.query({ url: 'https://web.whatsapp.com/*' }))[0]!.id!, null);

/** The right-click item, through the background's contextMenus listener (e2e build only) with what Firefox passes. */
async function clickAddSelection(firefox: FirefoxSession, tabId: number, selectionText: string): Promise<void> {
  await firefox.privileged(
    async ({ tabId, selectionText }) => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { e2eContextMenuClick: (info: unknown, tab: unknown) => Promise<void> };
      await background.e2eContextMenuClick({ menuItemId: 'add-selection-notes', selectionText }, await browser.tabs.get(tabId));
    },
    { tabId, selectionText },
  );
}

let quotePages: StaticServer;
beforeAll(async () => {
  quotePages = await serveFixtures(path.resolve('utils/capture/selection/fixtures'));
});
afterAll(() => quotePages.close());

describe('Firefox: notes from a selection, and updates that keep both numbers', () => {
  test('WhatsApp: "Add selection to the CRM notes" quotes the selected messages with who and when into the saved lead', async ({ gestureOnlyFirefox: firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const whatsapp = await WhatsappPage.open(firefox, 'selection-notes');
    await selectText(whatsapp.page, '[data-pre-plain-text^="[10:41,"]', '[data-pre-plain-text^="[10:43,"]');
    await clickAddSelection(firefox, await whatsappTabId(firefox), 'Oi! Queria um orçamento…');

    const popup = new PopupPage(await firefox.findExtensionPage((href) => href.includes('/popup.html?capture=')));
    const quoted = [
      '[10:41, 05/12/2026] Maria Souza: Oi! Queria um orçamento de 3 mesas de inox.',
      '[10:42, 05/12/2026] Você: Claro! Para quando?',
      '[10:43, 05/12/2026] Maria Souza: Até sexta, por favor 🙏\nEntrega em Niterói.',
    ].join('\n');
    await eventually(() => popup.value('Notes')).toBe(quoted);
    expect(await popup.value('Name')).toBe('Maria Souza');

    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'WhatsApp');
    await popup.save();
    await eventually(() => popup.statusText()).toContain('Saved to Syncro');
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.leads[0]).toMatchObject({ name: 'Maria Souza', phone: '+5521998765432', notes: quoted });
    expect(whatsapp.blocked).toEqual([]);
  });

  test('any page: the popup offers the selection, quoted with the page title and address', async ({ firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const url = `${quotePages.origin}/quote-request.html`;
    const { page, tabId } = await firefox.openTab(url);
    await selectText(page, '#request', '#terms');

    const popup = new PopupPage(await firefox.openExtensionPage(`popup.html?tab=${tabId}`));
    await eventually(() => popup.value('Phone')).toMatch(/98700[-\s]?1234/);
    await click(popup.page, byRole('button', 'Add the selected text to the notes'));
    const note = await popup.value('Notes');
    expect(note).toMatch(/^“Precisamos de 3 bancadas de inox sob medida para a cozinha industrial,\s*com entrega até 20\/12 em Niterói\.\s+Pagamento em 2x no boleto\.”\n— /);
    expect(note.endsWith(`\n— Pedido de orçamento — Cozinhas Aurora · ${url}`)).toBe(true);

    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'Site');
    await popup.save();
    await eventually(() => popup.statusText()).toContain('Saved to Syncro');
    expect(syncro.leads[0]?.notes).toBe(note);
  });

  test('"Update instead" from WhatsApp keeps the lead’s phone and adds the WhatsApp number to its notes', async ({ firefox, syncro }) => {
    const email = 'maria@padaria.example';
    await fetch(`${syncro.baseUrl}/leads`, {
      method: 'POST',
      headers: { 'X-API-Key': DEMO_KEYS.syncro, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Maria Souza', phone: '+552133334444', email, notes: 'Cliente desde 2024', pipeline_id: 1, stage_id: 5 }),
    });
    await connectCrms(firefox, { syncro });
    await WhatsappPage.open(firefox, 'selection-notes');
    const popup = new PopupPage(await firefox.openExtensionPage(`popup.html?tab=${await whatsappTabId(firefox)}`));
    await eventually(() => popup.value('Phone')).toBe('(21) 99876-5432');
    await popup.fill('Email', email);
    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'WhatsApp');
    await popup.save();

    await click(popup.page, byRole('button', 'Update instead'));
    await eventually(() => popup.statusText()).toContain('Updated in Syncro: Maria Souza.');
    expect(await popup.statusText()).toContain('WhatsApp number added (in the notes); existing phone kept.');
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.leads[0]).toMatchObject({ phone: '+552133334444', email, notes: 'Cliente desde 2024\n\nTel.: +5521998765432' });
  });
});
