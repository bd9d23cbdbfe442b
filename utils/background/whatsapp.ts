import type { CountryCode } from 'libphonenumber-js/min';
import type { Browser } from 'wxt/browser';
import { BLOCKED, missingPhoneNote } from '../capture/whatsapp/button-view';
import type { EarlierRecord } from '../capture/whatsapp/note';
import { chatToCapture } from '../capture/whatsapp/to-capture';
import type { WhatsappChat } from '../capture/whatsapp/types';
import { CRM_IDS, isWebLink, type CrmId } from '../constants/crm';
import type { Reply, RequestOf, ResponseOf } from '../messaging/protocol';
import { holdEnd } from '../outbox/backoff';
import type { OutboxEntry } from '../outbox/schema';
import { phoneVariants } from '../phone/brazil';
import { samePhone } from '../phone/same';
import { holdsItem } from '../storage/outbox';
import { readHistory } from '../storage/history';
import { loadSettings } from '../storage/settings';
import { handCapture, offerToPopup } from './capture';
import { backgroundOutbox } from './outbox';
import { findDuplicates } from './records';
import { earlierWithoutPhone, phoneUpdateState } from './whatsapp-earlier';
import { createLookupLimiter } from './whatsapp-lookup-limit';
import { isWhatsappUrl, readWhatsappTab } from './whatsapp-tab';

type SavedLink = ResponseOf<'LOOKUP_WHATSAPP_CHAT'>['saved'][number];
export interface WhatsappDeps {
  read: (tabId: number, fresh: boolean) => Promise<WhatsappChat | null>;
  offer: (captureId: string, tabId: number) => Promise<void>;
  now: () => number;
  /** The outbox's deliveries: an update adding the number that is already there is not offered again. */
  deliveries: () => Promise<OutboxEntry[]>;
}
// The button must answer even if the outbox cannot be read; the outbox itself never sends an update of the number twice.
const live: WhatsappDeps = {
  read: readWhatsappTab,
  offer: offerToPopup,
  now: Date.now,
  deliveries: () =>
    backgroundOutbox()
      .entries()
      .catch(() => []),
};

/** Only WhatsApp Web's top frame may send these; the router already checked it is our content script. */
function whatsappTabOf(sender: Browser.runtime.MessageSender): number | null {
  return sender.frameId === 0 && sender.tab?.id !== undefined && isWhatsappUrl(sender.url) ? sender.tab.id : null;
}

const canHavePhone = (chat: WhatsappChat) => chat.kind === 'person' || chat.kind === 'business' || chat.kind === 'unknown';

/**
 * The button's click. The background reads the chat itself (the click's message carries no
 * data), so what reaches the popup is what the page shows now. Groups come back unopened with
 * their participants until one is picked; channels and status are never opened; a chat nothing
 * could read still opens an empty form (manual entry is always possible).
 */
export async function offerWhatsappChat(
  { fresh, participant }: RequestOf<'OFFER_WHATSAPP_CHAT'>,
  sender: Browser.runtime.MessageSender,
  deps: WhatsappDeps = live,
): Promise<Reply<ResponseOf<'OFFER_WHATSAPP_CHAT'>>> {
  const tabId = whatsappTabOf(sender);
  if (tabId === null) return { ok: false, error: { code: 'forbidden_sender' } };
  const read = await deps.read(tabId, fresh);
  const blocked = read ? BLOCKED[read.kind] : undefined;
  if (read && blocked) return { ok: true, data: { chat: read, opened: false, note: blocked } };
  if (read?.kind === 'group' && !participant) return { ok: true, data: { chat: read, opened: false, note: null } };
  const chat: WhatsappChat = read ?? {
    kind: 'unknown',
    chatKey: null,
    name: null,
    phone: null,
    waNumber: null,
    phoneWhy: 'not-found',
    participants: [],
    sources: { chatKey: null, name: null, phone: null },
    attempts: [],
    identity: null,
    build: null,
  };
  // The picked sender may have scrolled out of view since the menu opened.
  if (chat.kind === 'group' && participant && !chat.participants.some((known) => known.key === participant.key)) chat.participants = [participant, ...chat.participants];
  const { values } = await loadSettings();
  const { capture, chat: checked } = chatToCapture(chat, participant?.key ?? null, values.defaultCountry as CountryCode);
  if (capture.whatsapp) capture.whatsapp.earlier = await phoneToAdd(checked, deps);
  await deps.offer(await handCapture(capture), tabId);
  const note = participant
    ? missingPhoneNote(capture.contacts[0]?.phones[0] ?? null, participant.key.endsWith('@lid') ? 'lid' : 'not-found')
    : missingPhoneNote(checked.phone, checked.phoneWhy);
  return { ok: true, data: { chat: checked, opened: true, note } };
}

/**
 * CRM answers are kept for two minutes per number: the button asks on every chat switch and
 * the CRMs rate-limit. Our own history is read fresh each time, so a record saved a moment ago
 * shows at once. Memory only: a sleeping service worker simply asks again.
 */
const CRM_CACHE_MS = 120_000;
const crmCache = new Map<string, { at: number; link: SavedLink | null }>();
const limiter = createLookupLimiter();

async function crmLink(crm: CrmId, phone: string, now: number, lastSave: number): Promise<SavedLink | null> {
  const key = `${crm}:${phone}`;
  const cached = crmCache.get(key);
  // A save since the answer was cached may have created the record: ask again.
  if (cached && now - cached.at < CRM_CACHE_MS && cached.at >= lastSave) return cached.link;
  // The CRM asked us to wait (a 429 held the outbox): a badge is not worth spending its limit.
  if (holdEnd((await holdsItem.getValue())[crm] ?? 0, now) > now) return null;
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

/**
 * The record saved from this LID chat without a phone (local history, by LID), unless a CRM's
 * duplicate check finds the number already in one of its records: then that record is the
 * person's, and adding the number to the earlier one would make two. An update adding it that
 * the outbox already has is said, not offered again.
 */
async function phoneToAdd(chat: WhatsappChat, deps: WhatsappDeps): Promise<EarlierRecord | null> {
  const history = await readHistory();
  const earlier = earlierWithoutPhone(chat, history);
  if (!earlier || !chat.phone) return null;
  if (await crmLink(earlier.crm, chat.phone, deps.now(), history[0]?.at ?? 0)) return null;
  return { ...earlier, update: phoneUpdateState(earlier, await deps.deliveries()) };
}

/**
 * On each chat switch: the chat as read now, and where its number is already saved (history
 * first, then each CRM, both BR forms). A LID chat whose number WhatsApp has learned since a
 * record was saved from it without one gets that record, flagged `addPhone` (the button offers
 * to add the number) unless the outbox is adding it already. Each tab has a lookup allowance (whatsapp-lookup-limit.ts);
 * past it the chat comes back without the "saved" answer, as if nothing were saved.
 */
export async function lookupWhatsappChat(
  { fresh }: RequestOf<'LOOKUP_WHATSAPP_CHAT'>,
  sender: Browser.runtime.MessageSender,
  deps: WhatsappDeps = live,
): Promise<Reply<ResponseOf<'LOOKUP_WHATSAPP_CHAT'>>> {
  const tabId = whatsappTabOf(sender);
  if (tabId === null) return { ok: false, error: { code: 'forbidden_sender' } };
  const chat = await deps.read(tabId, fresh);
  const phone = chat && canHavePhone(chat) ? chat.phone : null;
  if (!phone || !limiter.take(tabId, deps.now())) return { ok: true, data: { chat, saved: [] } };
  const history = await readHistory();
  const saved = await Promise.all(
    CRM_IDS.map(async (crm): Promise<SavedLink | null> => {
      const entry = history.find((item) => item.crm === crm && item.status === 'saved' && item.record && isWebLink(item.record.url) && samePhone(item.phone, phone));
      if (entry?.record) return { crm, name: entry.name, url: entry.record.url };
      return crmLink(crm, phone, deps.now(), history[0]?.at ?? 0);
    }),
  );
  const links = saved.filter((link) => link !== null);
  const earlier = earlierWithoutPhone(chat, history);
  // The CRM's own duplicate check above found the number nowhere in that CRM. An update adding it already in the outbox: just the record.
  if (earlier && !links.some((link) => link.crm === earlier.crm)) {
    const adding = phoneUpdateState(earlier, await deps.deliveries()) !== null;
    links.push({ crm: earlier.crm, name: earlier.name, url: earlier.url, ...(adding ? {} : { addPhone: true as const }) });
  }
  return { ok: true, data: { chat, saved: links } };
}

/** Tests only. */
export function clearWhatsappLookupCache(): void {
  crmCache.clear();
  limiter.clear();
}
