import { DEMO_KEYS, SYNCRO_SCOPES } from '../mock-crm';
import { expect, test } from './extension';
import { OptionsPage } from './pages/options-page';

test.describe('options page: connecting the CRMs', () => {
  test('a good Syncro key shows the account, and the key is never shown again', async ({ extensionPage, syncro }) => {
    const options = new OptionsPage(await extensionPage('options.html'));
    await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
    await expect(options.apiKey('Syncro')).toHaveValue('');
    await expect(options.section('Syncro')).toContainText(`Saved key: ${DEMO_KEYS.syncro.slice(0, 8)}…`);

    const status = await options.testConnection('Syncro');
    await expect(status).toContainText('Connected to Loja Demo (scale plan).');
    const account = syncro.requests.find((request) => request.path === '/account');
    expect(account?.headers['x-api-key']).toBe(DEMO_KEYS.syncro);
    expect(account?.headers.authorization).toBeUndefined();

    await options.page.reload();
    await expect(options.section('Syncro')).toContainText('Connected to Loja Demo');
    expect(await options.page.content()).not.toContain(DEMO_KEYS.syncro);
  });

  test('a good Synax key connects with the Bearer header', async ({ extensionPage, synax }) => {
    const options = new OptionsPage(await extensionPage('options.html'));
    await options.connect('Synax', DEMO_KEYS.synax, synax.baseUrl);
    await expect(options.section('Synax')).toContainText(`Saved key: ${DEMO_KEYS.synax.slice(0, 10)}…`);
    await expect(await options.testConnection('Synax')).toContainText('Connected. The key works.');
    const list = synax.requests.find((request) => request.method === 'GET' && request.path === '/contacts');
    expect(list?.headers.authorization).toBe(`Bearer ${DEMO_KEYS.synax}`);
    expect(list?.query.limit).toBe('1');
  });

  test('a wrong key says so and what to do', async ({ extensionPage, syncro }) => {
    const options = new OptionsPage(await extensionPage('options.html'));
    await options.connect('Syncro', 'crm_wrongwrongwrong1234', syncro.baseUrl);
    await expect(await options.testConnection('Syncro')).toContainText('Syncro rejected the API key (wrong or revoked). Create a new key in Syncro and save it here.');
  });

  test('a key without a scope names the scope and what it blocks', async ({ extensionPage, syncro, synax }) => {
    syncro.addKey({ key: 'crm_noleadswrite12345', scopes: ['users:read', 'pipelines:read', 'custom_fields:read', 'leads:read'] });
    const options = new OptionsPage(await extensionPage('options.html'));
    await options.connect('Syncro', 'crm_noleadswrite12345', syncro.baseUrl);
    const status = await options.testConnection('Syncro');
    await expect(status).toContainText('Connected to Loja Demo');
    await expect(status).toContainText('The key lacks the “leads:write” permission: new records cannot be saved.');

    await options.connect('Synax', DEMO_KEYS.synaxReadOnly, synax.baseUrl);
    await expect(await options.testConnection('Synax')).toContainText('The key lacks the “write” permission: new records cannot be saved.');
    expect(synax.contacts).toHaveLength(0);
  });

  test('a Syncro key without tasks:write is told follow-up tasks cannot be created, and nothing else', async ({ extensionPage, syncro }) => {
    syncro.addKey({ key: 'crm_notaskswrite12345', scopes: SYNCRO_SCOPES.filter((scope) => scope !== 'tasks:write') });
    const options = new OptionsPage(await extensionPage('options.html'));
    await options.connect('Syncro', 'crm_notaskswrite12345', syncro.baseUrl);
    const status = await options.testConnection('Syncro');
    await expect(status).toContainText('Connected to Loja Demo');
    await expect(status).toContainText('The key lacks the “tasks:write” permission: follow-up tasks cannot be created.');
    await expect(status).not.toContainText('leads:write');
    expect(syncro.tasks).toHaveLength(0);
  });

  test('a server that is down, and an unusable key or URL, each get their message', async ({ extensionPage, syncro }) => {
    const options = new OptionsPage(await extensionPage('options.html'));
    await options.apiKey('Syncro').fill(DEMO_KEYS.synax);
    await options.baseUrl('Syncro').fill(syncro.baseUrl);
    await options.button('Syncro', 'Save').click();
    await expect(options.section('Syncro')).toContainText('This is not a Syncro key: Syncro keys start with crm_.');
    await expect(options.apiKey('Syncro')).toHaveAttribute('aria-invalid', 'true');

    await options.apiKey('Syncro').fill(DEMO_KEYS.syncro);
    await options.baseUrl('Syncro').fill('http://app.syncro.chat/api/v1');
    await options.button('Syncro', 'Save').click();
    await expect(options.section('Syncro')).toContainText('The base URL must start with https://.');

    await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
    await syncro.close();
    await expect(await options.testConnection('Syncro')).toContainText('Could not reach Syncro.');
  });

  test('changing the base URL asks for the key again: a saved key only goes where it was saved for', async ({ extensionPage, syncro, synax }) => {
    const options = new OptionsPage(await extensionPage('options.html'));
    await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
    const elsewhere = `${synax.origin}/api/v1`;
    await options.baseUrl('Syncro').fill(elsewhere);
    await options.button('Syncro', 'Save').click();
    await expect(options.section('Syncro')).toContainText('The base URL changed, so paste the Syncro API key again.');
    await expect(options.apiKey('Syncro')).toHaveAttribute('aria-invalid', 'true');
    // Nothing changed: the key still goes to the old address only.
    await options.page.reload();
    await expect(options.baseUrl('Syncro')).toHaveValue(syncro.baseUrl);
    expect(synax.requests).toHaveLength(0);
    // Saved again for the new address: from now on it goes there (the options list its custom fields).
    await options.connect('Syncro', DEMO_KEYS.syncro, elsewhere);
    await expect(options.baseUrl('Syncro')).toHaveValue(elsewhere);
    await expect.poll(() => synax.requests.map((request) => [request.path, request.headers['x-api-key']])).toEqual([['/api/v1/custom-fields', DEMO_KEYS.syncro]]);
  });

  test('removing a key forgets it', async ({ extensionPage, syncro }) => {
    const options = new OptionsPage(await extensionPage('options.html'));
    await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
    await options.button('Syncro', 'Remove').click();
    await expect(options.status('Syncro')).toContainText('Key removed.');
    await expect(options.section('Syncro')).toContainText('No key saved.');
    await expect(options.button('Syncro', 'Test connection')).toBeDisabled();
  });
});

test('a content script cannot read the key from any storage', async ({ context, worker, extensionPage, syncro }) => {
  const options = new OptionsPage(await extensionPage('options.html'));
  await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
  const page = await context.newPage();
  await page.goto(`${syncro.origin}/`);
  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url: `${url}/*` }))[0]?.id, syncro.origin);

  const seen = await worker.evaluate(async (tabId) => {
    const [result] = await chrome.scripting.executeScript({
      target: { tabId: tabId! },
      func: async () => {
        const read = async (area: 'local' | 'sync' | 'session') =>
          chrome.storage[area].get(null).then(
            (items) => JSON.stringify(items),
            (error: Error) => `denied: ${error.message}`,
          );
        const databases = await indexedDB.databases();
        return { local: await read('local'), sync: await read('sync'), session: await read('session'), databases: JSON.stringify(databases) };
      },
    });
    return result?.result;
  }, tabId);

  expect(seen).toBeDefined();
  expect(JSON.stringify(seen)).not.toContain(DEMO_KEYS.syncro);
  expect(seen?.local).toMatch(/^denied/);
  expect(seen?.databases).not.toContain('crm-capture-secrets');
});
