import type { BrowserContext, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './popup-fixtures';
import { PopupPage } from './pages/popup-page';

const FIXTURES = path.resolve('tests/fixtures/pages');

/** Serves a page fixture from 127.0.0.1 (the mock's origin) and opens it in a tab. */
async function openFixture(context: BrowserContext, worker: Worker, origin: string, file: string): Promise<{ page: Page; tabId: number }> {
  const url = `${origin}/pages/${file}`;
  await context.route(url, (route) => route.fulfill({ body: readFileSync(path.join(FIXTURES, file)), contentType: 'text/html; charset=utf-8' }));
  const page = await context.newPage();
  return { page, tabId: await PopupPage.openTab(page, worker, url) };
}

const expected = (file: string) =>
  JSON.parse(readFileSync(path.join(FIXTURES, file.replace(/\.html$/, '.expected.json')), 'utf8')) as {
    contacts: { name: string | null; phones: string[]; emails: string[] }[];
  };

test('opening the popup on a page prefills its best contact, with the others one click away', async ({ context, worker, syncro, extensionPage, connect }) => {
  await connect(['Syncro']);
  const { tabId } = await openFixture(context, worker, syncro.origin, 'profile.html');
  const popup = new PopupPage(await extensionPage(`popup.html?tab=${tabId}`));
  const [best, other] = expected('profile.html').contacts;
  await expect(popup.field('Name')).toHaveValue(best!.name!);
  await expect(popup.field('Email')).toHaveValue(best!.emails[0]!);
  await expect(popup.field('Phone')).toHaveValue(/98123[-\s]?4567/);
  await expect(popup.page.getByText(other!.name!, { exact: false }).first()).toBeVisible();
});

test.describe('right-click menu, clicked through the background as the browser does', () => {
  type PopupBehaviour = 'opens' | 'refuses';

  /**
   * Invokes the background's contextMenus.onClicked listener. Headless Chromium opens the
   * toolbar popup where Playwright cannot see it, so the browser's answer to `action.openPopup`
   * is set per test: when it opens, we open the popup for that tab as the toolbar would; when it
   * refuses, the extension must fall back to a popup window.
   */
  async function clickMenu(
    context: BrowserContext,
    worker: Worker,
    extensionPage: (p: string) => Promise<Page>,
    tabId: number,
    info: Record<string, unknown>,
    popup: PopupBehaviour,
  ): Promise<PopupPage> {
    await worker.evaluate((popup) => {
      const action = chrome.action as unknown as { openPopup: () => Promise<void> };
      action.openPopup = popup === 'opens' ? async () => {} : async () => Promise.reject(new Error('no focused window'));
    }, popup);
    const window = popup === 'refuses' ? context.waitForEvent('page', { predicate: (page) => page.url().includes('popup.html?capture=') }) : null;
    await worker.evaluate(
      async ({ info, tabId }) => {
        const tab = await chrome.tabs.get(tabId);
        await (globalThis as unknown as { e2eContextMenuClick: (info: unknown, tab: unknown) => Promise<void> }).e2eContextMenuClick(info, tab);
      },
      { info, tabId },
    );
    const page = window ? await window : await extensionPage(`popup.html?tab=${tabId}`);
    const opened = new PopupPage(page);
    await opened.field('Name').waitFor();
    return opened;
  }

  test('Save selection to CRM parses the selected text', async ({ context, worker, syncro, connect, extensionPage }) => {
    await connect(['Syncro']);
    const { tabId } = await openFixture(context, worker, syncro.origin, 'directory.html');
    const popup = await clickMenu(
      context,
      worker,
      extensionPage,
      tabId,
      {
        menuItemId: 'save-selection',
        selectionText: 'Ana Prado\nCelular: (21) 99876-5432\nana.prado@example.com',
      },
      'opens',
    );
    await expect(popup.field('Phone')).toHaveValue(/99876[-\s]?5432/);
    await expect(popup.field('Email')).toHaveValue('ana.prado@example.com');
  });

  test('Save link to CRM reads a WhatsApp link, in a popup window when the toolbar popup cannot open', async ({ context, worker, syncro, connect, extensionPage }) => {
    await connect(['Syncro']);
    const { tabId } = await openFixture(context, worker, syncro.origin, 'classified-ad.html');
    const popup = await clickMenu(context, worker, extensionPage, tabId, { menuItemId: 'save-link', linkUrl: 'https://wa.me/5511987654321?text=Ol%C3%A1' }, 'refuses');
    await expect(popup.field('Phone')).toHaveValue(/98765[-\s]?4321/);
  });

  test('Save page contacts to CRM captures the whole page', async ({ context, worker, syncro, connect, extensionPage }) => {
    await connect(['Syncro']);
    const { tabId } = await openFixture(context, worker, syncro.origin, 'profile.html');
    const popup = await clickMenu(context, worker, extensionPage, tabId, { menuItemId: 'save-page' }, 'opens');
    await expect(popup.field('Name')).toHaveValue(expected('profile.html').contacts[0]!.name!);
  });
});
