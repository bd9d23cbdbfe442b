import type { Capture, CapturedContact } from '../capture/types';
import { identityNote } from '../capture/whatsapp/note';
import type { FormDraft, Remembered } from '../storage/drafts';
import type { Destination } from '../storage/settings';
import { CRM_IDS, type Temperature, type CrmId } from '../constants/crm';
import { readablePhone } from '../phone/parse';
import { withIdentityField } from './identity-field';
import { hostOf } from './text';

export type FormState = FormDraft;

export interface PopupSettings {
  defaultDestination: Destination;
  defaultCountry: string;
  defaultSource: string;
  defaultTags: string[];
  /** The Syncro custom field the admin mapped to the WhatsApp username / LID (issue 19). */
  syncroIdentityField?: string | null;
}

export type Configured = Record<CrmId, boolean>;

export const MAX_PHONES = 5;
const WHATSAPP_HOSTS = new Set(['web.whatsapp.com', 'whatsapp.com', 'wa.me', 'api.whatsapp.com']);

export const destinationCrms = (destination: Destination): CrmId[] => (destination === 'both' ? [...CRM_IDS] : [destination]);

export function destinationOf(crms: readonly CrmId[]): Destination | null {
  if (crms.length === CRM_IDS.length) return 'both';
  return crms[0] ?? null;
}

/** The wanted destination narrowed to the CRMs that have a key; null when none has. */
export function availableDestination(wanted: Destination, configured: Configured): Destination | null {
  const usable = destinationCrms(wanted).filter((crm) => configured[crm]);
  return destinationOf(usable.length ? usable : CRM_IDS.filter((crm) => configured[crm]));
}

/** Settings first, else where the capture came from: `whatsapp`, or the page's host. */
export function defaultSource(pageUrl: string, settings: PopupSettings): string {
  if (settings.defaultSource) return settings.defaultSource;
  const host = hostOf(pageUrl);
  return WHATSAPP_HOSTS.has(host) ? 'whatsapp' : host;
}

/**
 * The person fields from one captured contact; phones shown formatted for reading, then the
 * numbers no plan could read, as written, for the person to complete.
 */
export function personFields(contact: CapturedContact | undefined, country: string): Pick<FormState, 'name' | 'phones' | 'email' | 'company'> {
  const readable = (contact?.phones ?? []).map((phone) => readablePhone(phone, country));
  const phones = [...readable, ...(contact?.unreadPhones ?? [])].slice(0, MAX_PHONES);
  return {
    name: contact?.name ?? '',
    phones: phones.length ? phones : [''],
    email: contact?.emails[0] ?? '',
    company: contact?.company ?? '',
  };
}

export interface InitialInput {
  capture: Capture;
  settings: PopupSettings;
  remembered: Remembered;
  configured: Configured;
}

/** A fresh form for a capture: the best contact, the remembered destination and CRM choices. */
export function initialForm({ capture, settings, remembered, configured }: InitialInput): FormState {
  const temperature: Temperature = remembered.synaxTemperature ?? 'warm';
  return {
    page: { url: capture.url, title: capture.title },
    contactIndex: 0,
    ...personFields(capture.contacts[0], settings.defaultCountry),
    // A WhatsApp contact whose number is hidden: the username and LID, where the rep sees them.
    notes: identityNote(capture.whatsapp),
    tags: settings.defaultTags.join(', '),
    source: defaultSource(capture.url, settings),
    destination: availableDestination(remembered.destination ?? settings.defaultDestination, configured) ?? settings.defaultDestination,
    syncro: {
      pipelineId: remembered.syncroPipelineId,
      stageId: remembered.syncroStageId,
      value: '',
      custom: withIdentityField({}, settings.syncroIdentityField ?? null, capture.whatsapp),
    },
    synax: { temperature, custom: [] },
    saved: {},
  };
}

/** Switches the person fields to another contact from the page; notes, tags and CRM choices stay. */
export function chooseContact(form: FormState, capture: Capture, index: number, country: string): FormState {
  const contact = capture.contacts[index];
  if (!contact) return form;
  return { ...form, contactIndex: index, ...personFields(contact, country), saved: {} };
}

/** A one-line summary of a contact for the picker: name, else the first phone or e-mail. */
export function contactSummary(contact: CapturedContact, country: string): { title: string; detail: string } {
  const phone = contact.phones[0] ? readablePhone(contact.phones[0], country) : '';
  const detail = [phone, contact.emails[0] ?? ''].filter(Boolean).join(' · ');
  return { title: contact.name ?? contact.company ?? (detail || '—'), detail: contact.name || contact.company ? detail : '' };
}
