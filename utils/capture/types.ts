import type { WhatsappNote } from './whatsapp/note';

/**
 * Shapes shared by the two capture stages: the collector that runs inside the page
 * (`page/collect.ts`, small, no libphonenumber) and the normaliser that runs in the popup,
 * background or CLI (`normalize.ts`).
 */

/** Every place a finding can come from; the folder of the same name under utils/capture/ reads it. */
export const FINDING_SOURCES = ['links', 'jsonld', 'microdata', 'hcard', 'text', 'selection'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

/** The sources collectPage reads from a page (a selection is read from plain text instead). */
export type PageSource = Exclude<FindingSource, 'selection'>;

export interface Finding {
  /** 'name': a person in structured data with no phone or e-mail, offered by name alone. */
  kind: 'phone' | 'email' | 'name';
  /**
   * As found: a phone as written; an e-mail decoded (not lower-cased yet), or `cfemail:HEX` for
   * a Cloudflare-protected one; a name-only person's name.
   */
  raw: string;
  source: FindingSource;
  /** The person or organisation a reader would attach to the value (structured name, nearest heading or label…). */
  name: string | null;
  /** The organisation, when known (JSON-LD worksFor or Organization name, h-card org, the site owner). */
  company?: string | null;
  /** Came from a WhatsApp link or a line labelled WhatsApp. */
  whatsapp?: boolean;
  /** Confidence and ranking hint, 0..1: see weights.ts. */
  weight: number;
  /** Document order index, for stable ranking. */
  order: number;
  /** A phone in page text: the label word before it as the collector matched it ("cel", "tel", "whats"…). */
  cue?: string;
}

export interface PageScan {
  url: string;
  title: string;
  findings: Finding[];
  /** The page's main person on a profile page. */
  profileName: string | null;
  /** Who runs the site (og:site_name, the title's site part…): the page's owner unless it is a platform's page about someone. */
  siteName?: string | null;
  /** The page is a listing (an ad, a product, a job): a platform's page about whoever posted it. */
  listing?: boolean;
}

/** Where a value came from: a page source, or a WhatsApp chat (its resolver layer says how). */
export type OriginSource = FindingSource | 'whatsapp';
export type Confidence = 'high' | 'medium' | 'low';

/** One value's provenance, shown next to it in the popup (utils/capture/origin.ts builds it). */
export interface ValueOrigin {
  source: OriginSource;
  /**
   * The detail: a link's kind (`tel`, `wa`, `mailto`), the label before a phone in text or a
   * selection (`mobile`, `whatsapp`, `service`, `phone`), `cf` for a Cloudflare-protected
   * e-mail, a WhatsApp resolver (`store`, `header-title`…), `site` for a name that is the site's owner.
   */
  via?: string;
  confidence: Confidence;
}

export interface CapturedContact {
  name: string | null;
  company: string | null;
  /** E.164. */
  phones: string[];
  /** Lower-case. */
  emails: string[];
  sources: FindingSource[];
  /** The subset of `phones` known to be on WhatsApp. */
  whatsapp: string[];
  /**
   * Numbers from a telephone field that no country's plan reads (a missing country code), as
   * written: offered for the person to complete, never dropped. Absent when there are none.
   */
  unreadPhones?: string[];
  /** Provenance per phone (E.164, or as written when unread) and e-mail; absent on older captures. */
  origins?: Record<string, ValueOrigin>;
  /** Provenance of `name`. */
  nameOrigin?: ValueOrigin;
}

export interface Capture {
  url: string;
  title: string;
  /** contacts[0] is the one the popup prefills. */
  contacts: CapturedContact[];
  /** Every unique phone, in rank order. */
  phones: string[];
  /** Every unique e-mail, in rank order. */
  emails: string[];
  /** A WhatsApp chat: why the phone is empty, who it is, and the read's record for support. */
  whatsapp?: WhatsappNote;
  /** "Add selection to the CRM notes": the selected text with who said it and when (selection/note.ts), for the notes. */
  selectionNote?: string;
}
