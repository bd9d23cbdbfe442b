import { expect, test } from './outbox-fixtures';
import { creates, job, outboxStatus, saveRecord } from './outbox-helpers';

// Issue 6: a save the CRM refuses waits for the user — badge, notification, and the capture
// history, where it is fixed and sent again, or discarded.

test.describe('outbox: saves that need the user', () => {
  test('badge and notification; fixed and resent from the history, or discarded', async ({ outboxPage: page, extensionPage, worker, synax }) => {
    const refusal = { error: 'email: invalid format' };
    synax.inject({ method: 'POST', path: '/contacts', times: 2, fault: { kind: 'status', status: 400, body: refusal } });
    const [first, second] = [await saveRecord(page, job('synax', 1)), await saveRecord(page, job('synax', 2))];
    expect([first.state, second.state]).toEqual(['needs_attention', 'needs_attention']);
    // Not retried by itself: a refusal waits for the user.
    await page.waitForTimeout(1_500);
    expect(creates(synax.requests, '/contacts')).toHaveLength(2);

    const badge = () => worker.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), color: await chrome.action.getBadgeBackgroundColor({}) }));
    await expect.poll(badge).toEqual({ text: '2', color: [197, 34, 31, 255] });
    // No popup said it showed these refusals: one notification, after the popup's grace (5 s).
    await expect.poll(() => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())), { timeout: 10_000 }).toEqual(['outbox-attention']);

    const history = await extensionPage('captures.html');
    const waiting = history.getByRole('region', { name: 'Waiting to be sent' });
    await expect(waiting).toContainText('2 waiting, 2 need you.');
    const row = (name: string) => waiting.getByRole('row').filter({ hasText: name });
    await expect(row('Pessoa Teste 1')).toContainText('Needs you');
    await expect(row('Pessoa Teste 1')).toContainText('Synax rejected the data: email: invalid format');

    // Fix the e-mail and send it again.
    await row('Pessoa Teste 1').getByRole('button', { name: 'Edit' }).click();
    const editor = history.getByRole('form', { name: 'Correct the details, then send again' });
    await expect(editor.getByLabel('Phone')).toHaveValue('(11) 90000-0001');
    await editor.getByLabel('Email').fill('not an e-mail');
    await editor.getByRole('button', { name: 'Save and send' }).click();
    await expect(editor.getByText('Not a valid e-mail address.')).toBeVisible();
    await editor.getByLabel('Email').fill('Pessoa.Um@Soak.Example');
    await editor.getByRole('button', { name: 'Save and send' }).click();

    // Discard the other (after confirming).
    await row('Pessoa Teste 2').getByRole('button', { name: 'Discard' }).click();
    await expect(row('Pessoa Teste 2')).toContainText('Discard this save? It will not be sent.');
    await row('Pessoa Teste 2').getByRole('button', { name: 'Discard' }).click();

    await expect(waiting).toHaveCount(0);
    const lines = history.getByRole('row');
    await expect(lines).toHaveCount(3);
    await expect(lines.filter({ hasText: 'Pessoa Teste 1' })).toContainText('Saved · Open in Synax');
    await expect(lines.filter({ hasText: 'Pessoa Teste 1' })).toContainText('After 2 attempts');
    await expect(lines.filter({ hasText: 'Pessoa Teste 2' })).toContainText('Discarded: Synax rejected the data: email: invalid format');
    expect(synax.contacts).toEqual([expect.objectContaining({ phone: '+5511900000001', email: 'pessoa.um@soak.example' })]);
    await expect.poll(badge).toMatchObject({ text: '' });
    expect((await outboxStatus(page)).pending).toBe(0);
  });
});
