import { browser } from 'wxt/browser';
import { buildCapture } from '../capture/normalize';
import type { Capture, PageScan } from '../capture/types';
import { readPageScan } from './page-scan';
import type { Reply, ResponseOf } from '../messaging/protocol';
import { handedCapturesItem, MAX_HANDED_CAPTURES, pendingOfferItem } from '../storage/handed-captures';
import { loadSettings } from '../storage/settings';
import { captureWhatsappTab, isWhatsappUrl } from './whatsapp-tab';

/** The script injected on demand (activeTab + scripting); see entrypoints/page-capture.ts. */
const PAGE_CAPTURE_SCRIPT = '/page-capture.js';
const OFFER_TTL_MS = 30_000;
const POPUP_WINDOW = { width: 420, height: 680 };

function emptyCapture(url: string, title: string): Capture {
  return { url, title, contacts: [], phones: [], emails: [] };
}

type CountryCode = Parameters<typeof buildCapture>[1];

const defaultCountry = async (): Promise<CountryCode> => (await loadSettings()).values.defaultCountry as CountryCode;

export async function normalizeScan(scan: PageScan, country: Promise<CountryCode> = defaultCountry()): Promise<Capture> {
  return buildCapture(scan, await country);
}

/** Runs the collector in the tab's top frame; pages no extension may read give an empty capture. */
export async function captureTab(tabId: number): Promise<Reply<ResponseOf<'CAPTURE_TAB'>>> {
  // The popup waits for this answer: the reads that do not depend on each other (each a round
  // trip through the browser) go out together, the settings while the page is scanned.
  const country = defaultCountry();
  country.catch(() => undefined); // awaited below when a scan needs it; an offered capture does not
  const [offered, tab] = await Promise.all([takeOffer(tabId), browser.tabs.get(tabId).catch(() => null)]);
  if (offered) return { ok: true, data: { capture: offered, problem: null } };
  if (!tab) return { ok: true, data: { capture: emptyCapture('', ''), problem: 'unavailable' } };
  // WhatsApp Web: the open chat, read by its content script, not a generic page scan.
  if (isWhatsappUrl(tab.url)) return captureWhatsappTab(tabId, tab, await country);
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [PAGE_CAPTURE_SCRIPT] });
    const scan = readPageScan(injection?.result);
    if (!scan) return { ok: true, data: { capture: emptyCapture(tab.url ?? '', tab.title ?? ''), problem: 'unavailable' } };
    return { ok: true, data: { capture: await normalizeScan(scan, country), problem: null } };
  } catch {
    // chrome://, the web stores and PDFs refuse injection.
    return { ok: true, data: { capture: emptyCapture(tab.url ?? '', tab.title ?? ''), problem: 'restricted' } };
  }
}

export async function handCapture(capture: Capture): Promise<string> {
  const id = crypto.randomUUID();
  const kept = (await handedCapturesItem.getValue()).slice(-(MAX_HANDED_CAPTURES - 1));
  await handedCapturesItem.setValue([...kept, { id, capture }]);
  return id;
}

export async function handedCapture(captureId: string): Promise<Reply<Capture>> {
  const entry = (await handedCapturesItem.getValue()).find((item) => item.id === captureId);
  return entry ? { ok: true, data: entry.capture } : { ok: false, error: { code: 'bad_request' } };
}

async function takeOffer(tabId: number): Promise<Capture | null> {
  const offer = await pendingOfferItem.getValue();
  if (!offer || offer.tabId !== tabId || Date.now() - offer.at > OFFER_TTL_MS) return null;
  await pendingOfferItem.setValue(null);
  const handed = await handedCapture(offer.captureId);
  return handed.ok ? handed.data : null;
}

/**
 * Shows a handed capture: the toolbar popup when the browser lets us open it (it then asks for
 * its tab's capture and gets this one), else a small popup window addressed by capture id.
 */
export async function offerToPopup(captureId: string, tabId: number | undefined): Promise<void> {
  if (tabId !== undefined) {
    await pendingOfferItem.setValue({ tabId, captureId, at: Date.now() });
    try {
      // COMPAT(firefox): before 153 openPopup() needs a user gesture there, and a menu click's or
      // the WhatsApp button's is gone by now (the capture was read and stored first), so those
      // take the popup-window path below; 153 opens the toolbar popup like Chrome
      // (tests/firefox/03-capture.spec.ts and 05-whatsapp.spec.ts drive both).
      await browser.action.openPopup();
      return;
    } catch {
      await pendingOfferItem.setValue(null);
    }
  }
  await browser.windows.create({ url: browser.runtime.getURL(`/popup.html?capture=${captureId}`), type: 'popup', ...POPUP_WINDOW });
}
