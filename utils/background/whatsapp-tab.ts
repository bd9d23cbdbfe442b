import type { CountryCode } from 'libphonenumber-js/min';
import { browser } from 'wxt/browser';
import { CONTENT_SCRIPT_FILE, MAIN_WORLD_FILE, READ_CHAT } from '../capture/whatsapp/bridge';
import { whatsappChatSchema } from '../capture/whatsapp/schema';
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

async function askTab(tabId: number): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, { type: READ_CHAT }, { frameId: 0 });
  } catch {
    return undefined;
  }
}

/**
 * The open chat of a WhatsApp tab, resolved by its content script. A tab opened before the
 * extension was installed or updated has no live content script: the toolbar click (or the
 * shortcut) grants activeTab, so both scripts are injected once and asked again.
 */
export async function readWhatsappTab(tabId: number): Promise<WhatsappChat | null> {
  let reply = await askTab(tabId);
  if (reply === undefined) {
    try {
      await browser.scripting.executeScript({ target: { tabId }, files: [MAIN_WORLD_FILE], world: 'MAIN' });
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    } catch {
      return null;
    }
    reply = await askTab(tabId);
  }
  const parsed = whatsappChatSchema.safeParse(reply);
  return parsed.success ? parsed.data : null;
}

/** CAPTURE_TAB on web.whatsapp.com: the open chat instead of a generic page scan. */
export async function captureWhatsappTab(tabId: number, tab: { url?: string; title?: string }, country: CountryCode): Promise<Reply<ResponseOf<'CAPTURE_TAB'>>> {
  const chat = await readWhatsappTab(tabId);
  if (!chat) return { ok: true, data: { capture: { url: tab.url ?? '', title: tab.title ?? '', contacts: [], phones: [], emails: [] }, problem: 'unavailable' } };
  return { ok: true, data: { capture: chatToCapture(chat, null, country).capture, problem: null } };
}
