import { defineConfig } from 'wxt';

/** The CRM APIs the background calls; `*.` also covers the vendors' staging/regional hosts. */
const CRM_HOSTS = ['https://*.syncro.chat/*', 'https://*.synax.app.br/*'];
/** Only the e2e/demo build may talk to local mock CRMs. */
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // One manifest model for both browsers: MV3 (Firefox ≥ 128 supports everything we use, see README).
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting` lets the e2e suite act as a content script; the page-capture issue needs it too.
    permissions: ['storage', ...(mode === 'e2e' ? ['scripting'] : [])],
    host_permissions: [...CRM_HOSTS, ...(mode === 'e2e' ? LOOPBACK_HOSTS : [])],
    storage: { managed_schema: 'managed-schema.json' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'crm-capture@crm-capture.app', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
