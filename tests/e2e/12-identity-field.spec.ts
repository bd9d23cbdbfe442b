import type { Page } from '@playwright/test';
import { SYNCRO_SCOPES } from '../mock-crm';
import { OptionsPage } from './pages/options-page';
import { PopupPage } from './pages/popup-page';
import { lastHandedCapture, WhatsappPage } from './pages/whatsapp-page';
import { expect, test } from './popup-fixtures';

const PICKER = 'Custom field for the WhatsApp username / ID';

/** The admin picks the Syncro field in the options (the list comes from the mock through the background). */
async function pickIdentityField(page: Page, label: string): Promise<void> {
  const options = new OptionsPage(page);
  const picker = options.section('Syncro').getByLabel(PICKER);
  await expect(picker).toBeEnabled();
  await picker.selectOption({ label });
  await expect(options.section('Syncro').getByText('Saved.', { exact: true })).toBeVisible();
}

/** The phoneless LID chat of 05-whatsapp (username `maria.lopez`), opened in the popup from the WhatsApp button. */
async function openLidChatPopup(context: Parameters<typeof WhatsappPage.open>[0], worker: Parameters<typeof lastHandedCapture>[0], extensionPage: (path: string) => Promise<Page>) {
  const whatsapp = await WhatsappPage.open(context, 'lid-username', '/', 'lid-username');
  await whatsapp.saveButton.click();
  await expect.poll(async () => (await lastHandedCapture(worker))?.capture.whatsapp?.phoneWhy).toBe('lid');
  const popup = new PopupPage(await extensionPage(`popup.html?capture=${(await lastHandedCapture(worker))!.id}`));
  await popup.syncroReady();
  return popup;
}

const leadPosts = (requests: { method: string; path: string; body: unknown }[]) => requests.filter((request) => request.method === 'POST' && request.path === '/leads');

test.describe('Syncro custom field for the WhatsApp username (issue 19)', () => {
  test('the admin maps a text field; a LID chat without a phone saves its @username there and in the notes', async ({ context, connect, worker, extensionPage, syncro }) => {
    await connect(['Syncro']);
    const options = await extensionPage('options.html');
    const picker = new OptionsPage(options).section('Syncro').getByLabel(PICKER);
    // Only active text fields: not the select, checkbox, number, currency, date or multiselect, nor the inactive text field.
    await expect(picker.locator('option')).toHaveText(['None (the username stays in the notes only)', 'Origem (detalhe) (origem_detalhe)']);
    await pickIdentityField(options, 'Origem (detalhe) (origem_detalhe)');
    await options.reload();
    await expect(picker).toHaveValue('origem_detalhe');

    const popup = await openLidChatPopup(context, worker, extensionPage);
    await expect(popup.field('Origem (detalhe)')).toHaveValue('@maria.lopez');
    await expect(popup.field('Notes')).toHaveValue('WhatsApp: @maria.lopez · wa-lid:203040506070811');
    await popup.save();
    await expect(popup.status).toContainText('Saved to Syncro: Maria.');
    const [post] = leadPosts(syncro.requests);
    expect(post?.body).toMatchObject({ name: 'Maria', notes: 'WhatsApp: @maria.lopez · wa-lid:203040506070811', custom_fields: { origem_detalhe: '@maria.lopez' } });
    expect(post?.body).not.toHaveProperty('phone');
    expect(syncro.leads.map((lead) => lead.custom_fields.origem_detalhe)).toEqual(['@maria.lopez']);
  });

  test('a field deactivated in Syncro since: the popup says so, sends nothing there, and the notes keep the username', async ({
    context,
    connect,
    worker,
    extensionPage,
    syncro,
  }) => {
    await connect(['Syncro']);
    const options = await extensionPage('options.html');
    await pickIdentityField(options, 'Origem (detalhe) (origem_detalhe)');
    syncro.customFields.find((field) => field.name === 'origem_detalhe')!.is_active = false;
    await options.reload();
    await expect(new OptionsPage(options).section('Syncro')).toContainText('The field “origem_detalhe” is no longer an active text field in Syncro');

    const popup = await openLidChatPopup(context, worker, extensionPage);
    await expect(popup.page.getByText('The Syncro field “origem_detalhe” chosen for the WhatsApp username is no longer active')).toBeVisible();
    await popup.save();
    await expect(popup.status).toContainText('Saved to Syncro: Maria.');
    const [post] = leadPosts(syncro.requests);
    expect(post?.body).toMatchObject({ notes: 'WhatsApp: @maria.lopez · wa-lid:203040506070811' });
    expect(post?.body).not.toHaveProperty('custom_fields');
  });

  test('a field deactivated after the popup read the fields: Syncro drops it silently, the popup says so and the notes keep the username', async ({
    context,
    connect,
    worker,
    extensionPage,
    syncro,
  }) => {
    await connect(['Syncro']);
    await pickIdentityField(await extensionPage('options.html'), 'Origem (detalhe) (origem_detalhe)');
    const popup = await openLidChatPopup(context, worker, extensionPage);
    await expect(popup.field('Origem (detalhe)')).toHaveValue('@maria.lopez');
    syncro.customFields.find((field) => field.name === 'origem_detalhe')!.is_active = false;
    await popup.save();
    await expect(popup.status).toContainText('Saved to Syncro: Maria.');
    await expect(popup.status).toContainText('Syncro did not keep the custom fields origem_detalhe: they were deleted or deactivated in Syncro');
    expect(leadPosts(syncro.requests)[0]?.body).toMatchObject({ custom_fields: { origem_detalhe: '@maria.lopez' } });
    expect(syncro.leads.map((lead) => [lead.notes, lead.custom_fields])).toEqual([['WhatsApp: @maria.lopez · wa-lid:203040506070811', {}]]);
  });

  test('a key without custom_fields:read, or no network: the options say why the list is missing', async ({ connect, extensionPage, syncro }) => {
    syncro.addKey({ key: 'crm_nocustomfields1234', scopes: SYNCRO_SCOPES.filter((scope) => scope !== 'custom_fields:read') });
    await connect(['Syncro'], { syncro: 'crm_nocustomfields1234' });
    const options = new OptionsPage(await extensionPage('options.html'));
    await expect(options.section('Syncro').getByRole('alert')).toHaveText(
      "Syncro's custom fields could not be loaded: The Syncro key lacks the “custom_fields:read” permission. Give the key that permission in Syncro, or create a new key with it. Try again",
    );
    await expect(options.section('Syncro').getByLabel(PICKER)).toHaveValue('');

    syncro.addKey({ key: 'crm_nocustomfields1234', scopes: [...SYNCRO_SCOPES] });
    // Connection dropped (the browser retries a dropped keep-alive request by itself, so every try drops).
    syncro.inject({ fault: { kind: 'drop' }, path: '/custom-fields' });
    await options.section('Syncro').getByRole('button', { name: 'Try again' }).click();
    await expect(options.section('Syncro').getByRole('alert')).toHaveText(
      "Syncro's custom fields could not be loaded: Could not reach Syncro. Check your connection, VPN or firewall, and the base URL. Try again",
    );
    syncro.clearFaults();
    await options.section('Syncro').getByRole('button', { name: 'Try again' }).click();
    await expect(options.section('Syncro').getByLabel(PICKER).locator('option')).toHaveCount(2);
  });
});
