import type { CountryCode } from 'libphonenumber-js/min';
import type { Browser } from 'wxt/browser';
import { chatToCapture } from '../capture/whatsapp/to-capture';
import { CRM_IDS, type CrmId } from '../crm/errors';
import type { Reply, RequestOf, ResponseOf } from '../messaging/protocol';
import { phoneVariants, samePhone } from '../phone/br-mobile';
import { readHistory } from '../storage/history';
import { loadSettings } from '../storage/settings';
import { handCapture, offerToPopup } from './capture';
import { findDuplicates } from './records';
import { isWhatsappUrl } from './whatsapp-tab';

type SavedLink = ResponseOf<'LOOKUP_WHATSAPP_CHAT'>['saved'][number];

/** Only WhatsApp Web's top frame may send these; the router already checked it is our content script. */
function whatsappTabOf(sender: Browser.runtime.MessageSender): number | null {
  return sender.frameId === 0 && sender.tab?.id !== undefined && isWhatsappUrl(sender.url) ? sender.tab.id : null;
}

/** The button's click: the chat (or a group's picked participant) → a handed capture → the popup. */
export async function offerWhatsappChat({ chat, participant }: RequestOf<'OFFER_WHATSAPP_CHAT'>, sender: Browser.runtime.MessageSender): Promise<Reply<ResponseOf<'OFFER_WHATSAPP_CHAT'>>> {
  const tabId = whatsappTabOf(sender);
  if (tabId === null) return { ok: false, error: { code: 'forbidden_sender' } };
  if (chat.kind === 'channel' || chat.kind === 'status') return { ok: false, error: { code: 'bad_request' } };
  const { values } = await loadSettings();
  const { capture } = chatToCapture(chat, participant, values.defaultCountry as CountryCode);
  const captureId = await handCapture(capture);
  await offerToPopup(captureId, tabId);
  return { ok: true, data: { captureId } };
}

/**
 * CRM answers are kept for two minutes per number: the button asks on every chat switch and
 * the CRMs rate-limit. Our own history is read fresh each time, so a record saved a moment ago
 * shows at once. Memory only: a sleeping service worker simply asks again.
 */
const CRM_CACHE_MS = 120_000;
const crmCache = new Map<string, { at: number; link: SavedLink | null }>();

const isWebLink = (url: string) => /^https?:\/\//i.test(url);

async function crmLink(crm: CrmId, phone: string, now: number): Promise<SavedLink | null> {
  const key = `${crm}:${phone}`;
  const cached = crmCache.get(key);
  if (cached && now - cached.at < CRM_CACHE_MS) return cached.link;
  const reply = await findDuplicates(crm, { phones: phoneVariants(phone), email: null });
  if (!reply.ok) {
    // No key: nothing to look up (cached). Anything else (offline, 429…): ask again next time.
    if (reply.error.code === 'not_configured') crmCache.set(key, { at: now, link: null });
    return null;
  }
  const record = reply.data.find((candidate) => isWebLink(candidate.url));
  const link = record ? { crm, name: record.name, url: record.url } : null;
  crmCache.set(key, { at: now, link });
  return link;
}

/** "Already in the CRM?" for the button: our history first, then each connected CRM, both BR forms. */
export async function lookupWhatsappChat({ phone }: RequestOf<'LOOKUP_WHATSAPP_CHAT'>, sender: Browser.runtime.MessageSender, now = Date.now()): Promise<Reply<ResponseOf<'LOOKUP_WHATSAPP_CHAT'>>> {
  if (whatsappTabOf(sender) === null) return { ok: false, error: { code: 'forbidden_sender' } };
  const history = await readHistory();
  const saved = await Promise.all(
    CRM_IDS.map(async (crm): Promise<SavedLink | null> => {
      const entry = history.find((item) => item.crm === crm && item.status === 'saved' && item.record && isWebLink(item.record.url) && samePhone(item.phone, phone));
      if (entry?.record) return { crm, name: entry.name, url: entry.record.url };
      return crmLink(crm, phone, now);
    }),
  );
  return { ok: true, data: { saved: saved.filter((link) => link !== null) } };
}

/** Tests only. */
export function clearWhatsappLookupCache(): void {
  crmCache.clear();
}
