import { z } from 'zod';
import { crmErrorSchema, crmIdSchema } from '../crm/errors';
import type { AppError } from '../crm/app-error';
import { CONTACT_LIMITS, CRM_IDS } from '../constants/crm';
import { BULK_MAX_PEOPLE, CAPTURE_LIMITS } from '../constants/capture';
import { captureSchema } from '../capture/schema';
import { participantSchema, whatsappChatSchema } from '../capture/whatsapp/schema';
import { connectionReportSchema, contactDraftSchema, followUpActionSchema, savedRecordSchema } from '../crm/provider';
import { quarantineViewSchema } from '../outbox/quarantine';
import { deliveryViewSchema, recordJobSchema } from '../outbox/schema';
import { lastTestSchema } from '../storage/connection-tests';
import { draftKeySchema, formDraftSchema, rememberedSchema } from '../storage/drafts';
import { historyEntrySchema } from '../storage/history';
import { DESTINATIONS } from '../storage/settings';
import { syncroMetaSchema } from '../storage/syncro-meta';
import { syncroCustomFieldSchema } from '../crm/syncro/schemas';
import { followUpMetaSchema } from '../storage/follow-up-meta';
import type { SenderKind } from './sender';

export type Reply<T> = { ok: true; data: T } | { ok: false; error: AppError };

/** What pages may know of a connection: never the key, only the vendor-style hint. */
export const connectionStatusSchema = z.object({
  crm: crmIdSchema,
  configured: z.boolean(),
  keyHint: z.string().nullable(),
  baseUrl: z.string(),
  baseUrlManaged: z.boolean(),
  lastTest: lastTestSchema,
});
export type ConnectionStatus = z.infer<typeof connectionStatusSchema>;

const crmOnly = z.object({ crm: crmIdSchema });

/** Why a tab gave no contacts: browser pages and stores cannot be read by any extension. */
export const captureProblemSchema = z.enum(['restricted', 'unavailable']).nullable();

function message<Req extends z.ZodType, Res extends z.ZodType>(definition: { request: Req; response: Res; from: SenderKind[] }) {
  return definition;
}

/** Every message between pages/content scripts and the background: request, response, allowed senders. */
export const protocol = {
  GET_CONNECTIONS: message({
    request: z.undefined(),
    response: z.object({ syncro: connectionStatusSchema, synax: connectionStatusSchema }),
    from: ['extension-page'],
  }),
  SAVE_CONNECTION: message({
    /** `apiKey: null` keeps the saved key (e.g. when only the base URL changes). */
    request: z.object({ crm: crmIdSchema, apiKey: z.string().trim().nullable(), baseUrl: z.string().trim() }),
    response: connectionStatusSchema,
    from: ['extension-page'],
  }),
  REMOVE_CONNECTION: message({ request: crmOnly, response: connectionStatusSchema, from: ['extension-page'] }),
  TEST_CONNECTION: message({ request: crmOnly, response: connectionReportSchema, from: ['extension-page'] }),
  /** Reads the contacts of a tab (the popup's tab, or `popup.html?tab=<id>`). */
  CAPTURE_TAB: message({
    request: z.object({ tabId: z.number().int().nonnegative() }),
    response: z.object({ capture: captureSchema, problem: captureProblemSchema }),
    from: ['extension-page'],
  }),
  /** The tab's selected text as a block of notes, with who said it and when on WhatsApp (utils/background/selection-note.ts). */
  READ_SELECTION: message({
    request: z.object({ tabId: z.number().int().nonnegative() }),
    response: z.object({ note: z.string().max(CAPTURE_LIMITS.selectionNote).nullable() }),
    from: ['extension-page'],
  }),
  /** A capture handed over by the context menu or the WhatsApp button (`popup.html?capture=<id>`). */
  GET_CAPTURE: message({
    request: z.object({ captureId: z.string().min(1).max(100) }),
    response: captureSchema,
    from: ['extension-page'],
  }),
  /** "Show on page" (issue 17): scrolls the tab to a captured value and outlines it; says when it cannot be seen. */
  SHOW_ON_PAGE: message({
    request: z.object({ tabId: z.number().int().nonnegative(), kind: z.enum(['phone', 'email', 'name']), value: z.string().trim().min(1).max(320) }),
    response: z.enum(['shown', 'hidden', 'absent', 'unreachable']),
    from: ['extension-page'],
  }),
  // --- popup: review, edit and save a capture (issue 3) ---
  /** Settings, configured CRMs, remembered choices and the tab's unsaved draft, in one round trip. */
  POPUP_CONTEXT: message({
    request: z.object({ draftKey: draftKeySchema.nullable() }),
    response: z.object({
      configured: z.object({ syncro: z.boolean(), synax: z.boolean() }),
      settings: z.object({
        defaultDestination: z.enum(DESTINATIONS),
        defaultCountry: z.string(),
        defaultSource: z.string(),
        defaultTags: z.array(z.string()),
        /** The Syncro custom field that also gets a hidden-number WhatsApp contact's username / LID (issue 19). */
        syncroIdentityField: z.string().nullable(),
      }),
      remembered: rememberedSchema,
      draft: formDraftSchema.nullable(),
      /** The restored draft's saves still in the outbox (queued, retrying, refused). */
      deliveries: z.array(deliveryViewSchema),
    }),
    from: ['extension-page'],
  }),
  /** Written as the user types (debounced): closing the popup by accident loses nothing. */
  SAVE_DRAFT: message({ request: z.object({ key: draftKeySchema, draft: formDraftSchema }), response: z.null(), from: ['extension-page'] }),
  DISCARD_DRAFT: message({ request: z.object({ key: draftKeySchema }), response: z.null(), from: ['extension-page'] }),
  /** Pipelines, stages and custom fields (cached, stale-while-revalidate; `refresh` waits for fresh data). */
  GET_SYNCRO_META: message({
    request: z.object({ refresh: z.boolean() }),
    response: z.object({ meta: syncroMetaSchema, stale: z.boolean(), warning: crmErrorSchema.nullable() }),
    from: ['extension-page'],
  }),
  /** The account's active custom fields, read fresh (the options' WhatsApp identity field picker, issue 19). */
  LIST_SYNCRO_CUSTOM_FIELDS: message({ request: z.undefined(), response: z.array(syncroCustomFieldSchema), from: ['extension-page'] }),
  /** Syncro's team (task assignee) or Synax's pipelines and stages (deal), cached; `missingScope`: the key cannot create the follow-up. */
  GET_FOLLOW_UP_META: message({
    request: z.object({ crm: crmIdSchema, refresh: z.boolean() }),
    response: z.object({ meta: followUpMetaSchema, stale: z.boolean(), warning: crmErrorSchema.nullable(), missingScope: z.string().nullable() }),
    from: ['extension-page'],
  }),
  /** Existing records with the same phone (either BR mobile form) or e-mail, before creating. */
  FIND_DUPLICATES: message({
    request: z.object({ crm: crmIdSchema, phones: contactDraftSchema.shape.phones, email: z.string().max(CONTACT_LIMITS.email).nullable() }),
    response: z.array(savedRecordSchema),
    from: ['extension-page'],
  }),
  /**
   * One record to one CRM (both CRMs = two independent deliveries), written to the outbox before
   * any request; answers once the first attempt has (or after a few seconds, still on its way).
   * The popup names the delivery: the same id twice is one delivery (a refused one is resent as edited).
   */
  SAVE_RECORD: message({
    request: recordJobSchema.extend({
      deliveryId: z.string().uuid(),
      /** Matches the user saw before "create anyway": a later duplicate check must not take them for ours. */
      existingIds: z.array(z.string().max(100)).max(50).default([]),
      /** The popup could not look for duplicates (offline, 5xx): the outbox looks before creating. */
      checkDuplicates: z.boolean().default(false),
      /** A Syncro task or Synax deal to create once this record is delivered: a delivery of its own, named by the popup. */
      followUp: z.object({ deliveryId: z.string().uuid(), action: followUpActionSchema }).nullable().default(null),
    }),
    response: deliveryViewSchema,
    from: ['extension-page'],
  }),
  /**
   * Only a follow-up for a record the CRM already has (a duplicate the rep chose to keep as it is):
   * the record is not touched; the task or deal is a delivery of its own with the record's id.
   */
  SAVE_FOLLOW_UP: message({
    request: recordJobSchema.extend({
      record: savedRecordSchema,
      followUp: z.object({ deliveryId: z.string().uuid(), action: followUpActionSchema }),
    }),
    response: deliveryViewSchema,
    from: ['extension-page'],
  }),
  /**
   * Several people from one page (issue 17): every delivery written to the outbox in one write,
   * each looking for duplicates before it creates (a match waits for the user). Paced per CRM.
   */
  SAVE_BULK: message({
    request: z.object({
      deliveries: z
        .array(recordJobSchema.extend({ deliveryId: z.string().uuid() }))
        .min(1)
        .max(BULK_MAX_PEOPLE * CRM_IDS.length),
    }),
    response: z.array(deliveryViewSchema),
    from: ['extension-page'],
  }),
  GET_HISTORY: message({ request: z.undefined(), response: z.array(historyEntrySchema), from: ['extension-page'] }),
  CLEAR_HISTORY: message({ request: z.undefined(), response: z.null(), from: ['extension-page'] }),
  // --- outbox (issue 6): deliveries on their way, and the user's say over refused ones ---
  /** These deliveries (the popup following its saves), or all still owed to a CRM (history page). Drains the outbox. */
  OUTBOX_STATUS: message({
    request: z.object({
      ids: z
        .array(z.string().max(100))
        .max(BULK_MAX_PEOPLE * CRM_IDS.length)
        .nullable(),
    }),
    response: z.object({
      deliveries: z.array(deliveryViewSchema),
      pending: z.number(),
      attention: z.number(),
      /** Stored entries that could not be read and were set aside. */
      quarantined: z.number(),
      /** For reading phones typed in the history page's editor. */
      defaultCountry: z.string(),
    }),
    from: ['extension-page'],
  }),
  /** Send again now: with the user's corrections (`contact`), and without the duplicate check when they say so. */
  RESEND_DELIVERY: message({
    request: z.object({
      id: z.string().max(100),
      contact: contactDraftSchema.nullable(),
      skipLookup: z.boolean(),
      /** "Already in the CRM": update this one of the records shown instead of creating. */
      updateId: z.string().max(100).nullable().default(null),
    }),
    response: deliveryViewSchema,
    from: ['extension-page'],
  }),
  /** Stored saves that could not be read, set aside: listed (and exported) on the capture history. */
  OUTBOX_QUARANTINE: message({ request: z.undefined(), response: z.array(quarantineViewSchema), from: ['extension-page'] }),
  /** Sends a set-aside save again, when its record still reads. */
  RESEND_QUARANTINED: message({ request: z.object({ key: z.string().max(200) }), response: deliveryViewSchema, from: ['extension-page'] }),
  DISCARD_DELIVERY: message({ request: z.object({ id: z.string().max(100) }), response: deliveryViewSchema, from: ['extension-page'] }),
  /** The popup showed this refusal to the user: no notification for it. */
  MARK_DELIVERY_SEEN: message({ request: z.object({ id: z.string().max(100) }), response: z.null(), from: ['extension-page'] }),
  // --- WhatsApp Web (issue 5): only from web.whatsapp.com's top frame (checked again in utils/background/whatsapp.ts) ---
  /**
   * The button's click. The background reads the open chat itself (`fresh: false` once the user
   * switched chats, so a `send?phone=` URL is ignored) and opens the popup prefilled; a group
   * comes back unopened with its participants until one is picked; channels/status never open.
   */
  OFFER_WHATSAPP_CHAT: message({
    request: z.object({ fresh: z.boolean(), participant: participantSchema.nullable() }),
    /** `note`: what to tell the user (no number and why, or why nothing opened). */
    response: z.object({ chat: whatsappChatSchema.nullable(), opened: z.boolean(), note: z.enum(['lid', 'noPhone', 'cannotChannel', 'cannotStatus', 'cannotService']).nullable() }),
    from: ['content-script'],
  }),
  /** On a chat switch: the chat as read now and where its number is already saved (links only, nothing secret). */
  LOOKUP_WHATSAPP_CHAT: message({
    request: z.object({ fresh: z.boolean() }),
    response: z.object({
      chat: whatsappChatSchema.nullable(),
      /** `addPhone`: a record saved from this LID chat without a phone, which the number now known can be added to (issue 19). */
      saved: z.array(z.object({ crm: crmIdSchema, name: z.string().nullable(), url: z.string().url(), addPhone: z.literal(true).optional() })),
    }),
    from: ['content-script'],
  }),
};

export type MessageName = keyof typeof protocol;
export type RequestOf<N extends MessageName> = z.output<(typeof protocol)[N]['request']>;
export type ResponseOf<N extends MessageName> = z.output<(typeof protocol)[N]['response']>;

export type ProtocolMap = { [N in MessageName]: (data: z.input<(typeof protocol)[N]['request']>) => Reply<ResponseOf<N>> };
