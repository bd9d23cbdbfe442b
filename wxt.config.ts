import { defineConfig } from 'wxt';
import { SYNAX_API_HOST, SYNCRO_API_HOST } from './utils/crm/base-urls';

/**
 * The two CRM APIs, exactly: no `*.` wildcard (it would warn every user about, and let the key
 * reach, any vendor subdomain, the CRM's own web app included). A staging host belongs in an
 * e2e or enterprise build, never in everyone's install.
 */
const CRM_ORIGINS = [SYNCRO_API_HOST, SYNAX_API_HOST].map((host) => `https://${host}`);
const CRM_HOSTS = CRM_ORIGINS.map((origin) => `${origin}/*`);
/**
 * WhatsApp Web: the content script's `matches` already shows "read and change your data on
 * web.whatsapp.com" at install; the host permission adds no warning and lets the background
 * inject the chat reader when the in-page button (not a toolbar click, so no activeTab) asks.
 */
const WHATSAPP_HOSTS = ['https://web.whatsapp.com/*'];
/** Only the e2e/demo build may talk to local mock CRMs. */
const LOOPBACK_HOSTS = ['http://127.0.0.1/*', 'http://localhost/*'];

/**
 * Extension pages and the background may connect to the two CRM APIs only (loopback in the e2e
 * build): a redirect or a base URL pointing elsewhere is refused by the browser as well. Nothing
 * is framed, posted or loaded from outside the package.
 */
function extensionPagesCsp(mode: string): string {
  // data: is the attention notification's icon (utils/outbox/signals.ts): Chromium fetches a
  // notification's image under connect-src (without it the notification silently never shows).
  const connect = [...CRM_ORIGINS, 'data:', ...(mode === 'e2e' ? ['http://127.0.0.1:*', 'http://localhost:*'] : [])];
  return ["default-src 'self'", "script-src 'self'", `connect-src ${connect.join(' ')}`, "img-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'none'"].join(
    '; ',
  );
}

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
    content_security_policy: { extension_pages: extensionPagesCsp(mode) },
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
      : {
          // COMPAT(firefox): Firefox has no managed-storage schema in the manifest (it would warn of an
          // unknown key); its policies.json `3rdparty.Extensions` feeds storage.managed directly.
          storage: { managed_schema: 'managed-schema.json' },
          // 102 added storage.local.setAccessLevel (without it content scripts could read drafts and
          // history, utils/background/storage-access.ts); 103 AbortSignal.timeout, which every CRM call uses.
          minimum_chrome_version: '103',
        }),
  }),
});
