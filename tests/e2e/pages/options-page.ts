import type { Locator, Page } from '@playwright/test';

type Crm = 'Syncro' | 'Synax';

/** The options page as a user sees it, by accessible names only. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  section(crm: Crm): Locator {
    return this.page.getByRole('region', { name: crm, exact: true });
  }

  apiKey(crm: Crm): Locator {
    return this.section(crm).getByLabel(`${crm} API key`);
  }

  baseUrl(crm: Crm): Locator {
    return this.section(crm).getByLabel(`${crm} base URL`);
  }

  status(crm: Crm): Locator {
    return this.section(crm).getByRole('status');
  }

  button(crm: Crm, name: 'Save' | 'Test connection' | 'Remove'): Locator {
    return this.section(crm).getByRole('button', { name, exact: true });
  }

  /** Saves a key (and base URL) and waits for the confirmation. */
  async connect(crm: Crm, apiKey: string, baseUrl: string): Promise<void> {
    await this.apiKey(crm).fill(apiKey);
    await this.baseUrl(crm).fill(baseUrl);
    await this.button(crm, 'Save').click();
    await this.section(crm)
      .getByText(/Saved key:/)
      .waitFor();
  }

  async testConnection(crm: Crm): Promise<Locator> {
    await this.button(crm, 'Test connection').click();
    const status = this.status(crm);
    await status.filter({ hasNotText: 'Testing' }).filter({ hasText: /./ }).waitFor();
    return status;
  }
}
