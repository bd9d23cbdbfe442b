import { captureTab, handedCapture } from './capture';
import { allConnections, removeConnection, saveConnection, testConnection } from './connections';
import { discardDraft, findDuplicates, popupContext, saveDraft, saveFollowUp, saveRecord } from './records';
import { saveBulk } from './bulk';
import type { Handlers } from './router';
import { readSelectionNote } from './selection-note';
import { showValueOnPage } from './show-on-page';
import { syncroCustomFields, syncroMeta } from './syncro-meta';
import { followUpMeta } from './follow-up-meta';
import { lookupWhatsappChat, offerWhatsappChat } from './whatsapp';
import { clearHistory, readHistory } from '../storage/history';
import { discardDelivery, markDeliverySeen, outboxStatus, quarantineList, resendDelivery, resendQuarantined } from './outbox-requests';

export const handlers: Handlers = {
  GET_CONNECTIONS: async () => ({ ok: true, data: await allConnections() }),
  SAVE_CONNECTION: ({ crm, apiKey, baseUrl }) => saveConnection(crm, apiKey || null, baseUrl),
  REMOVE_CONNECTION: async ({ crm }) => ({ ok: true, data: await removeConnection(crm) }),
  TEST_CONNECTION: ({ crm }) => testConnection(crm),
  CAPTURE_TAB: ({ tabId }) => captureTab(tabId),
  GET_CAPTURE: ({ captureId }) => handedCapture(captureId),
  READ_SELECTION: async ({ tabId }) => ({ ok: true, data: { note: await readSelectionNote(tabId) } }),
  SHOW_ON_PAGE: (request) => showValueOnPage(request),
  POPUP_CONTEXT: async ({ draftKey }) => ({ ok: true, data: await popupContext(draftKey) }),
  SAVE_DRAFT: (request) => saveDraft(request),
  DISCARD_DRAFT: ({ key }) => discardDraft(key),
  GET_SYNCRO_META: ({ refresh }) => syncroMeta(refresh),
  LIST_SYNCRO_CUSTOM_FIELDS: () => syncroCustomFields(),
  GET_FOLLOW_UP_META: ({ crm, refresh }) => followUpMeta(crm, refresh),
  FIND_DUPLICATES: ({ crm, phones, email }) => findDuplicates(crm, { phones, email }),
  SAVE_RECORD: (request) => saveRecord(request),
  SAVE_FOLLOW_UP: (request) => saveFollowUp(request),
  SAVE_BULK: ({ deliveries }) => saveBulk(deliveries),
  GET_HISTORY: async () => ({ ok: true, data: await readHistory() }),
  CLEAR_HISTORY: async () => {
    await clearHistory();
    return { ok: true, data: null };
  },
  OUTBOX_STATUS: ({ ids }) => outboxStatus(ids),
  RESEND_DELIVERY: ({ id, ...change }) => resendDelivery(id, change),
  OUTBOX_QUARANTINE: () => quarantineList(),
  RESEND_QUARANTINED: ({ key }) => resendQuarantined(key),
  DISCARD_DELIVERY: ({ id }) => discardDelivery(id),
  MARK_DELIVERY_SEEN: ({ id }) => markDeliverySeen(id),
  OFFER_WHATSAPP_CHAT: (request, sender) => offerWhatsappChat(request, sender),
  LOOKUP_WHATSAPP_CHAT: (request, sender) => lookupWhatsappChat(request, sender),
};
