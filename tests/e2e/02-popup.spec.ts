import { DEMO_KEYS, SYNCRO_SCOPES, type RecordedRequest } from '../mock-crm';
import { expect, test } from './popup-fixtures';

const posts = (requests: RecordedRequest[], path: string) => requests.filter((request) => request.method === 'POST' && request.path === path);

test.describe('popup: saving a capture', () => {
  test('a lead goes to Syncro with pipeline, stage, value and custom fields', async ({ connect, openPopup, syncro }) => {
    await connect(['Syncro']);
    const popup = await openPopup();
    await expect(popup.field('Name')).toHaveValue('Maria Souza');
    await expect(popup.field('Phone')).toHaveValue('(11) 98765-4321');
    await popup.syncroReady();
    await popup.field('Company').fill('Padaria Sol');
    await popup.button('Add phone').click();
    await popup.field('Phone 2').fill('11 3456-7890');
    await popup.field('Tags').fill('feira, vip');
    await popup.field('Stage').selectOption({ label: 'Qualificado' });
    await popup.field('Value').fill('2.500,00');
    await popup.field('Segmento').selectOption('Varejo');
    await popup.field('Origem (detalhe)').fill('Feira 2026');
    await popup.field('Aceita WhatsApp').check();
    await popup.field('Funcionários').fill('12');
    await popup.field('Ticket médio').fill('1.500,50');
    await popup.field('Data do contato').fill('2026-07-01');
    await popup.page.getByRole('group', { name: 'Interesses' }).getByLabel('Consultoria').check();
    await popup.save();

    await expect(popup.status).toContainText('Saved to Syncro: Maria Souza.');
    await expect(popup.openIn('Syncro')).toHaveAttribute('href', `${syncro.origin}/leads/901`);
    const [create] = posts(syncro.requests, '/leads');
    expect(create?.headers['x-api-key']).toBe(DEMO_KEYS.syncro);
    expect(create?.headers['content-type']).toBe('application/json');
    expect(create?.body).toEqual({
      name: 'Maria Souza',
      phone: '+5511987654321',
      email: 'maria@padariasol.example',
      company: 'Padaria Sol',
      notes: 'Other phones: +551134567890',
      source: '127.0.0.1',
      tags: ['feira', 'vip'],
      pipeline_id: 1,
      stage_id: 6,
      value: 2500,
      custom_fields: {
        segmento: 'Varejo',
        origem_detalhe: 'Feira 2026',
        aceita_whatsapp: true,
        funcionarios: 12,
        ticket_medio: 1500.5,
        data_contato: '2026-07-01',
        interesses: ['Consultoria'],
      },
    });
    // The duplicate lookup ran first, by phone (both BR mobile forms) and e-mail.
    const lookups = syncro.requests.filter((request) => request.method === 'GET' && request.path === '/leads').map((request) => request.query.q);
    expect(lookups).toEqual(['+5511987654321', '+551187654321', '+551134567890', 'maria@padariasol.example']);
    expect(syncro.leads[0]?.custom_fields).toMatchObject({ ticket_medio: 1500.5, interesses: ['Consultoria'] });
  });

  test('a contact goes to Synax with its temperature; Enter saves', async ({ connect, openPopup, synax }) => {
    await connect(['Synax']);
    const popup = await openPopup();
    await expect(popup.destination('Syncro')).toBeDisabled();
    await expect(popup.destination('Synax')).toBeChecked();
    await popup.field('Temperature').selectOption({ label: 'Hot' });
    await popup.field('Tags').fill('whatsapp');
    await popup.field('Name').press('Enter');

    await expect(popup.status).toContainText('Saved to Synax: Maria Souza.');
    const [create] = posts(synax.requests, '/contacts');
    expect(create?.headers.authorization).toBe(`Bearer ${DEMO_KEYS.synax}`);
    expect(create?.body).toEqual({
      phone: '+5511987654321',
      name: 'Maria Souza',
      email: 'maria@padariasol.example',
      temperature: 'hot',
      tags: ['whatsapp'],
      source: '127.0.0.1',
    });
    await expect(popup.openIn('Synax')).toHaveAttribute('href', `${synax.origin}/crm/contacts/${synax.contacts[0]?.id}`);
  });

  test('both CRMs at once: two independent records, each with its link', async ({ connect, openPopup, syncro, synax }) => {
    await connect();
    const popup = await openPopup();
    await popup.chooseDestinations('Syncro', 'Synax');
    await popup.syncroReady();
    await popup.field('Origem (detalhe)').fill('Site');
    await popup.field('Temperature').selectOption({ label: 'Cold' });
    await popup.save();

    await expect(popup.openIn('Syncro')).toBeVisible();
    await expect(popup.openIn('Synax')).toBeVisible();
    await expect(popup.status).toContainText('Saved to Syncro: Maria Souza.');
    await expect(popup.status).toContainText('Saved to Synax: Maria Souza.');
    expect(syncro.leads).toHaveLength(1);
    expect(synax.contacts).toHaveLength(1);
    expect(synax.contacts[0]).toMatchObject({ temperature: 'cold', phone: '+5511987654321' });
    await expect(popup.alert).toHaveCount(0);
  });

  test('a required custom field is enforced before any request', async ({ connect, openPopup, syncro }) => {
    await connect(['Syncro']);
    const popup = await openPopup();
    await popup.syncroReady();
    await popup.save();
    const origin = popup.field('Origem (detalhe)');
    await expect(origin).toHaveAttribute('aria-invalid', 'true');
    await expect(origin).toBeFocused();
    expect(await popup.problemOf(origin)).toContain('Required.');
    expect(syncro.requests.filter((request) => request.path === '/leads')).toHaveLength(0);

    await origin.fill('Indicação');
    await expect(origin).not.toHaveAttribute('aria-invalid', 'true');
    await popup.save();
    await expect(popup.status).toContainText('Saved to Syncro');
    expect(syncro.leads[0]?.custom_fields.origem_detalhe).toBe('Indicação');
  });

  test('an invalid phone is blocked inline, and a valid one is shown formatted', async ({ connect, openPopup, syncro, synax }) => {
    await connect(['Synax']);
    const popup = await openPopup();
    const phone = popup.field('Phone');
    await phone.fill('12345');
    await popup.field('Email').fill('maria@');
    await popup.save();
    await expect(phone).toHaveAttribute('aria-invalid', 'true');
    await expect(phone).toBeFocused();
    expect(await popup.problemOf(phone)).toContain('Not a valid phone number.');
    await expect(popup.field('Email')).toHaveAttribute('aria-invalid', 'true');
    expect(synax.requests).toHaveLength(0);
    expect(syncro.requests).toHaveLength(0);

    await phone.fill('+1 415 555 2671');
    await phone.blur();
    await expect(phone).toHaveValue('+1 415 555 2671');
    await phone.fill('21998765432');
    await phone.blur();
    await expect(phone).toHaveValue('(21) 99876-5432');
    await expect(phone).not.toHaveAttribute('aria-invalid', 'true');
  });

  test('a duplicate is offered: open it, update it instead, or create anyway', async ({ connect, openPopup, syncro }) => {
    await connect(['Syncro']);
    const first = await openPopup();
    await first.syncroReady();
    await first.field('Origem (detalhe)').fill('Site');
    await first.save();
    await expect(first.status).toContainText('Saved to Syncro');
    await first.page.close();

    const popup = await openPopup();
    await popup.syncroReady();
    await popup.field('Origem (detalhe)').fill('Feira');
    await popup.field('Notes').fill('Met again at the fair');
    await popup.save();
    const offer = popup.page.getByRole('region', { name: 'Syncro already has this person' });
    await expect(offer.getByRole('link', { name: 'Open Maria Souza in Syncro' })).toHaveAttribute('href', `${syncro.origin}/leads/901`);
    await expect(offer.getByRole('button', { name: 'Create anyway' })).toBeVisible();
    expect(posts(syncro.requests, '/leads')).toHaveLength(1);

    await offer.getByRole('button', { name: 'Update instead' }).click();
    await expect(popup.status).toContainText('Updated in Syncro: Maria Souza.');
    const update = syncro.requests.find((request) => request.method === 'PUT' && request.path === '/leads/901');
    expect(update?.body).toMatchObject({ name: 'Maria Souza', notes: 'Met again at the fair', custom_fields: { origem_detalhe: 'Feira' } });
    expect(syncro.leads).toHaveLength(1);
    expect(syncro.leads[0]?.notes).toBe('Met again at the fair');
  });

  test('a key without leads:write gets the missing-scope message', async ({ connect, openPopup, syncro }) => {
    const key = 'crm_noleadswrite12345';
    syncro.addKey({ key, scopes: SYNCRO_SCOPES.filter((scope) => scope !== 'leads:write') });
    await connect(['Syncro'], { syncro: key });
    const popup = await openPopup();
    await popup.syncroReady();
    await popup.field('Origem (detalhe)').fill('Site');
    await popup.save();
    await expect(popup.alert).toHaveText('The Syncro key lacks the “leads:write” permission. Give the key that permission in Syncro, or create a new key with it.');
    expect(syncro.leads).toHaveLength(0);
  });

  test('a field the CRM rejects (422) is shown on that field', async ({ connect, openPopup, syncro }) => {
    await connect(['Syncro']);
    syncro.inject({
      method: 'POST',
      path: '/leads',
      times: 1,
      fault: { kind: 'status', status: 422, body: { message: 'The email has already been taken.', errors: { email: ['The email has already been taken.'] } } },
    });
    const popup = await openPopup();
    await popup.syncroReady();
    await popup.field('Origem (detalhe)').fill('Site');
    await popup.save();
    await expect(popup.alert).toContainText('Syncro rejected the data: The email has already been taken.');
    const email = popup.field('Email');
    await expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(await popup.problemOf(email)).toContain('Syncro: The email has already been taken.');

    await email.fill('maria.souza@padariasol.example');
    await popup.save();
    await expect(popup.status).toContainText('Saved to Syncro');
    expect(syncro.leads[0]?.email).toBe('maria.souza@padariasol.example');
  });

  test('the draft survives a closed popup, and is gone once saved', async ({ connect, openPopup, synax }) => {
    await connect(['Synax']);
    const popup = await openPopup();
    await popup.field('Name').fill('Maria S. Souza');
    await popup.field('Notes').fill('Wants a quote for 200 loaves');
    await popup.field('Temperature').selectOption({ label: 'Hot' });
    await expect(popup.page.getByText('Draft kept')).toBeVisible();
    await popup.page.close();

    const reopened = await openPopup();
    await expect(reopened.field('Name')).toHaveValue('Maria S. Souza');
    await expect(reopened.field('Notes')).toHaveValue('Wants a quote for 200 loaves');
    await expect(reopened.field('Temperature')).toHaveValue('hot');
    await expect(reopened.page.getByText('Your unsaved draft for this tab was restored.')).toBeVisible();
    await reopened.save();
    await expect(reopened.status).toContainText('Saved to Synax: Maria S. Souza.');
    await reopened.page.close();

    const fresh = await openPopup();
    await expect(fresh.field('Name')).toHaveValue('Maria Souza');
    await expect(fresh.field('Notes')).toHaveValue('');
    expect(synax.contacts).toHaveLength(1);
  });
});
