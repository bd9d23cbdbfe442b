import path from 'node:path';
import { expect, test as base } from 'vitest';
import { startSynaxMock, startSyncroMock, withMock, type SynaxMock, type SyncroMock } from '../mock-crm';
import { launchFirefox, type FirefoxSession } from './harness/firefox';
import { serveFixtures, type StaticServer } from './harness/static-server';

interface FirefoxFixtures {
  /** A fresh Firefox ESR profile with the e2e build installed, one per test (as in Chromium). */
  firefox: FirefoxSession;
  /** The same with the production build (.output/firefox-mv3), as users get it from AMO. */
  productionFirefox: FirefoxSession;
  syncro: SyncroMock;
  synax: SynaxMock;
  /** tests/fixtures/pages/*.html on 127.0.0.1 (the e2e build may read loopback pages). */
  pages: StaticServer;
}

/** One Firefox for one test; afterwards, proof that neither Firefox nor the extension reached past loopback. */
async function withFirefox(extensionDir: string | undefined, use: (session: FirefoxSession) => Promise<void>): Promise<void> {
  const session = await launchFirefox(extensionDir);
  try {
    await use(session);
  } finally {
    await session.close();
  }
  // The fixture pages' own embeds point at synthetic `*.example` hosts (RFC 2606): those are the page's.
  const outside = session.egress.filter((host) => !/\.example:\d+$/.test(host));
  expect(outside, 'connections outside 127.0.0.1 (see tests/firefox/harness/prefs.ts)').toEqual([]);
}

export const test = base.extend<FirefoxFixtures>({
  firefox: async ({}, use) => withFirefox(undefined, use),
  productionFirefox: async ({}, use) => withFirefox(path.resolve('.output/firefox-mv3'), use),
  syncro: async ({}, use) => withMock(startSyncroMock, use),
  synax: async ({}, use) => withMock(startSynaxMock, use),
  pages: async ({}, use) => {
    const server = await serveFixtures(path.resolve('tests/fixtures/pages'));
    await use(server);
    await server.close();
  },
});

/** Playwright's auto-retrying assertions, with vitest: polls `read` until the matcher passes. */
export const eventually = <T>(read: () => Promise<T> | T, timeout = 10_000) => expect.poll(read, { timeout, interval: 100 });

export { expect };
