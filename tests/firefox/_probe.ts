import puppeteer from 'puppeteer-core';
import { mkdtempSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
const uuid = 'd2f6d1a4-6a0e-4c7b-9f2e-2f4c3b1a0e55';
const server = http.createServer((req, res) => { res.setHeader('content-type', 'text/html'); res.end(`<title>t</title><a href="moz-extension://${uuid}/options.html">go</a><p>Maria (11) 98765-4321</p>`); });
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const port = (server.address() as any).port;
const t0 = Date.now();
const userDataDir = mkdtempSync(path.join(tmpdir(), 'ff-probe-'));
const browser = await puppeteer.launch({
  browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, userDataDir,
  extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'crm-capture@crm-capture.app': uuid }), 'xpinstall.signatures.required': false },
});
await browser.installExtension('/tmp/ffwar');
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${port}/`);
console.log('on test page', Date.now() - t0);
const r1 = await page.goto(`moz-extension://${uuid}/options.html`, { timeout: 5000 }).then(() => 'ok', (e) => 'err ' + e.message);
console.log('goto from test page', r1, page.url(), Date.now() - t0);
const page2 = await browser.newPage();
await page2.goto(`http://127.0.0.1:${port}/`);
await Promise.all([page2.waitForNavigation({ timeout: 5000 }).catch((e) => console.log('wfn', e.message)), page2.click('a')]);
console.log('click', page2.url(), await page2.$eval('h1', (e) => e.textContent).catch((e) => e.message), Date.now() - t0);
const page3 = await browser.newPage();
await page3.goto(`http://127.0.0.1:${port}/`);
await Promise.all([page3.waitForNavigation({ timeout: 5000 }).catch((e) => console.log('wfn3', e.message)), page3.evaluate((u) => { location.href = u; }, `moz-extension://${uuid}/popup.html?tab=1`)]);
console.log('loc', page3.url(), Date.now() - t0);
console.log(await page3.evaluate(async () => (globalThis as any).browser?.runtime?.id).catch((e) => e.message));
await browser.close();
server.close();
console.log('done', Date.now() - t0);
