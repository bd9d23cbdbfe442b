import { describe } from 'vitest';
import { DEMO_KEYS } from '../mock-crm';
import { eventually, expect, test } from './fixtures';
import { OptionsPage } from './pages/options-page';

// The Chromium scenarios of tests/e2e/01-options.spec.ts, in Firefox ESR.
describe('Firefox: options page, connecting the CRMs', () => {
  test('a good Syncro key shows the account, and the key is never shown again', async ({ firefox, syncro }) => {
    const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
    await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
    expect(await options.value(options.apiKey('Syncro'))).toBe('');
    expect(await options.sectionText('Syncro')).toContain(`Saved key: ${DEMO_KEYS.syncro.slice(0, 8)}…`);

    expect(await options.testConnection('Syncro')).toContain('Connected to Loja Demo (scale plan).');
    const account = syncro.requests.find((request) => request.path === '/account');
    expect(account?.headers['x-api-key']).toBe(DEMO_KEYS.syncro);
    expect(account?.headers.authorization).toBeUndefined();
    // The call came from the extension's background, not from a page.
    expect(account?.headers.origin ?? '').not.toMatch(/^http/);

    await firefox.reloadExtensionPage(options.page);
    await eventually(() => options.sectionText('Syncro')).toContain('Connected to Loja Demo');
    expect(await options.page.content()).not.toContain(DEMO_KEYS.syncro);
  });

  test('a good Synax key connects with the Bearer header', async ({ firefox, synax }) => {
    const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
    await options.connect('Synax', DEMO_KEYS.synax, synax.baseUrl);
    expect(await options.sectionText('Synax')).toContain(`Saved key: ${DEMO_KEYS.synax.slice(0, 10)}…`);
    expect(await options.testConnection('Synax')).toContain('Connected. The key works.');
    const list = synax.requests.find((request) => request.method === 'GET' && request.path === '/contacts');
    expect(list?.headers.authorization).toBe(`Bearer ${DEMO_KEYS.synax}`);
    expect(list?.query.limit).toBe('1');
  });

  test('a wrong key says so and what to do', async ({ firefox, syncro }) => {
    const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
    await options.connect('Syncro', 'crm_wrongwrongwrong1234', syncro.baseUrl);
    expect(await options.testConnection('Syncro')).toContain('Syncro rejected the API key (wrong or revoked). Create a new key in Syncro and save it here.');
  });

  test('a key without a scope names the scope and what it blocks; a read-only Synax key cannot write', async ({ firefox, syncro, synax }) => {
    syncro.addKey({ key: 'crm_noleadswrite12345', scopes: ['users:read', 'pipelines:read', 'custom_fields:read', 'leads:read'] });
    const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
    await options.connect('Syncro', 'crm_noleadswrite12345', syncro.baseUrl);
    const status = await options.testConnection('Syncro');
    expect(status).toContain('Connected to Loja Demo');
    expect(status).toContain('The key lacks the “leads:write” permission: new records cannot be saved.');

    await options.connect('Synax', DEMO_KEYS.synaxReadOnly, synax.baseUrl);
    expect(await options.testConnection('Synax')).toContain('The key lacks the “write” permission: new records cannot be saved.');
    expect(synax.contacts).toHaveLength(0);
  });

  test('a server that is down, and an unusable key or URL, each get their message', async ({ firefox, syncro }) => {
    const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
    await options.fillKeyAndUrl('Syncro', DEMO_KEYS.synax, syncro.baseUrl);
    await options.click('Syncro', 'Save');
    await eventually(() => options.sectionText('Syncro')).toContain('This is not a Syncro key: Syncro keys start with crm_.');
    expect(await options.attribute(options.apiKey('Syncro'), 'aria-invalid')).toBe('true');

    await options.fillKeyAndUrl('Syncro', DEMO_KEYS.syncro, 'http://app.syncro.chat/api/v1');
    await options.click('Syncro', 'Save');
    await eventually(() => options.sectionText('Syncro')).toContain('The base URL must start with https://.');

    await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
    await syncro.close();
    expect(await options.testConnection('Syncro')).toContain('Could not reach Syncro.');
  });

  test('removing a key forgets it', async ({ firefox, syncro }) => {
    const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
    await options.connect('Syncro', DEMO_KEYS.syncro, syncro.baseUrl);
    await options.click('Syncro', 'Remove');
    await eventually(() => options.statusText('Syncro')).toContain('Key removed.');
    expect(await options.sectionText('Syncro')).toContain('No key saved.');
    expect(await options.isDisabled('Syncro', 'Test connection')).toBe(true);
  });
});
