import type { ElementHandle, Page } from 'puppeteer-core';
import { byRole, click, control, fill, textOf, waitFor } from './query';

type Crm = 'Syncro' | 'Synax';
type ButtonName = 'Save' | 'Test connection' | 'Remove';

/** The options page as a user sees it, by roles and accessible names (puppeteer over BiDi). */
export class OptionsPage {
  constructor(readonly page: Page) {}

  section(crm: Crm): string {
    return byRole('region', crm);
  }

  apiKey(crm: Crm): Promise<ElementHandle<Element>> {
    return control(this.page, `${crm} API key`, this.section(crm));
  }

  baseUrl(crm: Crm): Promise<ElementHandle<Element>> {
    return control(this.page, `${crm} base URL`, this.section(crm));
  }

  sectionText(crm: Crm): Promise<string> {
    return textOf(this.page, this.section(crm));
  }

  statusText(crm: Crm): Promise<string> {
    return textOf(this.page, `${this.section(crm)} ${byRole('status')}`);
  }

  async value(field: Promise<ElementHandle<Element>>): Promise<string> {
    return (await field).evaluate((node) => (node as HTMLInputElement).value);
  }

  async attribute(field: Promise<ElementHandle<Element>>, name: string): Promise<string | null> {
    return (await field).evaluate((node, name) => node.getAttribute(name), name);
  }

  async click(crm: Crm, name: ButtonName): Promise<void> {
    await click(this.page, `${this.section(crm)} ${byRole('button', name)}`);
  }

  async isDisabled(crm: Crm, name: ButtonName): Promise<boolean> {
    const button = await waitFor(this.page, `${this.section(crm)} ${byRole('button', name)}`);
    return button.evaluate((node) => (node as HTMLButtonElement).disabled);
  }

  async fillKeyAndUrl(crm: Crm, apiKey: string, baseUrl: string): Promise<void> {
    await fill(await this.apiKey(crm), apiKey);
    await fill(await this.baseUrl(crm), baseUrl);
  }

  /** Saves a key (and base URL) and waits for the confirmation. */
  async connect(crm: Crm, apiKey: string, baseUrl: string): Promise<void> {
    await this.fillKeyAndUrl(crm, apiKey, baseUrl);
    await this.click(crm, 'Save');
    await this.waitFor(crm, (text) => text.includes('Saved key:'), 'the saved key hint');
  }

  /** Clicks Test connection and returns the outcome once it is no longer "Testing…". */
  async testConnection(crm: Crm): Promise<string> {
    await this.click(crm, 'Test connection');
    let status = '';
    await this.waitFor(
      crm,
      async () => {
        status = await this.statusText(crm);
        return status.trim() !== '' && !status.includes('Testing');
      },
      'a connection test result',
    );
    return status;
  }

  private async waitFor(crm: Crm, done: (sectionText: string) => boolean | Promise<boolean>, what: string, timeout = 10_000): Promise<void> {
    const deadline = Date.now() + timeout;
    let text = '';
    while (Date.now() < deadline) {
      text = await this.sectionText(crm);
      if (await done(text)) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error(`${crm}: waited ${timeout} ms for ${what}; the section reads: ${text}`);
  }
}
