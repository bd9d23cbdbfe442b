import { DEMO_KEYS, type SynaxMock, type SyncroMock } from '../mock-crm';
import type { FirefoxSession } from './harness/firefox';
import { OptionsPage } from './pages/options-page';

/** Saves the demo keys (pointing at the mocks) through the options page, as a user would. */
export async function connectCrms(firefox: FirefoxSession, mocks: { syncro?: SyncroMock; synax?: SynaxMock }): Promise<void> {
  const options = new OptionsPage(await firefox.openExtensionPage('options.html'));
  if (mocks.syncro) await options.connect('Syncro', DEMO_KEYS.syncro, mocks.syncro.baseUrl);
  if (mocks.synax) await options.connect('Synax', DEMO_KEYS.synax, mocks.synax.baseUrl);
  await options.page.close();
}
