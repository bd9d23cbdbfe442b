import type { ElementHandle, Page } from 'puppeteer-core';
import { byRole, click, control, fill, textOf } from './query';

type Crm = 'Syncro' | 'Synax';

/** The toolbar popup opened as a tab (`popup.html?tab=<id>` / `?capture=<id>`), by roles and names. */
export class PopupPage {
  constructor(readonly page: Page) {}

  field(name: string): Promise<ElementHandle<Element>> {
    return control(this.page, name);
  }

  async value(name: string): Promise<string> {
    return (await this.field(name)).evaluate((node) => (node as HTMLInputElement).value);
  }

  async fill(name: string, value: string): Promise<void> {
    await fill(await this.field(name), value);
  }

  /** Picks an option of a <select> by its visible label, as a user choosing from the list. */
  async choose(name: string, label: string): Promise<void> {
    const select = await this.field(name);
    const value = await select.evaluate((node, label) => [...(node as HTMLSelectElement).options].find((option) => option.label === label)?.value, label);
    if (value === undefined) throw new Error(`“${name}” has no option “${label}”`);
    await select.select(value);
  }

  private destination(crm: Crm): Promise<ElementHandle<Element>> {
    return control(this.page, crm, byRole('group', 'Destination'));
  }

  /** Leaves only these CRMs ticked. */
  async chooseDestinations(...crms: Crm[]): Promise<void> {
    for (const crm of ['Syncro', 'Synax'] as const) {
      const box = await this.destination(crm);
      const checked = await box.evaluate((node) => (node as HTMLInputElement).checked);
      if (checked !== crms.includes(crm)) await box.click();
    }
  }

  async save(): Promise<void> {
    await click(this.page, byRole('button', 'Save to CRM'));
  }

  /** Everything the popup announces (role=status), joined. */
  async statusText(): Promise<string> {
    const texts = await this.page.$$eval(byRole('status'), (nodes) => nodes.map((node) => (node as HTMLElement).innerText));
    return texts.join('\n');
  }

  /** The WhatsApp notice (role=note): who the contact is and why the number is missing. */
  noteText(): Promise<string> {
    return textOf(this.page, byRole('note'));
  }

  /** The text of the region named `name` (empty while it is absent). */
  regionText(name: string): Promise<string> {
    return textOf(this.page, byRole('region', name));
  }

  async button(name: string): Promise<void> {
    await click(this.page, byRole('button', name));
  }

  /** Whether the control named `name` has the keyboard focus. */
  async focused(name: string): Promise<boolean> {
    return (await this.field(name)).evaluate((node) => node === document.activeElement);
  }

  alertText(): Promise<string> {
    return textOf(this.page, byRole('alert'));
  }

  async openInHref(crm: Crm): Promise<string | null> {
    const link = await this.page.$(byRole('link', `Open in ${crm}`));
    return link ? link.evaluate((node) => node.getAttribute('href')) : null;
  }

  /** Waits until the Syncro pipelines and fields are in the form. */
  async syncroReady(timeout = 10_000): Promise<void> {
    const pipeline = await this.field('Pipeline');
    const deadline = Date.now() + timeout;
    while (!(await pipeline.evaluate((node) => [...(node as HTMLSelectElement).options].some((option) => option.label === 'Vendas')))) {
      if (Date.now() > deadline) throw new Error('the Syncro pipelines never loaded');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
