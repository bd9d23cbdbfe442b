// @vitest-environment node
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';

type Manifest = { host_permissions?: string[]; content_security_policy?: { extension_pages?: string }; minimum_chrome_version?: string };
const manifestFor = async (browser: 'chrome' | 'firefox', mode: 'production' | 'e2e'): Promise<Manifest> => {
  const build = config.manifest as unknown as (env: { browser: string; mode: string; manifestVersion: number; command: string }) => Manifest | Promise<Manifest>;
  return build({ browser, mode, manifestVersion: 3, command: 'build' });
};

describe('the manifest: where the key may go', () => {
  it.each(['chrome', 'firefox'] as const)('%s production: exactly the two API hosts and WhatsApp, no wildcard, CSP connect-src the same', async (browser) => {
    const manifest = await manifestFor(browser, 'production');
    expect(manifest.host_permissions).toEqual(['https://app.syncro.chat/*', 'https://api.synax.app.br/*', 'https://web.whatsapp.com/*']);
    const csp = manifest.content_security_policy?.extension_pages ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(/connect-src ([^;]+)/.exec(csp)?.[1]).toBe('https://app.syncro.chat https://api.synax.app.br data:');
  });

  it('the e2e build adds loopback, and only there', async () => {
    const manifest = await manifestFor('chrome', 'e2e');
    expect(manifest.host_permissions).toEqual(expect.arrayContaining(['http://127.0.0.1/*', 'http://localhost/*']));
    expect(manifest.content_security_policy?.extension_pages).toContain('http://127.0.0.1:*');
  });

  it('Chrome: a version with storage.local.setAccessLevel (102) and AbortSignal.timeout (103)', async () => {
    expect(Number((await manifestFor('chrome', 'production')).minimum_chrome_version)).toBeGreaterThanOrEqual(103);
  });
});
