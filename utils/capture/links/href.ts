import { words } from '../names/classify.ts';
import type { Finding } from '../types.ts';
import { WEIGHT } from '../weights.ts';

/**
 * Phones and e-mails carried by link targets: tel:/callto:/sms: (RFC 3966), mailto: (RFC 6068)
 * and WhatsApp's click-to-chat links. Shared with microdata and h-card, whose properties are
 * often such links.
 */

const PHONE_URI = /^\s*(?:tel|callto|sms):\/{0,2}([^]*)$/i;
const MAILTO = /^\s*mailto:([^]*)$/i;
/** Recipients a person sees in the link; bcc is the site's hidden copy, so it is left out. */
const RECIPIENT_FIELDS = new Set(['to', 'cc']);
const ANGLE_ADDRESS = /<([^<>]+@[^<>]+)>/;
const WHATSAPP_HOSTS = words('api.whatsapp.com|web.whatsapp.com|whatsapp.com');
const MIN_PHONE_DIGITS = 8;

export function decodePercent(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function parameter(parameters: string[], name: string): string | undefined {
  const prefix = `${name}=`;
  return parameters.find((candidate) => candidate.toLowerCase().startsWith(prefix))?.slice(prefix.length);
}

/**
 * "tel:4002-8924;phone-context=+5511" is +55 11 4002-8924. An extension is kept as " ext. 12":
 * E.164 drops it, but it tells apart two lines behind one switchboard.
 */
export function phoneFromHref(href: string): string | null {
  const target = PHONE_URI.exec(href)?.[1];
  if (target === undefined) return null;
  const [number = '', ...parameters] = decodePercent(target).split(/[;?]/);
  const context = parameter(parameters, 'phone-context');
  const extension = parameter(parameters, 'ext');
  const local = number.trim();
  const phone = context?.startsWith('+') && !local.startsWith('+') ? `${context} ${local}` : local;
  if (!/\d/.test(phone)) return null;
  return extension === undefined ? phone : `${phone} ext. ${extension}`;
}

function recipientsIn(field: string): string[] {
  return decodePercent(field)
    .split(/[,;]/)
    .map((recipient) => (ANGLE_ADDRESS.exec(recipient)?.[1] ?? recipient).trim())
    .filter((recipient) => recipient.includes('@'));
}

export function emailsFromMailto(href: string): string[] {
  const target = MAILTO.exec(href)?.[1];
  if (target === undefined) return [];
  const [path = '', query = ''] = target.split(/\?(.*)/s);
  const fromQuery = query.split('&').flatMap((pair) => {
    const [key = '', value = ''] = pair.split(/=(.*)/s);
    return RECIPIENT_FIELDS.has(key.toLowerCase()) ? recipientsIn(value) : [];
  });
  return [...recipientsIn(path), ...fromQuery];
}

function whatsappNumber(url: URL): string | null {
  if (url.protocol === 'whatsapp:') return url.searchParams.get('phone');
  const host = url.hostname.replace(/^www\./, '');
  if (WHATSAPP_HOSTS.has(host)) return url.pathname.replace(/\/$/, '') === '/send' ? url.searchParams.get('phone') : null;
  if (host !== 'wa.me') return null;
  // wa.me/5511987654321 and the catalogue link wa.me/c/5511987654321; wa.me/message/… has no number.
  const [first = '', second = ''] = url.pathname.split('/').filter((part) => part !== '');
  return first === 'c' ? second : first;
}

/** Click-to-chat links always carry the full international number, without the "+". */
export function phoneFromWhatsappHref(href: string): string | null {
  let url: URL;
  try {
    url = new URL(href.trim(), 'https://invalid.invalid/');
  } catch {
    return null;
  }
  const digits = decodePercent(whatsappNumber(url) ?? '').replace(/\D/g, '');
  return digits.length >= MIN_PHONE_DIGITS ? `+${digits}` : null;
}

/** The right-click "Save link": the contact a single link carries (the first, for a mailto with several). */
export function parseContactHref(href: string): Finding | null {
  const whatsapp = phoneFromWhatsappHref(href);
  const phone = whatsapp ?? phoneFromHref(href);
  const base = { source: 'links', name: null, weight: WEIGHT.link, order: 0 } as const;
  if (phone !== null) return { ...base, kind: 'phone', raw: phone, ...(whatsapp !== null ? { whatsapp: true } : {}) };
  const email = emailsFromMailto(href)[0];
  return email === undefined ? null : { ...base, kind: 'email', raw: email };
}
