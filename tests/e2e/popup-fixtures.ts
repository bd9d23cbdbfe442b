import type { Page } from '@playwright/test';
import { DEMO_KEYS } from '../mock-crm';
import { test as base } from './extension';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';

/** A synthetic page for the popup's tab; served by routing, on loopback (the e2e build may read it). */
export const CONTACT_PAGE_HTML = `<!doctype html><html lang="pt-BR"><head><title>Fale conosco — Padaria Sol</title></head>
<body><h1>Fale conosco</h1><p>Maria Souza — WhatsApp (11) 98765-4321 — maria@padariasol.example</p></body></html>`;

interface PopupFixtures {
  /** Saves both demo keys (pointing at the mocks) through the options page. */
  connect: (crms?: ('Syncro' | 'Synax')[], keys?: { syncro?: string; synax?: string }) => Promise<void>;
  /** Opens the contact page in a tab and the popup for that tab. */
  openPopup: (pathname?: string) => Promise<PopupPage>;
  tabId: number;
  tabPage: Page;
}

/** OptionsPage.connect, with the options page's pt-BR names. */
async function connectInPortuguese(page: Page, crm: 'Syncro' | 'Synax', apiKey: string, baseUrl: string): Promise<void> {
  const section = page.getByRole('region', { name: crm, exact: true });
  await section.getByLabel(`Chave de API do ${crm}`).fill(apiKey);
  await section.getByLabel(`URL base do ${crm}`).fill(baseUrl);
  await section.getByRole('button', { name: 'Salvar', exact: true }).click();
  await section.getByText(/Chave salva:/).waitFor();
}

export const test = base.extend<PopupFixtures>({
  tabPage: async ({ context, syncro }, use) => {
    await context.route(`${syncro.origin}/contato*`, (route) => route.fulfill({ body: CONTACT_PAGE_HTML, contentType: 'text/html; charset=utf-8' }));
    await use(await context.newPage());
  },
  tabId: async ({ tabPage, worker, syncro }, use) => use(await PopupPage.openTab(tabPage, worker, `${syncro.origin}/contato`)),
  connect: async ({ extensionPage, syncro, synax, lang }, use) => {
    await use(async (crms = ['Syncro', 'Synax'], keys = {}) => {
      const page = await extensionPage('options.html');
      const connections = { Syncro: { key: keys.syncro ?? DEMO_KEYS.syncro, url: syncro.baseUrl }, Synax: { key: keys.synax ?? DEMO_KEYS.synax, url: synax.baseUrl } };
      for (const crm of crms) {
        if (lang.startsWith('pt')) await connectInPortuguese(page, crm, connections[crm].key, connections[crm].url);
        else await new OptionsPage(page).connect(crm, connections[crm].key, connections[crm].url);
      }
      await page.close();
    });
  },
  openPopup: async ({ extensionPage, tabId }, use) => {
    await use(async (pathname = `popup.html?tab=${tabId}`) => {
      const popup = new PopupPage(await extensionPage(pathname));
      // Any language: the form is there once its first text box is.
      await popup.page.getByRole('textbox').first().waitFor();
      return popup;
    });
  },
});

export { expect } from './extension';
