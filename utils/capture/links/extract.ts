import { createScanContext, type ScanContext } from '../dom/context.ts';
import { placeInPage } from '../dom/placement.ts';
import { writtenNameAround } from '../dom/written-name.ts';
import type { Finding } from '../types.ts';
import { WEIGHT } from '../weights.ts';
import { phoneFromHref, phoneFromWhatsappHref } from './href.ts';

/** Links that carry a contact: tel:, callto:, sms:, mailto:, WhatsApp click-to-chat. */
const CONTACT_HREF = /^\s*(?:tel|callto|sms|mailto|whatsapp):|wa\.me\/|whatsapp\.com\/send/i;

export interface LinkValue {
  kind: Finding['kind'];
  raw: string;
  whatsapp: boolean;
}

/** What a link dials or writes to; empty for links that carry no contact. */
export function contactValuesOf(href: string): LinkValue[] {
  if (!CONTACT_HREF.test(href)) return [];
  const whatsapp = phoneFromWhatsappHref(href);
  if (/^\s*(?:https?|whatsapp):/i.test(href)) return whatsapp === null ? [] : [{ kind: 'phone', raw: whatsapp, whatsapp: true }];
  const phone = phoneFromHref(href);
  if (phone !== null) return [{ kind: 'phone', raw: phone, whatsapp: false }];
  // The whole mailto: its recipients are read in the background (normalize.ts), keeping this script small.
  return /^\s*mailto:/i.test(href) ? [{ kind: 'email', raw: href.trim(), whatsapp: false }] : [];
}

function findingsOf(ctx: ScanContext, link: Element, href: string): Finding[] {
  const values = contactValuesOf(href);
  if (values.length === 0 || !ctx.visibility.isVisible(link)) return [];
  const { name, company, weight } = placeInPage(ctx, link, WEIGHT.link, writtenNameAround(ctx, link));
  const order = ctx.orderOf(link);
  return values.map(({ kind, raw, whatsapp }) => ({
    kind,
    raw,
    source: 'links',
    name,
    company,
    weight,
    order,
    ...(whatsapp ? { whatsapp } : {}),
  }));
}

export function extract(root: Document, url: string, ctx: ScanContext = createScanContext(root, url)): Finding[] {
  return [...root.querySelectorAll('a[href]')].flatMap((link) => findingsOf(ctx, link, link.getAttribute('href') ?? ''));
}
