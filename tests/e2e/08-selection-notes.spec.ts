import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_KEYS } from '../mock-crm';
import { PopupPage } from './pages/popup-page';
import { WhatsappPage } from './pages/whatsapp-page';
import { expect, test } from './popup-fixtures';

// Issue 16: notes from what the rep selects (WhatsApp with who and when, any page with its
// source), and "Update instead" that keeps the record's own phone and e-mail.

const QUOTE_PAGE = path.resolve('utils/capture/selection/fixtures/quote-request.html');

/** The rep drags over the page from the start of `from` to the end of `to` (CSS selectors). */
async function selectText(page: Page, from: string, to: string): Promise<void> {
  await page.evaluate(
    ({ from, to }) => {
      const range = document.createRange();
      range.setStartBefore(document.querySelector(from)!);
      range.setEndAfter(document.querySelector(to)!);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
    },
    { from, to },
  );
}

const tabIdOf = (worker: Worker, url: string) => worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url?.startsWith(wanted))?.id, url);

/**
 * The right-click item, clicked through the background's contextMenus listener as the browser
 * does; the toolbar popup is refused so the form opens in a popup window Playwright can drive.
 */
async function addSelectionFromMenu(context: BrowserContext, worker: Worker, tabId: number, selectionText: string): Promise<PopupPage> {
  await worker.evaluate(() => {
    (chrome.action as unknown as { openPopup: () => Promise<void> }).openPopup = async () => Promise.reject(new Error('no focused window'));
  });
  const window = context.waitForEvent('page', { predicate: (page) => page.url().includes('popup.html?capture=') });
  await worker.evaluate(
    async ({ tabId, selectionText }) => {
      const tab = await chrome.tabs.get(tabId);
      const click = (globalThis as unknown as { e2eContextMenuClick: (info: unknown, tab: unknown) => Promise<void> }).e2eContextMenuClick;
      await click({ menuItemId: 'add-selection-notes', selectionText }, tab);
    },
    { tabId, selectionText },
  );
  const popup = new PopupPage(await window);
  await popup.field('Name').waitFor();
  return popup;
}

test('WhatsApp: "Add selection to the CRM notes" quotes the selected messages with who and when into the saved lead', async ({ context, worker, connect, syncro }) => {
  await connect(['Syncro']);
  const whatsapp = await WhatsappPage.open(context, 'selection-notes');
  await selectText(whatsapp.page, '[data-pre-plain-text^="[10:41,"]', '[data-pre-plain-text^="[10:43,"]');
  const tabId = await tabIdOf(worker, 'https://web.whatsapp.com/');
  const popup = await addSelectionFromMenu(context, worker, tabId!, 'Oi! Queria um orçamento…');

  const quoted = [
    '[10:41, 05/12/2026] Maria Souza: Oi! Queria um orçamento de 3 mesas de inox.',
    '[10:42, 05/12/2026] Você: Claro! Para quando?',
    '[10:43, 05/12/2026] Maria Souza: Até sexta, por favor 🙏\nEntrega em Niterói.',
  ].join('\n');
  await expect(popup.field('Name')).toHaveValue('Maria Souza');
  await expect(popup.field('Notes')).toHaveValue(quoted);
  await expect(popup.page.getByText('The selected text is in the notes.')).toBeVisible();

  await popup.syncroReady();
  await popup.field('Origem (detalhe)').fill('WhatsApp');
  await popup.save();
  await expect(popup.status).toContainText('Saved to Syncro');
  expect(syncro.leads).toHaveLength(1);
  expect(syncro.leads[0]).toMatchObject({ name: 'Maria Souza', phone: '+5521998765432', notes: quoted });
  expect(whatsapp.blocked).toEqual([]);
});

test('any page: the popup offers the selection, quoted with the page title and address', async ({ context, worker, connect, syncro, extensionPage }) => {
  await connect(['Syncro']);
  const url = `${syncro.origin}/pages/quote-request.html`;
  await context.route(url, (route) => route.fulfill({ body: readFileSync(QUOTE_PAGE), contentType: 'text/html; charset=utf-8' }));
  const page = await context.newPage();
  const tabId = await PopupPage.openTab(page, worker, url);
  await selectText(page, '#request', '#terms');

  const popup = new PopupPage(await extensionPage(`popup.html?tab=${tabId}`));
  await expect(popup.field('Phone')).toHaveValue(/98700[-\s]?1234/);
  await expect(popup.field('Notes')).toHaveValue('');
  await popup.button('Add the selected text to the notes').click();
  const note = await popup.field('Notes').inputValue();
  expect(note).toMatch(/^“Precisamos de 3 bancadas de inox sob medida para a cozinha industrial,\s*com entrega até 20\/12 em Niterói\.\s+Pagamento em 2x no boleto\.”\n— /);
  expect(note.endsWith(`\n— Pedido de orçamento — Cozinhas Aurora · ${url}`)).toBe(true);
  await expect(popup.button('Add the selected text to the notes')).toHaveCount(0);

  await popup.syncroReady();
  await popup.field('Origem (detalhe)').fill('Site');
  await popup.save();
  await expect(popup.status).toContainText('Saved to Syncro');
  expect(syncro.leads[0]?.notes).toBe(note);
});

test('"Update instead" from WhatsApp keeps the record’s phone and adds the WhatsApp number, in Syncro and Synax', async ({
  context,
  worker,
  connect,
  syncro,
  synax,
  extensionPage,
}) => {
  const email = 'maria@padaria.example';
  await fetch(`${syncro.baseUrl}/leads`, {
    method: 'POST',
    headers: { 'X-API-Key': DEMO_KEYS.syncro, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Maria Souza', phone: '+552133334444', email, notes: 'Cliente desde 2024', pipeline_id: 1, stage_id: 5 }),
  });
  await fetch(`${synax.baseUrl}/contacts`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${DEMO_KEYS.synax}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ name: 'Maria Souza', phone: '+552133334444', email, custom_fields: { cargo: 'Compras' } }),
  });
  await connect();
  await WhatsappPage.open(context, 'selection-notes');
  const tabId = await tabIdOf(worker, 'https://web.whatsapp.com/');
  const popup = new PopupPage(await extensionPage(`popup.html?tab=${tabId}`));
  await expect(popup.field('Phone')).toHaveValue('(21) 99876-5432');
  await popup.chooseDestinations('Syncro', 'Synax');
  await popup.field('Email').fill(email);
  await popup.syncroReady();
  await popup.field('Origem (detalhe)').fill('WhatsApp');
  await popup.save();

  for (const crm of ['Syncro', 'Synax']) {
    const offer = popup.page.getByRole('region', { name: `${crm} already has this person` });
    await offer.getByRole('button', { name: 'Update instead' }).click();
    await expect(popup.status).toContainText(`Updated in ${crm}: Maria Souza.`);
  }
  await expect(popup.status).toContainText('WhatsApp number added (in the notes); existing phone kept.');

  expect(syncro.leads).toHaveLength(1);
  expect(syncro.leads[0]).toMatchObject({ phone: '+552133334444', email, notes: 'Cliente desde 2024\n\nTel.: +5521998765432' });
  expect(synax.contacts).toHaveLength(1);
  expect(synax.contacts[0]).toMatchObject({ phone: '+552133334444', email, custom_fields: { cargo: 'Compras', notas: 'Tel.: +5521998765432' } });
});
