import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startSynaxMock, startSyncroMock, withMock, type SynaxMock, type SyncroMock } from '../mock-crm';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags seen working with Debian's Chromium on this closed network (see docs/development.md, Troubleshooting). */
export function chromiumArgs(extensionDir: string, lang = 'en-US'): string[] {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
    `--lang=${lang}`,
  ];
}

export async function launchWithExtension(options: { userDataDir: string; lang?: string; headless?: boolean }): Promise<BrowserContext> {
  return chromium.launchPersistentContext(options.userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    args: chromiumArgs(EXTENSION_DIR, options.lang),
    locale: options.lang ?? 'en-US',
  });
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

interface ExtensionFixtures {
  lang: string;
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  syncro: SyncroMock;
  synax: SynaxMock;
  extensionPage: (pathname: string) => Promise<Page>;
}

export const test = base.extend<ExtensionFixtures>({
  lang: ['en-US', { option: true }],
  context: async ({ lang }, use) => {
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'crm-capture-e2e-'));
    const context = await launchWithExtension({ userDataDir, lang });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => use(await serviceWorkerOf(context)),
  extensionId: async ({ worker }, use) => use(new URL(worker.url()).host),
  syncro: async ({}, use) => withMock(startSyncroMock, use),
  synax: async ({}, use) => withMock(startSynaxMock, use),
  extensionPage: async ({ context, extensionId }, use) => {
    await use(async (pathname) => {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/${pathname}`);
      return page;
    });
  },
});

export { expect } from '@playwright/test';
