import { i18n } from '#i18n';
import { browser, type Browser } from 'wxt/browser';
import { parseContactHref } from '../capture/links/href';
import { extractFromText } from '../capture/selection/extract';
import type { Capture, Finding, PageScan } from '../capture/types';
import { captureTab, handCapture, normalizeScan, offerToPopup } from './capture';
import { captureWithSelection } from './selection-note';

export const MENU = { selection: 'save-selection', link: 'save-link', page: 'save-page', notes: 'add-selection-notes' } as const;

/** Links the "Save link" item appears on; other links would give nothing to save. */
const CONTACT_LINK_PATTERNS = ['tel:*', 'mailto:*', 'https://wa.me/*', 'https://api.whatsapp.com/send*', 'https://web.whatsapp.com/send*', 'whatsapp://*'];

// COMPAT(firefox): `contextMenus` is Firefox's alias of `menus`; both browsers accept these
// items and link patterns. What differs is opening the popup afterwards (capture.ts).
export function createContextMenus(): void {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: MENU.selection, title: i18n.t('menu.saveSelection'), contexts: ['selection'] });
    browser.contextMenus.create({ id: MENU.link, title: i18n.t('menu.saveLink'), contexts: ['link'], targetUrlPatterns: CONTACT_LINK_PATTERNS });
    browser.contextMenus.create({ id: MENU.page, title: i18n.t('menu.savePage'), contexts: ['page'] });
    browser.contextMenus.create({ id: MENU.notes, title: i18n.t('selectionNote.menu'), contexts: ['selection'] });
  });
}

function scanOf(tab: Browser.tabs.Tab | undefined, findings: Finding[]): PageScan {
  return { url: tab?.url ?? '', title: tab?.title ?? '', findings, profileName: null };
}

async function captureFor(info: Browser.contextMenus.OnClickData, tab: Browser.tabs.Tab | undefined): Promise<Capture | null> {
  if (info.menuItemId === MENU.selection && info.selectionText) return normalizeScan(scanOf(tab, extractFromText(info.selectionText)));
  if (info.menuItemId === MENU.link && info.linkUrl) {
    const finding = parseContactHref(info.linkUrl);
    return normalizeScan(scanOf(tab, finding ? [finding] : []));
  }
  if (info.menuItemId === MENU.notes && tab) return captureWithSelection(tab, info.selectionText);
  if (info.menuItemId === MENU.page && tab?.id !== undefined) {
    const captured = await captureTab(tab.id);
    return captured.ok ? captured.data.capture : null;
  }
  return null;
}

/** A menu click becomes a capture handed to the popup (or, where it cannot open, a popup window). */
export async function onContextMenuClick(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  const capture = await captureFor(info, tab);
  if (!capture) return;
  await offerToPopup(await handCapture(capture), tab?.id);
}
