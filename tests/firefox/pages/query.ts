import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * Finding things as a user does, by role and accessible name. Puppeteer's `::-p-aria(...)` asks
 * Firefox's own accessibility tree (WebDriver BiDi `locateNodes`), the nearest thing to
 * Playwright's getByRole/getByLabel available over BiDi.
 */
export function byRole(role: string, name?: string): string {
  return `::-p-aria([role="${role}"]${name === undefined ? '' : `[name=${JSON.stringify(name)}]`})`;
}

export function byName(name: string): string {
  return `::-p-aria([name=${JSON.stringify(name)}])`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The form control whose accessible name is `name` (its <label>, aria-label or aria-labelledby),
 * inside `scope`. A <label> shares its control's name, and Firefox gives password fields no ARIA
 * role, so this picks the control among the named nodes rather than asking for a role.
 */
export async function control(page: Page, name: string, scope = '', timeout = 10_000): Promise<ElementHandle<Element>> {
  const selector = `${scope} ${byName(name)}`.trim();
  const deadline = Date.now() + timeout;
  for (;;) {
    for (const handle of await page.$$(selector)) {
      if (await handle.evaluate((node) => node.matches('input, select, textarea'))) return handle;
      await handle.dispose();
    }
    if (Date.now() > deadline) throw new Error(`no form control named “${name}”${scope ? ` in ${scope}` : ''}`);
    await sleep(100);
  }
}

/** The text a user reads in the first element matching `selector` (empty while it is absent). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const handle = await page.$(selector);
  if (!handle) return '';
  try {
    return await handle.evaluate((node) => (node as HTMLElement).innerText ?? node.textContent ?? '');
  } finally {
    await handle.dispose();
  }
}

/**
 * Replaces a text field's value as a user would: select what is there, delete it, type.
 * (Puppeteer's Locator actions never settle in moz-extension:// documents over BiDi, so the page
 * objects use element handles: focus, keyboard and mouse input all work.)
 */
export async function fill(field: ElementHandle<Element>, value: string): Promise<void> {
  const selected = await field.evaluate((node) => {
    const input = node as HTMLInputElement;
    input.focus();
    input.select();
    return document.activeElement === input;
  });
  if (!selected) throw new Error('the field could not take the focus');
  await field.press('Backspace');
  if (value) await field.type(value);
}

/**
 * The first element matching `selector`, once there is one. Polls `page.$` rather than using
 * `page.waitForSelector`, whose in-page ARIA binding sometimes never answers in Firefox after an
 * extension page has come and gone; a plain query always does.
 */
export async function waitFor(page: Page, selector: string, timeout = 10_000): Promise<ElementHandle<Element>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const handle = await page.$(selector);
    if (handle) return handle;
    if (Date.now() > deadline) throw new Error(`nothing matched ${selector} within ${timeout} ms`);
    await sleep(100);
  }
}

/** Clicks the element matching `selector` once it is there. */
export async function click(page: Page, selector: string, timeout = 10_000): Promise<void> {
  const handle = await waitFor(page, selector, timeout);
  await handle.click();
  await handle.dispose();
}
