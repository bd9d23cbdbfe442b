import { builtManifest } from './harness/firefox';
import { eventually, expect, test } from './fixtures';
import { OptionsPage } from './pages/options-page';

/**
 * The production build, installed in Firefox ESR as a user gets it: what Firefox grants it,
 * the data-collection declaration Firefox parsed, and no test affordance left in it.
 */
test('Firefox: the production build asks for the CRM and WhatsApp hosts only, declares its data use, and refuses loopback CRMs', async ({ productionFirefox: firefox }) => {
  const manifest = builtManifest('.output/firefox-mv3');
  const granted = await firefox.privileged(async () => {
    const all = (await browser.permissions.getAll()) as { origins?: string[]; permissions?: string[]; data_collection?: string[] };
    const background = (await browser.runtime.getBackgroundPage()) as unknown as Record<string, unknown>;
    return { ...all, e2eHook: typeof background.e2eContextMenuClick, version: browser.runtime.getManifest().version };
  }, null);

  expect(granted.version).toBe(manifest.version);
  expect([...(granted.origins ?? [])].sort()).toEqual([...(manifest.host_permissions ?? [])].sort());
  // Exactly the two CRM APIs and WhatsApp: no `*.` wildcard, no staging host in a user's install.
  expect([...(granted.origins ?? [])].sort()).toEqual(['https://api.synax.app.br/*', 'https://app.syncro.chat/*', 'https://web.whatsapp.com/*']);
  expect(granted.origins?.some((origin) => /127\.0\.0\.1|localhost/.test(origin))).toBe(false);
  expect([...(granted.permissions ?? [])].sort()).toEqual([...(manifest.permissions ?? [])].sort());
  // Firefox 140 read data_collection_permissions (older versions would not list it here).
  expect([...(granted.data_collection ?? [])].sort()).toEqual([...(manifest.browser_specific_settings?.gecko?.data_collection_permissions?.required ?? [])].sort());
  expect(granted.e2eHook).toBe('undefined');

  // Only the e2e build may point a CRM at a local server.
  const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
  await options.fillKeyAndUrl('Syncro', 'crm_0123456789abcdef0123', 'http://127.0.0.1:4010/api/v1');
  await options.click('Syncro', 'Save');
  await eventually(() => options.sectionText('Syncro')).toContain('The base URL must start with https://.');
  expect(await options.sectionText('Syncro')).toContain('No key saved.');
});
