import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page, Worker } from '@playwright/test';
import { E2E_STATS_REPLY, E2E_STATS_REQUEST } from '../../../utils/capture/whatsapp/bridge';
import { installStoreDouble } from '../../../utils/capture/whatsapp/store-double';
import { fixtureFile, storeFixture } from '../../../utils/capture/whatsapp/testing';

export const WHATSAPP_ORIGIN = 'https://web.whatsapp.com';
const FIXTURES = path.resolve('utils/capture/whatsapp/fixtures');

export function fixtureHtml(name: string): string {
  return readFileSync(path.join(FIXTURES, fixtureFile(name)), 'utf8');
}

/** The capture the last click handed over (session storage, read in the service worker). */
export async function lastHandedCapture(worker: Worker) {
  return worker.evaluate(async () => {
    const { handedCaptures } = (await chrome.storage.session.get('handedCaptures')) as {
      handedCaptures?: {
        id: string;
        capture: {
          contacts: { name: string | null; company: string | null; phones: string[] }[];
          url: string;
          whatsapp?: { phoneWhy: string | null; lid?: string | null; report: string };
        };
      }[];
    };
    return handedCaptures?.at(-1) ?? null;
  });
}

export interface WhatsappStats {
  ms: number;
  readerMs: number;
  callbacks: number;
  records: number;
  syncs: number;
}

/**
 * A fixture served as https://web.whatsapp.com/ by request routing: the real WhatsApp is never
 * contacted; any other request to a WhatsApp host is aborted and recorded.
 */
export class WhatsappPage {
  readonly blocked: string[] = [];
  private html = '';

  private constructor(readonly page: Page) {}

  /** `store`: a dated store double (fixtures/*.store.json) standing in for WhatsApp's module system. */
  static async open(context: BrowserContext, fixture: string, pathname = '/', store?: string): Promise<WhatsappPage> {
    const page = await context.newPage();
    const whatsapp = new WhatsappPage(page);
    if (store) await whatsapp.withStore(store);
    whatsapp.serve(fixture);
    await context.route(/^https:\/\/([a-z0-9-]+\.)*(whatsapp\.(com|net)|wa\.me)\//, (route) => {
      const url = new URL(route.request().url());
      if (url.origin === WHATSAPP_ORIGIN && route.request().resourceType() === 'document') return route.fulfill({ body: whatsapp.html, contentType: 'text/html; charset=utf-8' });
      whatsapp.blocked.push(url.href);
      return route.abort();
    });
    await page.goto(`${WHATSAPP_ORIGIN}${pathname}`);
    return whatsapp;
  }

  /** From the next load on, WhatsApp's in-memory state is this store double (before the page's own scripts). */
  async withStore(store: string): Promise<void> {
    await this.page.addInitScript({ content: `(${installStoreDouble.toString()})(${JSON.stringify(storeFixture(store))})` });
  }

  /** Later navigations (a reload) serve this fixture. */
  serve(fixture: string): void {
    this.html = fixtureHtml(fixture);
  }

  /** The "Save to CRM" button (in our shadow root; open in the e2e build so it can be found by role). */
  get saveButton(): Locator {
    return this.page.getByRole('button', { name: 'Save to CRM', exact: true });
  }

  openIn(crm: 'Syncro' | 'Synax'): Locator {
    return this.page.getByRole('button', { name: `Open in ${crm}`, exact: true });
  }

  get note(): Locator {
    return this.page.locator('crm-capture-whatsapp').getByRole('status');
  }

  /** What any page script can measure of our button: its host's box. */
  footprint(): Promise<{ width: number; height: number }> {
    return this.page.locator('crm-capture-whatsapp').evaluate((host) => {
      const { width, height } = host.getBoundingClientRect();
      return { width, height };
    });
  }

  menuItem(name: string | RegExp): Locator {
    return this.page.getByRole('menu').getByRole('menuitem', { name });
  }

  /** Switches chats the way WhatsApp does: `#main` is replaced (and the chat list's selection moves). */
  async switchTo(fixture: string): Promise<void> {
    await this.page.evaluate((html) => {
      const next = new DOMParser().parseFromString(html, 'text/html');
      for (const id of ['main', 'pane-side']) document.getElementById(id)!.replaceWith(document.importNode(next.getElementById(id)!, true));
    }, fixtureHtml(fixture));
  }

  /** Our time on the page, from the e2e build's stats hook (entrypoints/whatsapp.content/stats.ts). */
  stats(): Promise<WhatsappStats> {
    return this.page.evaluate(
      // (No named functions inside: tsx, which runs the bench, would wrap them in a helper the page lacks.)
      ([request, reply]) =>
        new Promise<WhatsappStats>((resolve) => {
          const done = new AbortController();
          addEventListener(
            'message',
            (event) => {
              if ((event.data as { type?: string } | null)?.type !== reply) return;
              done.abort();
              resolve((event.data as { stats: WhatsappStats }).stats);
            },
            { signal: done.signal },
          );
          postMessage({ type: request }, location.origin);
        }),
      [E2E_STATS_REQUEST, E2E_STATS_REPLY] as const,
    );
  }
}
