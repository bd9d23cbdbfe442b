import { collapse } from '../names/classify.ts';

/**
 * HTML microdata as the WHATWG spec reads it: an item is an [itemscope] element, its
 * properties are the [itemprop] elements whose nearest enclosing item it is (an element that
 * is both itemprop and itemscope is a property of the outer item), and a property's value
 * depends on the element (meta content, link href, time datetime, text otherwise).
 */

export function ownerItem(property: Element): Element | null {
  return property.parentElement?.closest('[itemscope]') ?? null;
}

export function propertyNames(element: Element): string[] {
  return (element.getAttribute('itemprop') ?? '').split(/\s+/).filter((name) => name !== '');
}

export function itemProperties(item: Element): Element[] {
  return [...item.querySelectorAll('[itemprop]')].filter((property) => ownerItem(property) === item);
}

/**
 * The spec's value attributes for the properties read here (name, telephone, email and their
 * kin): media, embeds and meters carry none of them, and this ships to every page read.
 */
const VALUE_ATTRIBUTES: Record<string, string> = { META: 'content', A: 'href', AREA: 'href', LINK: 'href', DATA: 'value', TIME: 'datetime' };

export function itemValue(property: Element): string {
  const attribute = VALUE_ATTRIBUTES[property.tagName];
  const value = attribute === undefined ? null : property.getAttribute(attribute);
  return collapse(value ?? property.textContent ?? '');
}

/** "https://schema.org/RealEstateAgent" is "RealEstateAgent". */
export function itemTypes(item: Element): string[] {
  return (item.getAttribute('itemtype') ?? '')
    .split(/\s+/)
    .filter((type) => type !== '')
    .map((type) => type.replace(/^.*[/#]/, ''));
}

function firstValue(properties: Element[], name: string): string | null {
  const property = properties.find((candidate) => propertyNames(candidate).includes(name));
  if (property === undefined) return null;
  // A nested item as the value (a Person's name given as an item) has no plain text to use.
  return property.hasAttribute('itemscope') ? null : itemValue(property) || null;
}

export function itemName(item: Element, properties: Element[] = itemProperties(item)): string | null {
  const name = firstValue(properties, 'name') ?? firstValue(properties, 'legalName');
  if (name !== null) return name;
  const parts = [firstValue(properties, 'givenName'), firstValue(properties, 'familyName')].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}
