import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe } from 'vitest';
import { SYNCRO_SCOPES, type RecordedRequest } from '../mock-crm';
import type { FirefoxSession } from './harness/firefox';
import { serveFixtures, type StaticServer } from './harness/static-server';
import { connectCrms } from './connect';
import { eventually, expect, test } from './fixtures';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { byName, byRole, click, control } from './pages/query';

// The Chromium scenarios of tests/e2e/07-follow-up.spec.ts (issue 16), in Firefox ESR: a follow-up
// task (Syncro) or a deal (Synax) saved with the record, through the outbox.

/** The contact page of tests/e2e/popup-fixtures.ts, served on loopback (the e2e build may read it). */
const CONTACT_PAGE_HTML = `<!doctype html><html lang="pt-BR"><head><title>Fale conosco — Padaria Sol</title></head>
<body><h1>Fale conosco</h1><p>Maria Souza — WhatsApp (11) 98765-4321 — maria@padariasol.example</p></body></html>`;

const DEAL_BLOCK = '[data-block="deal"]';

const posts = (requests: RecordedRequest[], path: string) => requests.filter((request) => request.method === 'POST' && request.path === path);

let contactDir: string;
let contactPages: StaticServer;
beforeAll(async () => {
  contactDir = mkdtempSync(path.join(tmpdir(), 'crm-capture-contact-'));
  writeFileSync(path.join(contactDir, 'contato.html'), CONTACT_PAGE_HTML);
  contactPages = await serveFixtures(contactDir);
});
afterAll(async () => {
  await contactPages.close();
  rmSync(contactDir, { recursive: true, force: true });
});

/** Opens the contact page in a tab and the popup for that tab, once it has read Maria Souza from it. */
async function openPopup(firefox: FirefoxSession, tabId?: number): Promise<{ popup: PopupPage; tabId: number }> {
  tabId ??= (await firefox.openTab(`${contactPages.origin}/contato.html`)).tabId;
  const popup = new PopupPage(await firefox.openExtensionPage(`popup.html?tab=${tabId}`));
  await eventually(() => popup.value('Name')).toBe('Maria Souza');
  return { popup, tabId };
}

/** The rep's calendar day `days` from today, as the popup's quick picks count it (the browser's time zone). */
const dayFromToday = (popup: PopupPage, days: number) =>
  popup.page.evaluate((plus) => {
    const day = new Date();
    day.setDate(day.getDate() + plus);
    return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  }, days);

const bodyText = (popup: PopupPage) => popup.page.$eval('body', (body) => (body as HTMLElement).innerText);

async function linkHref(popup: PopupPage, name: string): Promise<string | null> {
  const link = await popup.page.$(byRole('link', name));
  return link ? link.evaluate((node) => node.getAttribute('href')) : null;
}

async function openTask(popup: PopupPage) {
  await (await popup.field('Add a follow-up task')).click();
  await eventually(() => popup.value('Subject')).toBe('Call Maria Souza');
}

// Each test launches its own Firefox and waits on the outbox: ~20 s alone, 30-45 s on a busy two-core machine.
describe('Firefox: follow-ups', { timeout: 120_000 }, () => {
  test('a lead with a follow-up task: created after the lead, with its id and every field', async ({ firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const { popup } = await openPopup(firefox);
    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'Feira');
    await openTask(popup);
    // The default subject follows the type until the rep types one.
    await popup.choose('Type', 'WhatsApp');
    await eventually(() => popup.value('Subject')).toBe('Message Maria Souza on WhatsApp');
    expect(await popup.value('Due date')).toBe(await dayFromToday(popup, 1));
    await click(popup.page, byRole('button', 'In 3 days'));
    const due = await dayFromToday(popup, 3);
    await eventually(() => popup.value('Due date')).toBe(due);
    await (await popup.field('Time (optional)')).type('1430');
    await eventually(() => popup.value('Time (optional)')).toBe('14:30');
    await popup.choose('Priority', 'High');
    await popup.choose('Assign to', 'Bruno Costa');
    await popup.fill('Task notes', 'Pediu orçamento');
    await popup.save();

    await eventually(() => popup.statusText()).toContain('Saved to Syncro: Maria Souza.');
    await eventually(() => bodyText(popup)).toContain('Task created: Task “Message Maria Souza on WhatsApp”');
    const leadId = syncro.leads[0]!.id;
    expect(await linkHref(popup, 'Open the task')).toBe(`${syncro.origin}/leads/${leadId}`);
    expect(posts(syncro.requests, '/tasks').map((request) => request.body)).toEqual([
      {
        subject: 'Message Maria Souza on WhatsApp',
        type: 'whatsapp',
        due_date: due,
        due_time: '14:30',
        priority: 'high',
        lead_id: leadId,
        assigned_to: 2,
        notes: 'Pediu orçamento',
      },
    ]);
    expect(syncro.tasks).toEqual([expect.objectContaining({ lead_id: leadId, subject: 'Message Maria Souza on WhatsApp', status: 'pending' })]);
    expect(syncro.requests.findIndex((request) => request.path === '/tasks')).toBeGreaterThan(
      syncro.requests.findIndex((request) => request.method === 'POST' && request.path === '/leads'),
    );

    // The history has the task as its own line, with its link.
    const history = new PopupPage(await firefox.openExtensionPage('captures.html'));
    await eventually(() => bodyText(history)).toContain('Task “Message Maria Souza on WhatsApp”');
    expect(await linkHref(history, 'Open the task')).toBe(`${syncro.origin}/leads/${leadId}`);
  });

  test('a task for an existing lead: "Update instead" puts it on that lead', async ({ firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const { popup: first, tabId } = await openPopup(firefox);
    await first.syncroReady();
    await first.fill('Origem (detalhe)', 'Site');
    await first.save();
    await eventually(() => first.statusText()).toContain('Saved to Syncro');
    await first.page.close();

    const { popup } = await openPopup(firefox, tabId);
    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'Feira');
    await openTask(popup);
    await popup.save();
    await click(popup.page, `${byRole('region', 'Syncro already has this person')} ${byRole('button', 'Update instead')}`);
    await eventually(() => popup.statusText()).toContain('Updated in Syncro: Maria Souza.');
    await eventually(() => bodyText(popup)).toContain('Task created: Task “Call Maria Souza”');
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.tasks).toEqual([expect.objectContaining({ lead_id: syncro.leads[0]!.id, subject: 'Call Maria Souza', type: 'call' })]);
  });

  test('a Synax contact with a deal in the chosen pipeline and stage', async ({ firefox, synax }) => {
    await connectCrms(firefox, { synax });
    const { popup } = await openPopup(firefox);
    await (await popup.field('Create a deal')).click();
    const dealField = (name: string) => control(popup.page, name, DEAL_BLOCK);
    const dealValue = async (name: string) => (await dealField(name)).evaluate((node) => (node as HTMLInputElement).value);
    await eventually(() => dealValue('Deal title')).toBe('Deal — Maria Souza');
    await popup.fill('Deal title', 'Proposta — Maria');
    await (await dealField('Value')).type('15.000');
    await eventually(() => dealValue('Pipeline')).toBe(synax.pipelines[0]!.id);
    const stage = synax.stages.find((candidate) => candidate.name === 'Proposta')!;
    const stageLabels = async () => (await dealField('Stage')).evaluate((node) => [...(node as HTMLSelectElement).options].map((option) => option.label));
    await eventually(stageLabels).toContain('Proposta');
    await (await dealField('Stage')).select(stage.id);
    await popup.save();

    await eventually(() => popup.statusText()).toContain('Saved to Synax: Maria Souza.');
    await eventually(() => bodyText(popup)).toContain('Deal created: Deal “Proposta — Maria”');
    expect(posts(synax.requests, '/deals').map((request) => request.body)).toEqual([
      { title: 'Proposta — Maria', value: 15000, contact_id: synax.contacts[0]!.id, stage_id: stage.id },
    ]);
    expect(synax.deals).toEqual([expect.objectContaining({ contact_id: synax.contacts[0]!.id, pipeline_id: stage.pipeline_id, status: 'open' })]);
  });

  test('a lead that failed first: the task waits, then is created once, after it, even when its own answer is a 502 after the write', async ({ firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const { popup } = await openPopup(firefox);
    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'Feira');
    await openTask(popup);
    syncro.inject({ fault: { kind: 'status', status: 503 }, times: 1, method: 'POST', path: '/leads' });
    // The task is stored but answered with a 502: its retry must look it up, not create it again.
    syncro.inject({ fault: { kind: 'reply-after-commit', status: 502 }, times: 1, method: 'POST', path: '/tasks' });
    await popup.save();

    await eventually(() => popup.statusText(), 30_000).toContain('Saved to Syncro: Maria Souza.');
    await eventually(() => bodyText(popup), 30_000).toContain('Task created: Task “Call Maria Souza”');
    const leadPosts = posts(syncro.requests, '/leads');
    expect(leadPosts.map((request) => request.status)).toEqual([503, 201]);
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.tasks).toEqual([expect.objectContaining({ lead_id: syncro.leads[0]!.id })]);
    // After the lead: no task request before the lead's 201; then one create and one lookup by lead.
    const created = syncro.requests.indexOf(leadPosts[1]!);
    const taskRequests = syncro.requests.filter((request) => request.path === '/tasks');
    expect(taskRequests.every((request) => syncro.requests.indexOf(request) > created)).toBe(true);
    expect(taskRequests.map((request) => request.method)).toEqual(['POST', 'GET']);
    expect(taskRequests[1]?.query).toMatchObject({ lead_id: String(syncro.leads[0]!.id) });
  });

  test('a key without tasks:write: the block explains instead of offering fields', async ({ firefox, syncro }) => {
    const key = 'crm_notaskswrite12345';
    syncro.addKey({ key, scopes: SYNCRO_SCOPES.filter((scope) => scope !== 'tasks:write') });
    const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
    await options.connect('Syncro', key, syncro.baseUrl);
    expect(await options.testConnection('Syncro')).toContain('tasks:write');
    const { popup } = await openPopup(firefox);
    await (await popup.field('Add a follow-up task')).click();
    await eventually(() => popup.noteText()).toContain('Your Syncro key cannot create tasks (it lacks the tasks:write permission).');
    expect(await popup.page.$(byName('Subject'))).toBeNull();
  });
});
