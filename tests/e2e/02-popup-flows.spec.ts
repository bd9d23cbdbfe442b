import { expect, test } from './popup-fixtures';
import { handCapture } from './popup-capture';
import { PopupPage } from './pages/popup-page';

test.describe('popup: around the form', () => {
  test('a handed capture prefills the best contact; the others are one click away', async ({ connect, openPopup, worker, synax }) => {
    await connect(['Synax']);
    const popup = await openPopup(await handCapture(worker, 'e2e-handed-1'));
    await expect(popup.field('Name')).toHaveValue('Maria Souza');
    await expect(popup.field('Company')).toHaveValue('Padaria Sol Nascente');
    await expect(popup.field('Source')).toHaveValue('padariasol.example');
    const contacts = popup.page.getByRole('region', { name: /Contacts on this page/ });
    await expect(contacts.getByRole('button')).toHaveCount(3);

    await contacts.getByRole('button', { name: /João Pereira/ }).click();
    await expect(popup.field('Name')).toHaveValue('João Pereira');
    await expect(popup.field('Phone')).toHaveValue('(11) 91234-5678');
    await expect(popup.field('Phone 2')).toHaveValue('(11) 3456-7890');
    await expect(popup.field('Email')).toHaveValue('');
    await popup.save();
    await expect(popup.status).toContainText('Saved to Synax: João Pereira.');
    // Synax keeps one phone; the other goes into the notes (synax map: custom_fields.notas).
    expect(synax.contacts[0]).toMatchObject({ phone: '+5511912345678', custom_fields: { empresa: 'Padaria Sol Nascente', notas: 'Other phones: +551134567890' } });
  });

  test('with no CRM connected, the popup says so and opens the settings', async ({ extensionPage, tabId, context }) => {
    const popup = new PopupPage(await extensionPage(`popup.html?tab=${tabId}`));
    await expect(popup.page.getByText('No CRM is connected yet.')).toBeVisible();
    const options = context.waitForEvent('page');
    await popup.button('Open settings').click();
    await expect(await options).toHaveURL(/options\.html/);
  });

  test('Esc closes the popup', async ({ connect, openPopup }) => {
    await connect(['Synax']);
    const popup = await openPopup();
    await popup.field('Notes').focus();
    // The page closes while the key is still being pressed, so the press itself may report it.
    await Promise.all([popup.page.waitForEvent('close'), popup.page.keyboard.press('Escape').catch(() => undefined)]);
    expect(popup.page.isClosed()).toBe(true);
  });

  test('pipelines are cached, and refresh brings new custom fields', async ({ connect, openPopup, syncro }) => {
    await connect(['Syncro']);
    const first = await openPopup();
    await first.syncroReady();
    await first.page.close();
    const second = await openPopup();
    await second.syncroReady();
    expect(syncro.requests.filter((request) => request.path === '/pipelines')).toHaveLength(1);

    syncro.customFields.push({ id: 9, name: 'cnpj', label: 'CNPJ', field_type: 'text', options: [], is_required: false, is_active: true, show_on_card: false, sort_order: 9 });
    await second.button('Refresh pipelines and fields').click();
    await expect(second.field('CNPJ')).toBeVisible();
    expect(syncro.requests.filter((request) => request.path === '/pipelines')).toHaveLength(2);
  });

  test('the history lists every save, with its tries, and finds them by name or phone', async ({ connect, openPopup, extensionPage, synax }) => {
    await connect(['Synax']);
    // Issue 6: a 500 no longer fails the save. It waits in the outbox and is retried by itself,
    // so the history has one line for it (saved, after 2 attempts) instead of "failed" + "saved".
    synax.inject({ method: 'POST', path: '/contacts', times: 1, fault: { kind: 'status', status: 500 } });
    const popup = await openPopup();
    await popup.save();
    await expect(popup.status).toContainText('Synax: not saved yet. Synax is having problems (HTTP 500).');
    await expect(popup.status).toContainText('Saved to Synax', { timeout: 10_000 });
    expect(synax.contacts).toHaveLength(1);

    const history = await extensionPage('captures.html');
    const rows = history.getByRole('row');
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(1)).toContainText('Maria Souza');
    await expect(rows.nth(1).getByRole('link', { name: 'Open in Synax' })).toHaveAttribute('href', /\/crm\/contacts\//);
    await expect(rows.nth(1)).toContainText('After 2 attempts');
    await expect(rows.nth(1)).toContainText('Last problem: Synax is having problems (HTTP 500).');
    await history.getByLabel('Search').fill('98765 4321');
    await expect(rows).toHaveCount(2);
    await history.getByLabel('Search').fill('joao');
    await expect(history.getByRole('status')).toHaveText('No captures match “joao”.');
  });
});

test.describe('popup in Portuguese', () => {
  test.use({ lang: 'pt-BR' });

  test('speaks pt-BR when the browser does', async ({ connect, openPopup }) => {
    await connect(['Syncro']);
    const popup = await openPopup();
    await expect(popup.page.getByRole('button', { name: 'Salvar no CRM' })).toBeVisible();
    await expect(popup.page.getByLabel('Nome', { exact: true })).toHaveValue('Maria Souza');
    await expect(popup.page.getByRole('group', { name: 'Destino' })).toBeVisible();
    await popup.page.getByLabel('Telefone', { exact: true }).fill('123');
    await popup.page.getByRole('button', { name: 'Salvar no CRM' }).click();
    expect(await new PopupPage(popup.page).problemOf(popup.page.getByLabel('Telefone', { exact: true }))).toContain('Telefone inválido.');
  });
});
