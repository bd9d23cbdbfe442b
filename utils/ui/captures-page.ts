import { browser } from 'wxt/browser';

/** The captures page (entrypoints/captures/): what was saved, and what is still owed to a CRM. */
export const CAPTURES_PAGE = '/captures.html';

export async function openCapturesPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(CAPTURES_PAGE) });
}
