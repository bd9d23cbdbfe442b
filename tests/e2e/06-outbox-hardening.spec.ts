import { DEMO_KEYS } from '../mock-crm';
import { expect, test } from './outbox-fixtures';
import { creates, job, outboxStatus, person, saveRecord, waitUntilDelivered } from './outbox-helpers';

// Issue 13 on the built extension, against the mock CRMs: what a CRM (or whatever sits in front
// of it) answers never makes the outbox send a record twice, leak the key, spin, or drop the
// rep's fields silently; what it cannot settle waits for the user on the capture history.

const emptySearch = { success: true, data: [], meta: { total: 0, has_more: false } };

test.describe('outbox: hostile and odd answers', () => {
  test('a 201 we cannot read while the search lags: one lead, "saved, link unknown" in the history', async ({ outboxPage: page, extensionPage, syncro }) => {
    syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'reply-after-commit', status: 201, body: { success: true, data: { lead_id: 1 } } } });
    syncro.inject({ method: 'GET', path: '/leads', fault: { kind: 'status', status: 200, body: emptySearch } });
    await saveRecord(page, job('syncro', 1));
    await waitUntilDelivered(page, 20_000);
    expect(syncro.leads).toHaveLength(1);
    expect(creates(syncro.requests, '/leads')).toHaveLength(1);
    const history = await extensionPage('captures.html');
    const row = history.getByRole('row').filter({ hasText: 'Pessoa Teste 1' });
    await expect(row).toContainText('Saved');
    await expect(row).toContainText('Syncro did not say which record it is; look for it there by phone or e-mail.');
    await expect(row.getByRole('link')).toHaveCount(0);
  });

  test('a 307 to another host: the other host gets neither the key nor the lead; delivered once to Syncro', async ({ outboxPage: page, syncro, synax }) => {
    syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'status', status: 307, headers: { Location: `${synax.origin}/api/v1/leads` } } });
    const first = await saveRecord(page, job('syncro', 2));
    expect(first).toMatchObject({ state: 'retrying', lastError: { code: 'network' } });
    await waitUntilDelivered(page, 15_000);
    expect(synax.requests.filter((request) => request.path.endsWith('/leads') || request.headers['x-api-key'] === DEMO_KEYS.syncro)).toEqual([]);
    expect(syncro.leads.map((lead) => lead.phone)).toEqual([person(2).phone]);
  });

  test('a 429 asking for 30 days holds an hour at most, without spinning; "Send now" lifts it', async ({ outboxPage: page, extensionPage, worker, syncro }) => {
    syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'status', status: 429, headers: { 'Retry-After': '2592000' } } });
    const held = await saveRecord(page, job('syncro', 3));
    expect(held).toMatchObject({ state: 'retrying', lastError: { code: 'rate_limited', retryAfterSeconds: 3600 } });
    expect(held.nextAttemptAt! - Date.now()).toBeLessThanOrEqual(3_602_000);
    const alarm = await worker.evaluate(async () => (await chrome.alarms.get('outbox-retry'))?.scheduledTime ?? null);
    expect(alarm! - Date.now()).toBeGreaterThan(3_500_000);
    const requests = syncro.requests.length;
    await page.waitForTimeout(1_500);
    expect(syncro.requests.length).toBe(requests);

    const history = await extensionPage('captures.html');
    const waiting = history.getByRole('region', { name: 'Waiting to be sent' });
    await waiting.getByRole('row').filter({ hasText: 'Pessoa Teste 3' }).getByRole('button', { name: 'Send now' }).click();
    await waitUntilDelivered(page, 10_000);
    expect(syncro.leads).toHaveLength(1);
  });

  test('an unknown 4xx is a refusal: "needs you" with the CRM’s own words, not retried', async ({ outboxPage: page, extensionPage, syncro }) => {
    syncro.inject({ method: 'POST', path: '/leads', times: 1, fault: { kind: 'status', status: 400, body: { message: 'O campo origem é inválido.' } } });
    expect(await saveRecord(page, job('syncro', 4))).toMatchObject({ state: 'needs_attention', lastError: { code: 'refused', status: 400 } });
    await page.waitForTimeout(1_500);
    expect(creates(syncro.requests, '/leads')).toHaveLength(1);
    const history = await extensionPage('captures.html');
    const row = history.getByRole('region', { name: 'Waiting to be sent' }).getByRole('row').filter({ hasText: 'Pessoa Teste 4' });
    await expect(row).toContainText('Needs you');
    await expect(row).toContainText('Syncro refused the request (HTTP 400): O campo origem é inválido.');
  });

  test('the popup could not check and the outbox finds a colleague’s lead: "already in Syncro", then Update from the history', async ({
    outboxPage: page,
    extensionPage,
    syncro,
  }) => {
    const { phone } = person(5);
    const colleague = await fetch(`${syncro.baseUrl}/leads`, {
      method: 'POST',
      headers: { 'X-API-Key': DEMO_KEYS.syncro, 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Lead antigo', phone, pipeline_id: 1, stage_id: 5 }),
    }).then((answer) => answer.json() as Promise<{ lead: { id: number } }>);
    const deliveryId = crypto.randomUUID();
    const reply = await page.evaluate(async ({ record }) => chrome.runtime.sendMessage({ id: 1, type: 'SAVE_RECORD', data: record, timestamp: Date.now() }), {
      record: { ...job('syncro', 5), deliveryId, checkDuplicates: true },
    });
    expect(reply).toMatchObject({ res: { ok: true, data: { state: 'needs_attention', reason: 'duplicate', matches: [{ id: String(colleague.lead.id) }] } } });
    expect(creates(syncro.requests, '/leads')).toHaveLength(1); // the colleague's only

    const history = await extensionPage('captures.html');
    const row = history.getByRole('region', { name: 'Waiting to be sent' }).getByRole('row').filter({ hasText: 'Pessoa Teste 5' });
    await expect(row).toContainText('Already in Syncro, as a record you have not seen');
    await expect(row.getByRole('link', { name: 'Open Lead antigo in Syncro' })).toHaveAttribute('href', /\/leads\/\d+$/);
    await expect(row.getByRole('button', { name: 'Create anyway' })).toBeVisible();
    await row.getByRole('button', { name: 'Update Lead antigo' }).click();
    await waitUntilDelivered(page, 10_000);
    expect((await outboxStatus(page, [deliveryId])).deliveries[0]).toMatchObject({ state: 'delivered', via: 'updated' });
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.leads[0]).toMatchObject({ name: 'Pessoa Teste 5', tags: ['outbox-e2e'] });
  });
});
