import type { Locator, Page, Worker } from '@playwright/test';

type Crm = 'Syncro' | 'Synax';

/** The toolbar popup opened as a page (`popup.html?tab=<id>`), by accessible names only. */
export class PopupPage {
  constructor(readonly page: Page) {}

  /** Opens a page in a new tab and returns its tab id, as the toolbar popup would see it. */
  static async openTab(page: Page, worker: Worker, url: string): Promise<number> {
    await page.goto(url);
    const tabId = await worker.evaluate(async (wanted) => (await chrome.tabs.query({})).find((tab) => tab.url === wanted)?.id, page.url());
    if (tabId === undefined) throw new Error(`no tab for ${url}`);
    return tabId;
  }

  field(name: string): Locator {
    return this.page.getByLabel(name, { exact: true });
  }

  destination(crm: Crm): Locator {
    return this.page.getByRole('group', { name: 'Destination' }).getByRole('checkbox', { name: crm, exact: true });
  }

  /** Leaves only these CRMs ticked. */
  async chooseDestinations(...crms: Crm[]): Promise<void> {
    for (const crm of crms) await this.destination(crm).check();
    for (const crm of ['Syncro', 'Synax'] as const) if (!crms.includes(crm)) await this.destination(crm).uncheck();
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  async save(): Promise<void> {
    await this.button('Save to CRM').click();
  }

  get status(): Locator {
    return this.page.getByRole('status');
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  openIn(crm: Crm): Locator {
    return this.page.getByRole('link', { name: `Open in ${crm}`, exact: true });
  }

  /** The inline problem announced with a field (its aria-describedby text). */
  async problemOf(field: Locator): Promise<string> {
    const ids = (await field.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      ids
        .split(' ')
        .filter(Boolean)
        .map((id) => this.page.locator(`[id="${id}"]`).innerText()),
    );
    return texts.join(' ');
  }

  /** Waits until the Syncro pipelines and fields are in the form. */
  async syncroReady(): Promise<void> {
    await this.field('Pipeline').locator('option', { hasText: 'Vendas' }).waitFor({ state: 'attached' });
  }
}
