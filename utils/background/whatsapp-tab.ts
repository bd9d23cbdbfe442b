import type { CountryCode } from 'libphonenumber-js/min';
import { browser } from 'wxt/browser';
import { READER_FILE, READER_INPUT, STORE_FILE } from '../capture/whatsapp/bridge';
import { whatsappChatSchema } from '../capture/whatsapp/schema';
import { parseStoreSnapshot, type StoreSnapshot } from '../capture/whatsapp/store-snapshot';
import { chatToCapture, WHATSAPP_ORIGIN } from '../capture/whatsapp/to-capture';
import type { WhatsappChat } from '../capture/whatsapp/types';
import type { Reply, ResponseOf } from '../messaging/protocol';

export function isWhatsappUrl(url: string | undefined): boolean {
  try {
    return url !== undefined && new URL(url).origin === WHATSAPP_ORIGIN;
  } catch {
    return false;
  }
}

/** Self-contained (it is serialised into the tab): leaves the reader's input in the isolated world. */
export function leaveInput(key: string, input: unknown): void {
  (globalThis as unknown as Record<string, unknown>)[key] = input;
}

async function readStoreOf(tabId: number): Promise<StoreSnapshot | null> {
  try {
    // COMPAT(firefox): scripting's MAIN world arrived in Firefox 128 (Chrome 102); our minimum is
    // 140. tests/firefox/05-whatsapp.spec.ts reads a LID chat's number through it in Firefox ESR.
    const [injection] = await browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, world: 'MAIN', files: [STORE_FILE] });
    return parseStoreSnapshot(injection?.result);
  } catch {
    // No MAIN world here (old browser) or WhatsApp refused: the DOM layers still run.
    return null;
  }
}

/** One read at a time per tab: step 2's input must reach its own step 3. */
const reading = new Map<number, Promise<unknown>>();

/**
 * The open chat of a WhatsApp tab, read now (bridge.ts describes the three steps). Works in a
 * tab opened before the extension was installed, and the same for the button, the toolbar
 * popup and the shortcut. Host access to web.whatsapp.com (or activeTab) allows the injections.
 */
export function readWhatsappTab(tabId: number, fresh = true): Promise<WhatsappChat | null> {
  const read = (reading.get(tabId) ?? Promise.resolve()).then(() => readNow(tabId, fresh));
  const settled = read.catch(() => null);
  reading.set(tabId, settled);
  void settled.then(() => reading.get(tabId) === settled && reading.delete(tabId));
  return read;
}

async function readNow(tabId: number, fresh: boolean): Promise<WhatsappChat | null> {
  const store = await readStoreOf(tabId);
  const target = { tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target, func: leaveInput, args: [READER_INPUT, { store, fresh }] });
    const [injection] = await browser.scripting.executeScript({ target, files: [READER_FILE] });
    const parsed = whatsappChatSchema.safeParse(injection?.result);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** CAPTURE_TAB on web.whatsapp.com: the open chat instead of a generic page scan. */
export async function captureWhatsappTab(tabId: number, tab: { url?: string; title?: string }, country: CountryCode): Promise<Reply<ResponseOf<'CAPTURE_TAB'>>> {
  const chat = await readWhatsappTab(tabId);
  if (!chat) return { ok: true, data: { capture: { url: tab.url ?? '', title: tab.title ?? '', contacts: [], phones: [], emails: [] }, problem: 'unavailable' } };
  return { ok: true, data: { capture: chatToCapture(chat, null, country).capture, problem: null } };
}
