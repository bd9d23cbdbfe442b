import type { Page } from '@playwright/test';
import { connectMocks } from './outbox-helpers';
import { freshConnections, type FreshConnectionProxy } from './outbox-proxy';
import { test as base } from './popup-fixtures';

interface OutboxFixtures {
  /** The mocks behind a proxy that never reuses a connection (see outbox-proxy.ts for why). */
  proxies: { syncro: FreshConnectionProxy; synax: FreshConnectionProxy };
  /** An extension page with both CRMs connected through the proxies, to send messages from. */
  outboxPage: Page;
}

export const test = base.extend<OutboxFixtures>({
  proxies: async ({ syncro, synax }, use) => {
    const proxies = { syncro: await freshConnections(syncro), synax: await freshConnections(synax) };
    await use(proxies);
    await Promise.all([proxies.syncro.close(), proxies.synax.close()]);
  },
  outboxPage: async ({ extensionPage, proxies }, use) => {
    const page = await extensionPage('options.html');
    await connectMocks(page, proxies);
    await use(page);
  },
});

export { expect } from './popup-fixtures';
