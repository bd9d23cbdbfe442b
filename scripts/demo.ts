/**
 * Sandbox demo: both mock CRMs on 127.0.0.1 with demo keys, a demo page full of contacts, and
 * (where there is a display) Chromium with the e2e build loaded and connected to the mocks.
 * Run with `npm run demo` (it builds first). Ctrl+C stops everything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEMO_KEYS, startSynaxMock, startSyncroMock } from '../tests/mock-crm';
import { CHROMIUM, launchWithExtension, serviceWorkerOf, EXTENSION_DIR } from '../tests/e2e/extension';
import { OptionsPage } from '../tests/e2e/pages/options-page';

const PORTS = { page: 4000, syncro: 4010, synax: 4020 };

async function serveDemoPage(): Promise<string> {
  const html = readFileSync(path.resolve('scripts/demo/contacts.html'));
  const server = createServer((_, response) => response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(html));
  await new Promise<void>((resolve) => server.listen(PORTS.page, '127.0.0.1', resolve));
  return `http://127.0.0.1:${PORTS.page}/`;
}

const hasDisplay = () => Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY) || process.platform === 'darwin' || process.platform === 'win32';

async function openConnectedBrowser(demoPage: string, syncroUrl: string, synaxUrl: string) {
  const context = await launchWithExtension({ userDataDir: mkdtempSync(path.join(tmpdir(), 'crm-capture-demo-')), headless: false });
  const extensionId = new URL((await serviceWorkerOf(context)).url()).host;
  const options = new OptionsPage(await context.newPage());
  await options.page.goto(`chrome-extension://${extensionId}/options.html`);
  await options.connect('Syncro', DEMO_KEYS.syncro, syncroUrl);
  await options.connect('Synax', DEMO_KEYS.synax, synaxUrl);
  await (await context.newPage()).goto(demoPage);
  return context;
}

async function main() {
  const [syncro, synax, demoPage] = await Promise.all([startSyncroMock({ port: PORTS.syncro }), startSynaxMock({ port: PORTS.synax }), serveDemoPage()]);
  console.log(`
CRM Capture sandbox
  Demo page:        ${demoPage}
  Syncro mock API:  ${syncro.baseUrl}   key ${DEMO_KEYS.syncro}
  Synax mock API:   ${synax.baseUrl}   key ${DEMO_KEYS.synax}
  Read-only keys to try the error messages: ${DEMO_KEYS.syncroReadOnly}, ${DEMO_KEYS.synaxReadOnly}
`);
  const browserMissing = !existsSync(CHROMIUM);
  if (hasDisplay() && browserMissing) {
    console.log(`Chromium is not at ${CHROMIUM}: install Debian's (\`apt-get install chromium\`) or set CHROMIUM_PATH, then run the demo again.`);
  }
  if (hasDisplay() && !browserMissing) {
    await openConnectedBrowser(demoPage, syncro.baseUrl, synax.baseUrl);
    console.log('Chromium is open with the extension connected to both mocks. Ctrl+C to stop.');
  } else {
    console.log(`${browserMissing ? 'No browser was opened.' : 'No display here, so no browser was opened.'} On a machine with one:
  1. Open chrome://extensions, turn on Developer mode, "Load unpacked" → ${EXTENSION_DIR}
     (Firefox: about:debugging → This Firefox → Load Temporary Add-on → ${EXTENSION_DIR.replace('chrome-mv3', 'firefox-mv3')}/manifest.json)
  2. In the extension's options, save the keys and base URLs above for Syncro and Synax.
  3. Open the demo page. The mocks keep running until Ctrl+C.`);
  }
  const stop = async () => {
    await Promise.all([syncro.close(), synax.close()]);
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
