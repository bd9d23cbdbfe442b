import { mkdirSync } from 'node:fs';
import { SYNCRO_SCOPES, type RecordedRequest, type SyncroMock } from '../mock-crm';
import { OptionsPage } from './pages/options-page';
import { expect, test } from './popup-fixtures';
import type { PopupPage } from './pages/popup-page';

// Issue 16: a follow-up task (Syncro) or a deal (Synax) saved with the record, through the outbox.

const posts = (requests: RecordedRequest[], path: string) => requests.filter((request) => request.method === 'POST' && request.path === path);

/** The rep's calendar day `days` from today, as the popup's quick picks count it (the browser's time zone). */
const dayFromToday = (popup: PopupPage, days: number) =>
  popup.page.evaluate((plus) => {
    const day = new Date();
    day.setDate(day.getDate() + plus);
    return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
  }, days);

async function openTask(popup: PopupPage) {
  await popup.page.getByRole('checkbox', { name: 'Add a follow-up task' }).check();
  await expect(popup.field('Subject')).toHaveValue('Call Maria Souza');
}

/** Saves Maria as a Syncro lead, then reopens the popup with a task and saves again: the duplicate offer, and the lead as first saved. */
async function offerTaskForExistingLead(openPopup: () => Promise<PopupPage>, syncro: SyncroMock) {
  const first = await openPopup();
  await first.syncroReady();
  await first.field('Origem (detalhe)').fill('Site');
  await first.save();
  await expect(first.status.first()).toContainText('Saved to Syncro');
  await first.page.close();
  const saved = structuredClone(syncro.leads[0]!);
  const popup = await openPopup();
  await popup.syncroReady();
  await popup.field('Origem (detalhe)').fill('Feira');
  await openTask(popup);
  await popup.save();
  return { popup, saved, offer: popup.page.getByRole('region', { name: 'Syncro already has this person' }) };
}

test.describe('follow-ups', () => {
  test('a lead with a follow-up task: created after the lead, with its id and every field', async ({ connect, openPopup, syncro, extensionPage }) => {
    await connect(['Syncro']);
    const popup = await openPopup();
    await popup.syncroReady();
    await popup.field('Origem (detalhe)').fill('Feira');
    await openTask(popup);
    // The default subject follows the type until the rep types one.
    await popup.field('Type').selectOption({ label: 'WhatsApp' });
    await expect(popup.field('Subject')).toHaveValue('Message Maria Souza on WhatsApp');
    await expect(popup.field('Due date')).toHaveValue(await dayFromToday(popup, 1));
    await popup.button('In 3 days').click();
    const due = await dayFromToday(popup, 3);
    await expect(popup.field('Due date')).toHaveValue(due);
    await popup.field('Time (optional)').fill('14:30');
    await popup.field('Priority').selectOption({ label: 'High' });
    await popup.field('Assign to').selectOption({ label: 'Bruno Costa' });
    await popup.field('Task notes').fill('Pediu orçamento');
    await popup.save();

    await expect(popup.status.first()).toContainText('Saved to Syncro: Maria Souza.');
    await expect(popup.page.getByText('Task created: Task “Message Maria Souza on WhatsApp”')).toBeVisible();
    await expect(popup.page.getByRole('link', { name: 'Open the task' })).toHaveAttribute('href', `${syncro.origin}/leads/901`);
    const leadId = syncro.leads[0]!.id;
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
    const history = await extensionPage('captures.html');
    await expect(history.getByText('Task “Message Maria Souza on WhatsApp”')).toBeVisible();
    await expect(history.getByRole('link', { name: 'Open the task' })).toHaveAttribute('href', `${syncro.origin}/leads/${leadId}`);
  });

  test('a task for an existing lead: "Update instead" puts it on that lead', async ({ connect, openPopup, syncro }) => {
    await connect(['Syncro']);
    const { popup, offer } = await offerTaskForExistingLead(openPopup, syncro);
    await offer.getByRole('button', { name: 'Update instead' }).click();
    await expect(popup.status.first()).toContainText('Updated in Syncro: Maria Souza.');
    await expect(popup.page.getByText('Task created: Task “Call Maria Souza”')).toBeVisible();
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.tasks).toEqual([expect.objectContaining({ lead_id: syncro.leads[0]!.id, subject: 'Call Maria Souza', type: 'call' })]);
  });

  test('a task alone for an existing lead: the lead is left as it is', async ({ connect, openPopup, syncro }) => {
    await connect(['Syncro']);
    const { popup, offer, saved: lead } = await offerTaskForExistingLead(openPopup, syncro);
    await offer.getByRole('button', { name: 'Leave it, only add the task' }).click();
    await expect(popup.status.first()).toContainText('Already saved to Syncro: Maria Souza.');
    await expect(popup.page.getByText('Task created: Task “Call Maria Souza”')).toBeVisible();
    expect(syncro.leads).toEqual([lead]);
    expect(syncro.requests.filter((request) => request.path.startsWith('/leads') && request.method !== 'GET')).toHaveLength(1);
    expect(posts(syncro.requests, '/tasks')).toHaveLength(1);
    expect(syncro.tasks).toEqual([expect.objectContaining({ lead_id: lead.id, subject: 'Call Maria Souza', type: 'call' })]);
  });

  test('a Synax contact with a deal in the chosen pipeline and stage', async ({ connect, openPopup, synax }) => {
    await connect(['Synax']);
    const popup = await openPopup();
    await popup.page.getByRole('checkbox', { name: 'Create a deal' }).check();
    await expect(popup.field('Deal title')).toHaveValue('Deal — Maria Souza');
    await popup.field('Deal title').fill('Proposta — Maria');
    await popup.field('Value').last().fill('15.000');
    await expect(popup.field('Pipeline')).toHaveValue(synax.pipelines[0]!.id);
    await popup.field('Stage').selectOption({ label: 'Proposta' });
    await popup.save();

    await expect(popup.status.first()).toContainText('Saved to Synax: Maria Souza.');
    await expect(popup.page.getByText('Deal created: Deal “Proposta — Maria”')).toBeVisible();
    const stage = synax.stages.find((candidate) => candidate.name === 'Proposta')!;
    expect(posts(synax.requests, '/deals').map((request) => request.body)).toEqual([
      { title: 'Proposta — Maria', value: 15000, contact_id: synax.contacts[0]!.id, stage_id: stage.id },
    ]);
    expect(synax.deals).toEqual([expect.objectContaining({ contact_id: synax.contacts[0]!.id, pipeline_id: stage.pipeline_id, status: 'open' })]);
  });

  test('a lead that failed first: the task waits, then is created once, after it, even when its own answer is a 502 after the write', async ({ connect, openPopup, syncro }) => {
    await connect(['Syncro']);
    const popup = await openPopup();
    await popup.syncroReady();
    await popup.field('Origem (detalhe)').fill('Feira');
    await openTask(popup);
    syncro.inject({ fault: { kind: 'status', status: 503 }, times: 1, method: 'POST', path: '/leads' });
    // The task is stored but answered with a 502: its retry must look it up, not create it again.
    // (Not a dropped connection: Chromium itself resends a POST whose reused connection dropped, see 06-outbox.spec.ts.)
    syncro.inject({ fault: { kind: 'reply-after-commit', status: 502 }, times: 1, method: 'POST', path: '/tasks' });
    await popup.save();

    await expect(popup.status.first()).toContainText('Saved to Syncro: Maria Souza.', { timeout: 20_000 });
    await expect(popup.page.getByText('Task created: Task “Call Maria Souza”')).toBeVisible({ timeout: 20_000 });
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

  test('a key without tasks:write: the block explains instead of offering fields', async ({ connect, openPopup, extensionPage, syncro }) => {
    syncro.addKey({ key: 'crm_notaskswrite12345', scopes: SYNCRO_SCOPES.filter((scope) => scope !== 'tasks:write') });
    await connect(['Syncro'], { syncro: 'crm_notaskswrite12345' });
    const options = new OptionsPage(await extensionPage('options.html'));
    await expect(await options.testConnection('Syncro')).toContainText('tasks:write');
    const popup = await openPopup();
    await popup.page.getByRole('checkbox', { name: 'Add a follow-up task' }).check();
    await expect(popup.page.getByRole('note')).toContainText('Your Syncro key cannot create tasks (it lacks the tasks:write permission).');
    await expect(popup.field('Subject')).toHaveCount(0);
  });
});

for (const { lang, code, task, deal } of [
  { lang: 'en-US', code: 'en', task: 'Add a follow-up task', deal: 'Create a deal' },
  { lang: 'pt-BR', code: 'pt-BR', task: 'Adicionar uma tarefa de acompanhamento', deal: 'Criar um negócio' },
]) {
  test.describe(`follow-up screenshots (${code})`, () => {
    test.use({ lang, viewport: { width: 432, height: 900 } });

    test(`the task and deal blocks, ${code}`, async ({ connect, openPopup }) => {
      mkdirSync('docs/screenshots', { recursive: true });
      await connect(['Syncro', 'Synax']);
      const popup = await openPopup();
      const page = popup.page;
      for (const name of ['Syncro', 'Synax']) await page.getByRole('checkbox', { name, exact: true }).check();
      await page.getByRole('checkbox', { name: task }).check();
      await page.getByRole('checkbox', { name: deal }).check();
      await page.locator('[data-block="follow-up-task"]').getByRole('option', { name: 'Bruno Costa' }).waitFor({ state: 'attached' });
      await page.locator('[data-block="deal"]').getByRole('option', { name: 'Proposta' }).waitFor({ state: 'attached' });
      // Tall enough that the sticky save bar covers neither block.
      await page.setViewportSize({ width: 432, height: await page.evaluate(() => document.documentElement.scrollHeight + 200) });
      for (const [block, name] of [
        ['follow-up-task', 'task'],
        ['deal', 'deal'],
      ] as const) {
        await page.locator(`[data-block="${block}"]`).screenshot({ path: `docs/screenshots/follow-up-${name}-${code}.png` });
      }
    });
  });
}
