import path from 'node:path';
import { expect, test as base } from 'vitest';
import { startSynaxMock, startSyncroMock, withMock, type SynaxMock, type SyncroMock } from '../mock-crm';
import { launchFirefox, type FirefoxSession, type LaunchOptions } from './harness/firefox';
import { serveFixtures, type StaticServer } from './harness/static-server';

interface FirefoxFixtures {
  /** A fresh Firefox ESR profile with the e2e build installed, one per test (as in Chromium). */
  firefox: FirefoxSession;
  /** The same with the production build (.output/firefox-mv3), as users get it from AMO. */
  productionFirefox: FirefoxSession;
  /**
   * The e2e build in a Firefox whose `action.openPopup()` needs a user gesture, as before
   * `extensions.openPopupWithoutUserGesture.enabled` became the default (153 has it on; our
   * minimum, 140, does not): captures then open in a popup window.
   */
  gestureOnlyFirefox: FirefoxSession;
  syncro: SyncroMock;
  synax: SynaxMock;
  /** tests/fixtures/pages/*.html on 127.0.0.1 (the e2e build may read loopback pages). */
  pages: StaticServer;
}

/** One Firefox for one test; afterwards, proof that neither Firefox nor the extension reached past loopback. */
async function withFirefox(options: LaunchOptions, use: (session: FirefoxSession) => Promise<void>): Promise<void> {
  const session = await launchFirefox(options);
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
  firefox: async ({}, use) => withFirefox({}, use),
  productionFirefox: async ({}, use) => withFirefox({ extensionDir: path.resolve('.output/firefox-mv3') }, use),
  gestureOnlyFirefox: async ({}, use) => withFirefox({ prefs: { 'extensions.openPopupWithoutUserGesture.enabled': false } }, use),
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
