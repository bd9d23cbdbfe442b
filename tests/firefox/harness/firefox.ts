import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startEgressTrap, type EgressTrap } from './egress-trap';
import { firefoxPrefs } from './prefs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** The e2e build (loopback hosts, test hooks); the production one is checked by 00-production-build.spec.ts. */
export const EXTENSION_DIR = path.resolve('.output/firefox-mv3-e2e');
/** Fixed, so every moz-extension:// URL is known before the add-on is installed. */
export const EXTENSION_UUID = '6f1c9a52-3b7e-4d0a-9c41-5e2b8d7a0f13';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface BuiltManifest {
  version: string;
  host_permissions?: string[];
  permissions?: string[];
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
}

/** The add-on id comes from the build itself (wxt.config.ts), so the pinned UUID always applies. */
export function builtManifest(dir = EXTENSION_DIR): BuiltManifest {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as BuiltManifest;
  } catch {
    throw new Error(`No Firefox build in ${dir}: run \`npm run build\` and \`npm run build:e2e\` first.`);
  }
}

export interface FirefoxSession {
  browser: Browser;
  /** Hosts Firefox tried to reach outside loopback (see egress-trap.ts). */
  egress: string[];
  /** Opens `moz-extension://<uuid>/<pathname>` in a new tab and waits until it has loaded. */
  openExtensionPage(pathname: string): Promise<Page>;
  /** An extension page the extension opened itself (e.g. a popup window), found by its URL. */
  findExtensionPage(matches: (href: string) => boolean, timeoutMs?: number): Promise<Page>;
  /**
   * The value of each named field in the open toolbar popup. WebDriver cannot attach to the
   * toolbar panel, so this reads it from an extension page (`extension.getViews`); empty until
   * the popup is open and its form shows.
   */
  toolbarPopupValues(labels: string[]): Promise<Record<string, string>>;
  /**
   * Makes a tab the window's active one, as a user's click would (BiDi's activate does not move
   * `tabs.Tab.active`, which is what the toolbar popup reads).
   */
  activateTab(tabId: number): Promise<void>;
  /** Reloads an extension page and waits for the new document. */
  reloadExtensionPage(page: Page): Promise<void>;
  /** Opens a web page in a new tab; returns the page and its `tabs.Tab` id. */
  openTab(url: string): Promise<{ page: Page; tabId: number }>;
  /**
   * Runs `fn` in an extension page (full `browser.*` API, like the background), the Firefox
   * counterpart of Playwright's `worker.evaluate`. `fn` is serialised: it may use only `arg`.
   */
  privileged<A, R>(fn: (arg: A) => Promise<R> | R, arg: A): Promise<R>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The build to install (default: the e2e build). */
  extensionDir?: string;
  /** Preferences on top of `firefoxPrefs`, e.g. to model an older Firefox's behaviour. */
  prefs?: Record<string, unknown>;
  /** Firefox 153+'s switch for WebDriver navigation to moz-extension:// pages (default on). */
  allowSystemAccess?: boolean;
}

/** Fresh profile, headless Firefox ESR over WebDriver BiDi, the e2e build (or `extensionDir`) installed. */
export async function launchFirefox({ extensionDir = EXTENSION_DIR, prefs = {}, allowSystemAccess = true }: LaunchOptions = {}): Promise<FirefoxSession> {
  const extensionId = builtManifest(extensionDir).browser_specific_settings?.gecko?.id;
  if (!extensionId) throw new Error('The Firefox build has no browser_specific_settings.gecko.id');
  const trap: EgressTrap = await startEgressTrap();
  const profile = mkdtempSync(path.join(tmpdir(), 'crm-capture-firefox-'));
  const discard = async (firefox?: Browser) => {
    await firefox?.close().catch(() => undefined);
    await trap.close();
    rmSync(profile, { recursive: true, force: true });
  };
  const firefox = await puppeteer
    .launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      userDataDir: profile,
      extraPrefsFirefox: { ...firefoxPrefs({ extensionId, uuid: EXTENSION_UUID, proxyPort: trap.port }), ...prefs },
      // Firefox 153+ lets WebDriver navigate only to http(s)/file/blob/about:blank unless system
      // access is allowed; without it every moz-extension:// page is refused. This switch is scoped
      // to this automation session and changes nothing in the extension.
      args: allowSystemAccess ? ['--remote-allow-system-access'] : [],
      // Release builds honour `services.settings.server` (prefs.ts) only with this set.
      env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
      // A hung BiDi command (see openExtensionPage) must not outlive a test by minutes.
      protocolTimeout: 60_000,
    })
    .catch(async (error: unknown) => {
      await discard();
      throw error;
    });
  try {
    const installed = await firefox.installExtension(extensionDir);
    if (installed !== extensionId) throw new Error(`installed ${installed}, expected ${extensionId}`);
  } catch (error) {
    await discard(firefox);
    throw error;
  }

  let helperPage: Page | null = null;
  const session: FirefoxSession = {
    browser: firefox,
    egress: trap.attempts,
    async openExtensionPage(pathname) {
      const page = await firefox.newPage();
      const url = `${EXTENSION_ORIGIN}/${pathname.replace(/^\//, '')}`;
      // Firefox never reports the load of a moz-extension:// document to WebDriver BiDi, so goto()
      // would wait forever (puppeteer#14314, mozilla/firefox-devtools-mcp#87). The navigation
      // itself happens: start it, then watch the document instead. A navigation Firefox refuses
      // outright (e.g. 153+ without the switch above) fails at once with the browser's message.
      const refused = page.goto(url, { timeout: 0 }).then(
        () => new Promise<never>(() => undefined),
        (error: unknown) => {
          throw new Error(`Firefox refused to open ${url}: ${error instanceof Error ? error.message : String(error)}`);
        },
      );
      await Promise.race([refused, waitForDocument(page, (href) => href === url)]);
      return page;
    },
    async findExtensionPage(matches, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // Puppeteer knows these pages but not their URLs (same BiDi gap as above): ask each one.
        for (const page of await firefox.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (href.startsWith(EXTENSION_ORIGIN) && matches(href)) {
            await waitForDocument(page, (current) => current === href);
            return page;
          }
        }
        if (Date.now() > deadline) throw new Error('the extension opened no matching page');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    toolbarPopupValues(labels) {
      return session.privileged((wanted) => {
        const popup = browser.extension.getViews({ type: 'popup' })[0];
        const found: Record<string, string> = {};
        for (const label of popup ? [...popup.document.querySelectorAll('label')] : []) {
          const text = label.textContent?.trim() ?? '';
          const control = label.control as HTMLInputElement | null;
          if (wanted.includes(text) && control) found[text] = control.value;
        }
        return found;
      }, labels);
    },
    async activateTab(tabId) {
      await session.privileged(async (id) => void (await browser.tabs.update(id, { active: true })), tabId);
    },
    async reloadExtensionPage(page) {
      await page.evaluate(() => {
        (window as unknown as { __e2eStale: boolean }).__e2eStale = true;
        location.reload();
      });
      await waitForDocument(page, () => true);
    },
    async openTab(url) {
      const page = await firefox.newPage();
      await page.goto(url);
      const tabId = await session.privileged(async (wanted) => (await browser.tabs.query({})).find((tab) => tab.url === wanted)?.id, page.url());
      if (tabId === undefined) throw new Error(`no tab for ${url}`);
      return { page, tabId };
    },
    async privileged(fn, arg) {
      helperPage ??= await session.openExtensionPage('options.html');
      // The result comes back as JSON, as with Playwright's evaluate: BiDi's own serialisation
      // sends an object seen twice (e.g. one array under two keys) as a bare reference that
      // puppeteer leaves undefined.
      const handle = await helperPage.evaluateHandle(fn as (arg: unknown) => unknown, arg);
      try {
        const json = await handle.evaluate((value) => JSON.stringify(value) ?? null);
        return (json === null ? undefined : JSON.parse(json)) as never;
      } finally {
        await handle.dispose();
      }
    },
    close: () => discard(firefox),
  };
  return session;
}

/** Polls the page's current document; `__e2eStale` marks the one a reload is replacing. */
async function waitForDocument(page: Page, matches: (href: string) => boolean, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const state = await page.evaluate(() => ({ href: location.href, ready: document.readyState, stale: '__e2eStale' in window })).catch(() => null);
    if (state) last = `${state.href} (${state.ready})`;
    if (state && !state.stale && state.ready === 'complete' && matches(state.href)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`extension page did not load; last seen ${last || 'nothing'}`);
}
