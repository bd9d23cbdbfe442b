import { collapse } from '../names/classify.ts';

/**
 * h-card (microformats2) and classic hCard (vcard) properties. A card is a `.h-card` or
 * `.vcard` element; its properties are the class-named elements inside it that are not inside
 * a nested card (a nested card that is itself a property, `p-org h-card`, belongs to the outer
 * one). Values follow the mf2 parsing rules in their common forms: value-class, abbr[title],
 * data[value], link href.
 */

export const CARD_ROOTS = '.h-card, .vcard';

export function isCardRoot(element: Element): boolean {
  return element.classList.contains('h-card') || element.classList.contains('vcard');
}

function ownerCard(element: Element): Element | null {
  const from = isCardRoot(element) ? element.parentElement : element;
  return from?.closest(CARD_ROOTS) ?? null;
}

export function cardProperties(card: Element): Element[] {
  return [...card.querySelectorAll('[class]')].filter((element) => ownerCard(element) === card);
}

export function withClass(properties: Element[], ...classes: string[]): Element[] {
  return properties.filter((element) => classes.some((name) => element.classList.contains(name)));
}

function clean(text: string | null | undefined): string {
  return collapse(text ?? '');
}

/** Text value: the value-class parts, abbr[title], data[value], img[alt], else the text. */
export function textValue(element: Element): string {
  const parts = [...element.querySelectorAll('.value')].map((part) => clean(part.getAttribute('title') ?? part.textContent));
  if (parts.length > 0) return parts.join('');
  if (element.tagName === 'ABBR' && element.hasAttribute('title')) return clean(element.getAttribute('title'));
  if (element.tagName === 'DATA') return clean(element.getAttribute('value') ?? element.textContent);
  if (element.tagName === 'IMG' || element.tagName === 'AREA') return clean(element.getAttribute('alt'));
  return clean(element.textContent);
}

/** URL value: href or src when the element has one, else the text value. */
export function urlValue(element: Element): string {
  const url = element.getAttribute('href') ?? (element.tagName === 'IMG' ? element.getAttribute('src') : null);
  return url === null ? textValue(element) : url.trim();
}

export function cardName(card: Element, properties: Element[] = cardProperties(card)): string | null {
  const named = withClass(properties, 'p-name', 'fn')[0];
  if (named !== undefined) return textValue(named) || null;
  const parts = withClass(properties, 'p-given-name', 'given-name', 'p-family-name', 'family-name').map(textValue);
  if (parts.length > 0) return parts.join(' ');
  // mf2 implied name: a card without explicit properties names itself with its text.
  const implied = card.children.length === 0 ? clean(card.textContent) : '';
  return implied === '' ? null : implied;
}

export function cardOrganisation(properties: Element[]): string | null {
  const org = withClass(properties, 'p-org', 'org')[0];
  if (org === undefined) return null;
  if (isCardRoot(org)) return cardName(org);
  return textValue(org.querySelector('.organization-name') ?? org) || null;
}

export function cardUrls(properties: Element[]): string[] {
  return withClass(properties, 'u-url', 'u-uid', 'url', 'uid').map(urlValue);
}
