import { createScanContext, type ScanContext } from '../dom/context.ts';
import { structuredWeight } from '../dom/placement.ts';
import { phoneFromHref } from '../links/href.ts';
import { collapse } from '../names/classify.ts';
import type { Finding } from '../types.ts';
import { cardName, cardOrganisation, cardProperties, textValue, urlValue, withClass } from './properties.ts';

/**
 * microformats2 h-card and classic hCard (vcard), with a phone or e-mail or a name alone. Cards are metadata like microdata: read
 * wherever they are, except inside <template> or <noscript>. A classic `tel` typed only as
 * fax is not a phone to call.
 */

/** The text of a classic `tel` without its `type` words ("work", "cell"). */
function textWithoutTypes(element: Element): string {
  let text = '';
  for (const child of element.childNodes) {
    if (child.nodeType === 3) text += child.textContent ?? '';
    else if (child.nodeType === 1 && !(child as Element).classList.contains('type')) text += textWithoutTypes(child as Element);
  }
  return collapse(text);
}

function classicTel(element: Element): string | null {
  const types = [...element.querySelectorAll('.type')].map((type) => (type.textContent ?? '').trim().toLowerCase());
  if (types.includes('fax') && !types.some((type) => type === 'voice' || type === 'cell')) return null;
  const href = element.getAttribute('href');
  if (href !== null) return phoneFromHref(href);
  const hasValueParts = element.querySelector('.value') !== null || element.tagName === 'ABBR';
  return hasValueParts ? textValue(element) : textWithoutTypes(element);
}

function phonesOf(properties: Element[]): string[] {
  const mf2 = withClass(properties, 'p-tel', 'u-tel').map((element) => {
    const value = element.classList.contains('u-tel') ? urlValue(element) : textValue(element);
    return phoneFromHref(value) ?? value;
  });
  const classic = withClass(properties, 'tel').flatMap((element) => classicTel(element) ?? []);
  return [...mf2, ...classic].filter((phone) => /\d/.test(phone));
}

function emailsOf(properties: Element[]): string[] {
  // A mailto: is passed whole; the background reads its recipients.
  return withClass(properties, 'u-email', 'p-email', 'email').map((element) => element.getAttribute('href') ?? textValue(element));
}

function findingsOf(ctx: ScanContext, card: Element): Finding[] {
  const properties = cardProperties(card);
  const name = cardName(card, properties);
  const company = cardOrganisation(properties) ?? (card.classList.contains('p-org') ? name : null);
  const weight = structuredWeight(ctx, name, card);
  const order = ctx.orderOf(card);
  const base = { source: 'hcard', name, company, weight, order } as const;
  const findings: Finding[] = [
    ...phonesOf(properties).map((raw) => ({ ...base, kind: 'phone', raw }) as const),
    ...emailsOf(properties).map((raw) => ({ ...base, kind: 'email', raw }) as const),
  ];
  // A card of a person known by name alone (no organisation card) is still someone to offer.
  return findings.length > 0 || name === null || name === company ? findings : [{ ...base, kind: 'name', raw: name }];
}

/** In document order. Two class lookups: a `.h-card, .vcard` query matches the whole page against both. */
function cardRoots(root: Document): Element[] {
  const cards = new Set([...root.getElementsByClassName('h-card'), ...root.getElementsByClassName('vcard')]);
  return [...cards].sort((a, b) => (a.compareDocumentPosition(b) & 2) - 1);
}

export function extract(root: Document, url: string, ctx: ScanContext = createScanContext(root, url)): Finding[] {
  return cardRoots(root)
    .filter((card) => card.closest('template, noscript') === null)
    .flatMap((card) => findingsOf(ctx, card));
}
