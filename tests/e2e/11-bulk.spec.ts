import type { BrowserContext, Download, Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEMO_KEYS, type RecordedRequest } from '../mock-crm';
import { expect, test } from './popup-fixtures';
import { PopupPage } from './pages/popup-page';

/**
 * Issue 17, as a rep does it: a team page of 36 brokers (and the agency's switchboard), all
 * ticked but the switchboard, one name fixed inline, common fields chosen once, saved to both
 * CRMs where two of the brokers already are. The mocks count every request and refuse anything
 * over their limit (60 a window for Syncro, 300 for Synax); the window is 5 s instead of a
 * minute on both sides (e2ePacing), so the pacing shows in seconds.
 */
test.use({ lang: 'pt-BR' });
test.setTimeout(120_000);

const FIXTURE = 'team-directory.html';
const WINDOW_MS = 5_000;
const brokers = (
  JSON.parse(readFileSync(path.resolve('tests/fixtures/pages', FIXTURE.replace('.html', '.expected.json')), 'utf8')) as {
    contacts: { name: string; phones: string[]; emails: string[] }[];
  }
).contacts.slice(0, 36);
/** Already in both CRMs before the rep opens the page. */
const EXISTING = [brokers[4]!, brokers[20]!];

async function openFixture(context: BrowserContext, worker: Worker, origin: string): Promise<number> {
  const url = `${origin}/pages/${FIXTURE}`;
  await context.route(url, (route) => route.fulfill({ body: readFileSync(path.resolve('tests/fixtures/pages', FIXTURE)), contentType: 'text/html; charset=utf-8' }));
  return PopupPage.openTab(await context.newPage(), worker, url);
}

async function seed(baseUrl: string, crm: 'syncro' | 'synax', broker: (typeof brokers)[number]): Promise<void> {
  const [headers, pathname, body] =
    crm === 'syncro'
      ? [
          { 'X-API-Key': DEMO_KEYS.syncro },
          '/leads',
          { name: broker.name, phone: broker.phones[0], email: broker.emails[0], pipeline_id: 1, stage_id: 5, custom_fields: { origem_detalhe: 'anterior' } },
        ]
      : [{ Authorization: `Bearer ${DEMO_KEYS.synax}` }, '/contacts', { name: broker.name, phone: broker.phones[0], email: broker.emails[0] }];
  const answer = await fetch(`${baseUrl}${pathname}`, { method: 'POST', headers: { ...headers, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  expect(answer.status, `${crm} seed`).toBe(201);
}

/** The most requests the mock saw in any window starting at one of them. */
function busiestWindow(requests: RecordedRequest[]): number {
  const times = requests.map((request) => request.at);
  return Math.max(0, ...times.map((start) => times.filter((at) => at >= start && at < start + WINDOW_MS).length));
}

const lookups = (requests: RecordedRequest[], pathname: string) => requests.filter((request) => request.method === 'GET' && request.path === pathname);
const creates = (requests: RecordedRequest[], pathname: string) => requests.filter((request) => request.method === 'POST' && request.path === pathname);

async function downloaded(popup: Page, button: string): Promise<string> {
  const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: button, exact: true }).click()]);
  return readFileSync((await (download as Download).path())!, 'utf8');
}

test('36 brokers from a team page to both CRMs: one delivery each, the two already there left to the rep, paced under each limit, and exported', async ({
  context,
  worker,
  syncro,
  synax,
  extensionPage,
  connect,
}) => {
  await connect();
  await worker.evaluate((windowMs) => (globalThis as unknown as { e2ePacing: (ms: number) => void }).e2ePacing(windowMs), WINDOW_MS);
  syncro.setRateLimit(60, WINDOW_MS);
  synax.setRateLimit(300, WINDOW_MS);
  for (const broker of EXISTING) {
    await seed(syncro.baseUrl, 'syncro', broker);
    await seed(synax.baseUrl, 'synax', broker);
  }
  const seeded = { syncro: syncro.requests.length, synax: synax.requests.length };
  // The seeding went around the extension's pacer: let the mocks' window pass.
  await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));

  const tabId = await openFixture(context, worker, syncro.origin);
  const popup = await extensionPage(`popup.html?tab=${tabId}`);
  await popup.getByRole('button', { name: 'Salvar várias pessoas…' }).click();
  await expect(popup.getByRole('heading', { name: 'Pessoas nesta página (37)' })).toBeVisible();
  await expect(popup.getByText('37 marcadas')).toBeVisible();

  // The switchboard (37th, on the second page) is not a broker.
  await popup.getByRole('button', { name: 'Próxima' }).click();
  await popup.getByRole('checkbox', { name: 'Incluir pessoa 37', exact: true }).uncheck();
  await popup.getByRole('button', { name: 'Anterior' }).click();
  // One name fixed inline.
  await popup.getByRole('textbox', { name: 'Nome, pessoa 2', exact: true }).fill('Bruno Barros Filho');

  const destination = popup.getByRole('group', { name: 'Destino' });
  for (const crm of ['Syncro', 'Synax']) await destination.getByRole('checkbox', { name: crm, exact: true }).check();
  await popup.getByLabel('Origem (detalhe)').fill('Site — equipe');
  await popup.getByLabel('Etiquetas', { exact: true }).fill('equipe-horizonte');
  await popup.getByRole('button', { name: 'Salvar 36 pessoas' }).click();

  await expect(popup.getByText('Syncro: 34 criadas, 2 já existiam')).toBeVisible({ timeout: 90_000 });
  await expect(popup.getByText('Synax: 34 criadas, 2 já existiam')).toBeVisible();

  for (const [mock, pathname, seededCount] of [
    [syncro, '/leads', seeded.syncro],
    [synax, '/contacts', seeded.synax],
  ] as const) {
    const requests = mock.requests.slice(seededCount);
    // Each broker looked up by both forms of the mobile and the e-mail, then created once if new.
    expect(lookups(requests, pathname)).toHaveLength(36 * 3);
    expect(creates(requests, pathname)).toHaveLength(34);
    expect(requests.filter((request) => request.status === 429)).toEqual([]);
    expect(busiestWindow(requests)).toBeLessThanOrEqual(pathname === '/leads' ? 60 : 300);
  }
  expect(syncro.leads).toHaveLength(36);
  expect(synax.contacts).toHaveLength(36);
  const bruno = syncro.leads.find((lead) => lead.phone === brokers[1]!.phones[0]);
  expect(bruno).toMatchObject({ name: 'Bruno Barros Filho', email: brokers[1]!.emails[0], tags: ['equipe-horizonte'], custom_fields: { origem_detalhe: 'Site — equipe' } });
  expect(synax.contacts.find((contact) => contact.phone === brokers[1]!.phones[0])).toMatchObject({ name: 'Bruno Barros Filho', tags: ['equipe-horizonte'] });
  // Syncro needed more than one window: the pacer waited instead of being refused.
  const syncroRequests = syncro.requests.slice(seeded.syncro);
  expect(syncroRequests.at(-1)!.at - syncroRequests[0]!.at).toBeGreaterThan(WINDOW_MS);

  // The two already there: update one in each CRM, create the other anyway.
  const already = popup.getByRole('region', { name: 'Já está no CRM' });
  await expect(already.getByRole('listitem')).toHaveCount(4);
  const first = already.getByRole('listitem').filter({ hasText: `${EXISTING[0]!.name} · Syncro` });
  await expect(first.getByRole('link', { name: `Abrir ${EXISTING[0]!.name} no Syncro` })).toBeVisible();
  await first.getByRole('button', { name: 'Atualizar' }).click();
  await already
    .getByRole('listitem')
    .filter({ hasText: `${EXISTING[1]!.name} · Syncro` })
    .getByRole('button', { name: 'Criar mesmo assim' })
    .click();
  await expect(popup.getByText('Syncro: 35 criadas, 1 atualizada', { exact: true })).toBeVisible({ timeout: 15_000 });
  expect(syncro.leads).toHaveLength(37);
  expect(syncro.requests.slice(seeded.syncro).filter((request) => request.method === 'PUT')).toHaveLength(1);

  // Export what is ticked (the 36 brokers): CSV and vCard 4.0, phones in E.164.
  const csv = await downloaded(popup, 'CSV');
  const lines = csv
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('name,phone,other_phones,email,company');
  expect(lines).toHaveLength(37);
  expect(lines[1]).toBe(`${brokers[0]!.name},${brokers[0]!.phones[0]},,${brokers[0]!.emails[0]},`);
  expect(lines[2]).toBe(`Bruno Barros Filho,${brokers[1]!.phones[0]},,${brokers[1]!.emails[0]},`);
  const vcard = await downloaded(popup, 'vCard 4.0');
  expect(vcard.match(/BEGIN:VCARD\r\nVERSION:4\.0\r\n/g)).toHaveLength(36);
  expect(vcard).toContain(
    `FN:${brokers[35]!.name}\r\nN:${brokers[35]!.name.split(' ')[1]};${brokers[35]!.name.split(' ')[0]};;;\r\nTEL;VALUE=uri:tel:${brokers[35]!.phones[0]}\r\nEMAIL:${brokers[35]!.emails[0]}\r\nEND:VCARD\r\n`,
  );
});
