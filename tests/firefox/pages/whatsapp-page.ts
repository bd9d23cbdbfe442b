import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ElementHandle, HTTPRequest, Page } from 'puppeteer-core';
import { installStoreDouble } from '../../../utils/capture/whatsapp/store-double';
import { fixtureFile, storeFixture } from '../../../utils/capture/whatsapp/testing';
import type { FirefoxSession } from '../harness/firefox';
import { byRole, textOf, waitFor } from './query';

export const WHATSAPP_ORIGIN = 'https://web.whatsapp.com';
const WHATSAPP_HOSTS = /^(wss?|https?):\/\/([a-z0-9-]+\.)*(whatsapp\.(com|net)|wa\.me)(:\d+)?\//;
const FIXTURES = path.resolve('utils/capture/whatsapp/fixtures');
/** Our UI's host element; its shadow root is open in the e2e build. */
const HOST = 'crm-capture-whatsapp';
/**
 * Inside our shadow root. Firefox's accessibility locator (BiDi locateNodes) does not descend
 * into shadow roots from the document, so the query starts at the host (`>>>` pierces it).
 */
const inButton = (selector: string) => `${HOST} >>> ${selector}`;

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, fixtureFile(name)), 'utf8');
}

/**
 * A WhatsApp fixture served as https://web.whatsapp.com/ by WebDriver BiDi request interception
 * (network.addIntercept + provideResponse): Firefox loads the page under WhatsApp's real origin, so
 * the content script's `matches` apply, and the real WhatsApp is never contacted. Any other
 * request to a WhatsApp host is aborted and recorded.
 */
export class WhatsappPage {
  readonly blocked: string[] = [];
  private html = '';

  private constructor(readonly page: Page) {}

  /**
   * `beforeLoad` runs in the page's main world before WhatsApp's own scripts (a BiDi preload
   * script); `store` is a dated store double (fixtures/*.store.json) installed the same way.
   */
  static async open(firefox: FirefoxSession, fixture: string, options: { pathname?: string; beforeLoad?: () => void; store?: string } = {}): Promise<WhatsappPage> {
    const { pathname = '/', beforeLoad, store } = options;
    const page = await firefox.browser.newPage();
    const whatsapp = new WhatsappPage(page);
    whatsapp.serve(fixture);
    if (beforeLoad) await page.evaluateOnNewDocument(beforeLoad);
    if (store) await whatsapp.withStore(store);
    await page.setRequestInterception(true);
    page.on('request', (request) => void whatsapp.route(request));
    await page.goto(`${WHATSAPP_ORIGIN}${pathname}`);
    return whatsapp;
  }

  /** From the next load on, WhatsApp's in-memory state is this store double. */
  async withStore(store: string): Promise<void> {
    await this.page.evaluateOnNewDocument(`(${installStoreDouble.toString()})(${JSON.stringify(storeFixture(store))})`);
  }

  /** Later navigations (a reload) serve this fixture. */
  serve(fixture: string): void {
    this.html = fixtureHtml(fixture);
  }

  private async route(request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    if (!WHATSAPP_HOSTS.test(url)) return request.continue();
    // Firefox asks for the site icon by itself; that is the browser, not the extension.
    if (new URL(url).pathname === '/favicon.ico') return request.respond({ status: 404, body: '' });
    if (new URL(url).origin === WHATSAPP_ORIGIN && request.isNavigationRequest()) {
      return request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: this.html });
    }
    this.blocked.push(url);
    return request.abort();
  }

  /** The "Save to CRM" button, in our shadow root (open in the e2e build so roles reach it). */
  saveButton(timeout = 10_000): Promise<ElementHandle<Element>> {
    return waitFor(this.page, inButton(byRole('button', 'Save to CRM')), timeout);
  }

  /** The "Add number" button of a chat saved earlier without its number (issue 19), once there is one. */
  addNumber(crm: 'Syncro' | 'Synax', timeout = 10_000): Promise<ElementHandle<Element>> {
    return waitFor(this.page, inButton(byRole('button', `Add the number WhatsApp now shows to the record saved in ${crm}`)), timeout);
  }

  /** The "✓ In Syncro" link-button a saved chat shows, or null. */
  openIn(crm: 'Syncro' | 'Synax'): Promise<ElementHandle<Element> | null> {
    return this.page.$(inButton(byRole('button', `Open in ${crm}`)));
  }

  async count(selector: string): Promise<number> {
    return this.page.$$eval(selector, (nodes) => nodes.length);
  }

  async menuItems(): Promise<string[]> {
    return this.page.$$eval(inButton(byRole('menuitem')), (nodes) => nodes.map((node) => (node as HTMLElement).innerText));
  }

  noteText(): Promise<string> {
    return textOf(this.page, inButton(byRole('status')));
  }

  /** Switches chats the way WhatsApp does: `#main` is replaced (and the chat list's selection moves). */
  async switchTo(fixture: string): Promise<void> {
    await this.page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      for (const id of ['main', 'pane-side']) document.getElementById(id)!.replaceWith(document.importNode(next.getElementById(id)!, true));
    }, fixtureHtml(fixture));
  }
}
