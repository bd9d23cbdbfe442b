import { expect, test } from 'vitest';
import { launchFirefox } from './harness/firefox';

// Firefox 153 refuses WebDriver navigation to extension pages unless the browser was started with
// --remote-allow-system-access (harness/firefox.ts). Should a Firefox refuse again, the harness
// must say so at once, in Firefox's words, rather than poll a blank tab until a timeout.
test('a navigation Firefox refuses fails at once with its own message', async () => {
  const firefox = await launchFirefox({ allowSystemAccess: false });
  try {
    const started = Date.now();
    const opened = firefox.openExtensionPage('options.html');
    await expect(opened).rejects.toThrow(/Firefox refused to open moz-extension:\/\/.*options\.html: .*not allowed/);
    expect(Date.now() - started).toBeLessThan(5_000);
  } finally {
    await firefox.close();
  }
});
