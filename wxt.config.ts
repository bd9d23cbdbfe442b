import { defineConfig } from 'wxt';

/** The CRM APIs the background calls; `*.` also covers the vendors' staging/regional hosts. */
const CRM_HOSTS = ['https://*.syncro.chat/*', 'https://*.synax.app.br/*'];
/**
 * WhatsApp Web: the content script's `matches` already shows "read and change your data on
 * web.whatsapp.com" at install; the host permission adds no warning and lets the background
 * inject the chat reader when the in-page button (not a toolbar click, so no activeTab) asks.
 */
const WHATSAPP_HOSTS = ['https://web.whatsapp.com/*'];
/** Only the e2e/demo build may talk to local mock CRMs. */
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  // One manifest model for both browsers: MV3 (Firefox ≥ 140 supports everything we use, see docs/architecture.md).
  // COMPAT(firefox): Firefox has no extension service workers; WXT writes `background.scripts`
  // (an event page) there and `background.service_worker` for Chrome, from the same background.ts.
  // MV3 in both also means one toolbar key, `action` (Firefox's MV2 `browser_action` is not used).
  manifestVersion: 3,
  // `npm run zip` (scripts/zip.ts): the sources archive AMO reviewers rebuild the Firefox package
  // from. Everything the build reads is in it; test suites, fixtures and local output are not.
  zip: {
    excludeSources: ['tests/**', '**/fixtures/**', 'docs/screenshots/**', 'test-results/**', 'playwright-report/**', 'dist/**', '**/*.log'],
  },
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read the current page only when the user asks (toolbar, menu, shortcut).
    // contextMenus: the three right-click "Save … to CRM" items.
    // alarms: wakes the stopped service worker when a queued save is due for a retry (utils/outbox).
    // notifications: tells the rep when a queued save needs them (rejected key or data).
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus', 'alarms', 'notifications'],
    commands: {
      // Opening the popup by shortcut grants activeTab like a toolbar click.
      _execute_action: { suggested_key: { default: 'Alt+Shift+C' }, description: '__MSG_menu_shortcut__' },
    },
    host_permissions: [...CRM_HOSTS, ...WHATSAPP_HOSTS, ...(mode === 'e2e' ? LOOPBACK_HOSTS : [])],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crm-capture@crm-capture.app',
              // 140 (ESR): the first Firefox with the built-in data consent below; AMO would otherwise
              // require our own consent screen for older versions. Everything else we use (MV3
              // scripting with world: 'MAIN', storage.session, action.openPopup) is there by 128.
              strict_min_version: '140.0',
              // What leaves the browser, only when the user saves, only to their own CRM: the contact's
              // details (personallyIdentifyingInfo) as read from the page or chat (websiteContent), with
              // the page's domain as the record's source (browsingActivity). Nothing goes to us.
              data_collection_permissions: { required: ['personallyIdentifyingInfo', 'websiteContent', 'browsingActivity'] },
            },
          },
        }
      : // COMPAT(firefox): Firefox has no managed-storage schema in the manifest (it would warn of an
        // unknown key); its policies.json `3rdparty.Extensions` feeds storage.managed directly.
        { storage: { managed_schema: 'managed-schema.json' } }),
  }),
});
