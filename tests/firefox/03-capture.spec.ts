import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe } from 'vitest';
import { DEMO_KEYS } from '../mock-crm';
import type { FirefoxSession } from './harness/firefox';
import { connectCrms } from './connect';
import { eventually, expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';

const expected = (file: string) =>
  JSON.parse(readFileSync(path.resolve('tests/fixtures/pages', file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
    contacts: { name: string | null; phones: string[]; emails: string[] }[];
  };

/**
 * Invokes the background's contextMenus.onClicked listener (exposed by the e2e build only, see
 * entrypoints/background.ts) with the data Firefox would pass. Firefox's background is an event
 * page, so an extension page reaches it with runtime.getBackgroundPage().
 */
async function clickMenu(firefox: FirefoxSession, tabId: number, info: Record<string, unknown>): Promise<void> {
  await firefox.privileged(
    async ({ tabId, info }) => {
      const background = (await browser.runtime.getBackgroundPage()) as unknown as { e2eContextMenuClick: (info: unknown, tab: unknown) => Promise<void> };
      await background.e2eContextMenuClick(info, await browser.tabs.get(tabId));
    },
    { tabId, info },
  );
}

// The Chromium scenarios of tests/e2e/02-popup.spec.ts and 04-page-capture.spec.ts, in Firefox ESR.
describe('Firefox: capture a page, review it in the popup, save it', () => {
  test('the popup reads a fixture page and one save creates a Syncro lead and a Synax contact', async ({ firefox, syncro, synax, pages }) => {
    await connectCrms(firefox, { syncro, synax });
    const { tabId } = await firefox.openTab(`${pages.origin}/profile.html`);
    const popup = new PopupPage(await firefox.openExtensionPage(`popup.html?tab=${tabId}`));

    // page-capture.js ran in the tab through scripting.executeScript (the e2e build may read loopback).
    const [best, other] = expected('profile.html').contacts;
    await eventually(() => popup.value('Name')).toBe(best!.name);
    expect(await popup.value('Email')).toBe(best!.emails[0]);
    expect(await popup.value('Phone')).toMatch(/98123[-\s]?4567/);
    expect(await popup.page.$eval('body', (body) => body.innerText)).toContain(other!.name);

    await popup.chooseDestinations('Syncro', 'Synax');
    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'Site'); // required by the mock account's custom fields
    await popup.choose('Temperature', 'Warm');
    await popup.save();

    await eventually(() => popup.statusText()).toContain(`Saved to Syncro: ${best!.name}.`);
    await eventually(() => popup.statusText()).toContain(`Saved to Synax: ${best!.name}.`);
    expect(await popup.alertText()).toBe('');

    const [lead] = syncro.leads;
    expect(syncro.leads).toHaveLength(1);
    expect(lead).toMatchObject({ name: best!.name, phone: best!.phones[0], email: best!.emails[0] });
    expect(lead?.custom_fields).toMatchObject({ origem_detalhe: 'Site' });
    const createLead = syncro.requests.find((request) => request.method === 'POST' && request.path === '/leads');
    expect(createLead?.headers['x-api-key']).toBe(DEMO_KEYS.syncro);
    expect(createLead?.body).toMatchObject({ source: '127.0.0.1' });

    expect(synax.contacts).toHaveLength(1);
    expect(synax.contacts[0]).toMatchObject({ name: best!.name, phone: best!.phones[0], email: best!.emails[0], temperature: 'warm' });
    const createContact = synax.requests.find((request) => request.method === 'POST' && request.path === '/contacts');
    expect(createContact?.headers.authorization).toBe(`Bearer ${DEMO_KEYS.synax}`);

    expect(await popup.openInHref('Syncro')).toBe(`${syncro.origin}/leads/${lead!.id}`);
    expect(await popup.openInHref('Synax')).toBe(`${synax.origin}/crm/contacts/${synax.contacts[0]!.id}`);
  });

  describe('right-click menu', () => {
    test('Save selection to CRM opens the toolbar popup with the parsed selection (Firefox 153+)', async ({ firefox, syncro, pages }) => {
      await connectCrms(firefox, { syncro });
      const { tabId } = await firefox.openTab(`${pages.origin}/directory.html`);
      await firefox.activateTab(tabId); // a user right-clicks in the active tab, and the popup reads that tab
      await clickMenu(firefox, tabId, { menuItemId: 'save-selection', selectionText: 'Ana Prado\nCelular: (21) 99876-5432\nana.prado@example.com' });
      await eventually(() => firefox.toolbarPopupValues(['Name', 'Email'])).toEqual({ Name: 'Ana Prado', Email: 'ana.prado@example.com' });
      expect((await firefox.toolbarPopupValues(['Phone'])).Phone).toMatch(/99876[-\s]?5432/);
    });

    // A Firefox whose action.openPopup() needs a user gesture (140–152 by default): the menu
    // click's is gone once the capture is read, so it shows in a popup window (COMPAT in capture.ts).
    test('Save selection to CRM parses the selected text into a popup window', async ({ gestureOnlyFirefox: firefox, syncro, pages }) => {
      await connectCrms(firefox, { syncro });
      const { tabId } = await firefox.openTab(`${pages.origin}/directory.html`);
      await clickMenu(firefox, tabId, { menuItemId: 'save-selection', selectionText: 'Ana Prado\nCelular: (21) 99876-5432\nana.prado@example.com' });
      const popup = new PopupPage(await firefox.findExtensionPage((href) => href.includes('/popup.html?capture=')));
      await eventually(() => popup.value('Phone')).toMatch(/99876[-\s]?5432/);
      expect(await popup.value('Email')).toBe('ana.prado@example.com');
      expect(await popup.value('Name')).toBe('Ana Prado');
    });

    test('Save page contacts to CRM captures the whole page', async ({ gestureOnlyFirefox: firefox, syncro, pages }) => {
      await connectCrms(firefox, { syncro });
      const { tabId } = await firefox.openTab(`${pages.origin}/profile.html`);
      await clickMenu(firefox, tabId, { menuItemId: 'save-page' });
      const popup = new PopupPage(await firefox.findExtensionPage((href) => href.includes('/popup.html?capture=')));
      await eventually(() => popup.value('Name')).toBe(expected('profile.html').contacts[0]!.name);
    });
  });
});
