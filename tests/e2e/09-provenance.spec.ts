import type { BrowserContext, Frame, Locator, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './popup-fixtures';
import { PopupPage } from './pages/popup-page';

const FIXTURES = path.resolve('tests/fixtures/pages');
/** The highlight's host element (utils/capture/highlight/overlay.ts): the boxes are in its closed shadow root. */
const HIGHLIGHT = 'crm-capture-highlight';

test.describe.configure({ timeout: 90_000 });

/** Serves a page from 127.0.0.1 (the e2e build may inject there) and opens it in a tab. */
async function openPage(context: BrowserContext, worker: Worker, url: string, body: string | Buffer): Promise<{ page: Page; tabId: number }> {
  await context.route(url, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
  const page = await context.newPage();
  return { page, tabId: await PopupPage.openTab(page, worker, url) };
}

const fixture = (file: string) => readFileSync(path.join(FIXTURES, file));

/** A field's provenance badge, on its label line. */
const badgeOf = (popup: PopupPage, label: string): Locator => popup.page.locator('.field', { has: popup.field(label) }).locator('.origin');
const answerOf = (popup: PopupPage, label: string): Locator => popup.page.locator('.field', { has: popup.field(label) }).getByRole('status');
const showButtonOf = (popup: PopupPage, label: string): Locator => popup.page.locator('.field', { has: popup.field(label) }).getByRole('button', { name: /^Show .* on the page$/ });

async function popupFor(context: BrowserContext, worker: Worker, extensionPage: (pathname: string) => Promise<Page>, origin: string, file: string) {
  const { page, tabId } = await openPage(context, worker, `${origin}/pages/${file}`, fixture(file));
  const popup = new PopupPage(await extensionPage(`popup.html?tab=${tabId}`));
  await popup.field('Name').waitFor();
  return { popup, page };
}

/** The outline appears over the value, then goes away by itself. */
async function expectOutlineComesAndGoes(frame: Page | Frame): Promise<void> {
  await expect(frame.locator(HIGHLIGHT)).toHaveCount(1);
  await expect(frame.locator(HIGHLIGHT)).toHaveCount(0, { timeout: 10_000 });
}

test('each source kind says where the value came from and how sure it is', async ({ context, worker, syncro, extensionPage, connect }) => {
  await connect(['Syncro']);
  // [fixture, field, source:detail, confidence]: read from each fixture's markup.
  const cases: [string, string, string, string][] = [
    ['profile.html', 'Phone', 'links:tel', 'high'],
    ['profile.html', 'Email', 'links:mailto', 'high'],
    ['hidden-elements.html', 'Phone 2', 'links:wa', 'high'],
    ['jsonld-person-profile.html', 'Phone', 'jsonld', 'high'],
    ['microdata.html', 'Phone', 'microdata', 'high'],
    ['h-card.html', 'Phone', 'hcard', 'high'],
    // The site's owner (Bella Napoli) is who these two unnamed numbers belong to: that counts as attributed.
    ['pizzaria-single-business.html', 'Phone 2', 'text:whatsapp', 'high'],
    ['fale-conosco.html', 'Phone 2', 'text:service', 'high'],
    ['pizzaria-single-business.html', 'Phone', 'text', 'medium'],
    ['cloudflare-emails.html', 'Email', 'text:cf', 'medium'],
    ['mailto-links.html', 'Name', 'links:site', 'low'],
  ];
  for (const file of new Set(cases.map(([file]) => file))) {
    const checks = cases.filter(([other]) => other === file);
    const { popup, page } = await popupFor(context, worker, extensionPage, syncro.origin, file);
    for (const [, label, origin, confidence] of checks) {
      const badge = badgeOf(popup, label);
      await expect(badge, `${file} ${label}`).toHaveAttribute('data-origin', origin);
      await expect(badge, `${file} ${label}`).toHaveAttribute('data-confidence', confidence);
    }
    await popup.page.close();
    await page.close();
  }
});

test('the tooltip names the source and the confidence; a typed value has no badge', async ({ context, worker, syncro, extensionPage, connect }) => {
  await connect(['Syncro']);
  const { popup } = await popupFor(context, worker, extensionPage, syncro.origin, 'profile.html');
  await expect(badgeOf(popup, 'Phone')).toHaveAttribute('title', 'From a tel: link; high confidence.');
  await expect(badgeOf(popup, 'Phone')).toContainText('tel:');
  await popup.field('Phone').fill('(11) 3333-0000');
  await expect(badgeOf(popup, 'Phone')).toHaveCount(0);
});

test('show on page outlines a visible value, then removes the outline', async ({ context, worker, syncro, extensionPage, connect }) => {
  await connect(['Syncro']);
  const { popup, page } = await popupFor(context, worker, extensionPage, syncro.origin, 'profile.html');
  await showButtonOf(popup, 'Email').click();
  await expect(answerOf(popup, 'Email')).toHaveText('Shown on the page.');
  await expectOutlineComesAndGoes(page);
});

test('a value only in the structured data says it cannot be shown', async ({ context, worker, syncro, extensionPage, connect }) => {
  await connect(['Syncro']);
  const { popup, page } = await popupFor(context, worker, extensionPage, syncro.origin, 'jsonld-local-business.html');
  // (21) 2555-0124 is only in the page's JSON-LD; the page shows 2555-0123.
  await expect(popup.field('Phone 2')).toHaveValue(/2555-0124/);
  await showButtonOf(popup, 'Phone 2').click();
  await expect(answerOf(popup, 'Phone 2')).toHaveText("Not visible on the page; it is only in the page's structured data.");
  await expect(page.locator(HIGHLIGHT)).toHaveCount(0);
});

/** A person in JSON-LD whose number a web component shows in its open shadow root, and whose e-mail a same-origin iframe shows. */
const COMPONENT_PAGE = `<!doctype html><html lang="pt-BR"><head><title>Equipe — Studio Lume</title>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Person","name":"Helena Duarte","telephone":"+55 21 99123-4567","email":"helena@studiolume.example"}</script>
</head><body><h1>Helena Duarte</h1><div style="height:1500px"></div>
<contact-card><template shadowrootmode="open"><p>Ligue: <span>(21) 99123-4567</span></p></template></contact-card>
<div style="height:1500px"></div>
<iframe src="/team/frame.html" style="width:400px;height:120px"></iframe>
</body></html>`;
const FRAME_PAGE = `<!doctype html><html><body><p>E-mail: helena@studiolume.example</p></body></html>`;

test('show on page finds values inside an open shadow root and a same-origin iframe', async ({ context, worker, syncro, extensionPage, connect }) => {
  await connect(['Syncro']);
  await context.route(`${syncro.origin}/team/frame.html`, (route) => route.fulfill({ body: FRAME_PAGE, contentType: 'text/html; charset=utf-8' }));
  const { page, tabId } = await openPage(context, worker, `${syncro.origin}/team/`, COMPONENT_PAGE);
  const popup = new PopupPage(await extensionPage(`popup.html?tab=${tabId}`));
  await expect(popup.field('Phone')).toHaveValue(/99123-4567/);

  await showButtonOf(popup, 'Phone').click();
  await expect(answerOf(popup, 'Phone')).toHaveText('Shown on the page.');
  await expectOutlineComesAndGoes(page);

  await showButtonOf(popup, 'Email').click();
  await expect(answerOf(popup, 'Email')).toHaveText('Shown on the page.');
  const frame = page.frames().find((candidate) => candidate.url().endsWith('/team/frame.html'))!;
  await expectOutlineComesAndGoes(frame);
});
