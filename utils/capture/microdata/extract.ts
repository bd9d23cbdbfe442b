import { createScanContext, type ScanContext } from '../dom/context.ts';
import { structuredWeight } from '../dom/placement.ts';
import { phoneFromHref } from '../links/href.ts';
import { EMPLOYER_PROPERTIES, OWNED_TYPES } from '../schema-org.ts';
import type { Finding } from '../types.ts';
import { itemName, itemProperties, itemTypes, itemValue, ownerItem, propertyNames } from './properties.ts';

/**
 * schema.org microdata: every item with telephone or email properties, and every Person with
 * a name alone. Items are metadata, so
 * a <meta itemprop="telephone" content="…"> counts although never rendered; items inside a
 * <template> (or <noscript>) are not part of the page and do not.
 */

interface Owner {
  name: string | null;
  company: string | null;
}

function propertyText(property: Element): string | null {
  return property.hasAttribute('itemscope') ? itemName(property) : itemValue(property) || null;
}

function employerOf(properties: Element[]): string | null {
  const employer = properties.find((property) => propertyNames(property).some((name) => EMPLOYER_PROPERTIES.includes(name)));
  return employer === undefined ? null : propertyText(employer);
}

function ownerOf(item: Element, properties: Element[]): Owner {
  const parent = item.hasAttribute('itemprop') ? ownerItem(item) : null;
  const types = itemTypes(item);
  if (types.some((type) => OWNED_TYPES.has(type))) {
    return parent === null ? { name: null, company: null } : ownerOf(parent, itemProperties(parent));
  }
  const name = itemName(item, properties);
  if (!types.includes('Person')) return { name, company: name };
  const parentOwner = parent === null ? null : ownerOf(parent, itemProperties(parent));
  return { name, company: employerOf(properties) ?? parentOwner?.company ?? null };
}

function valuesOf(property: Element): Array<{ kind: Finding['kind']; raw: string }> {
  const names = propertyNames(property);
  const value = itemValue(property);
  if (names.includes('telephone')) return [{ kind: 'phone', raw: phoneFromHref(value) ?? value }];
  // A mailto: is passed whole; the background reads its recipients.
  return names.includes('email') ? [{ kind: 'email', raw: value }] : [];
}

function findingsOf(ctx: ScanContext, item: Element): Finding[] {
  const properties = itemProperties(item);
  const contactProperties = properties.filter((property) => !property.hasAttribute('itemscope') && valuesOf(property).length > 0);
  const person = itemTypes(item).includes('Person');
  if (contactProperties.length === 0 && !person) return [];
  const { name, company } = ownerOf(item, properties);
  const weight = structuredWeight(ctx, name, item);
  if (contactProperties.length === 0) {
    return name === null ? [] : [{ kind: 'name', raw: name, source: 'microdata', name, company, weight, order: ctx.orderOf(item) }];
  }
  return contactProperties.flatMap((property) =>
    valuesOf(property).map(({ kind, raw }) => ({ kind, raw, source: 'microdata', name, company, weight, order: ctx.orderOf(property) }) as const),
  );
}

export function extract(root: Document, url: string, ctx: ScanContext = createScanContext(root, url)): Finding[] {
  return [...root.querySelectorAll('[itemscope]')].filter((item) => item.closest('template, noscript') === null).flatMap((item) => findingsOf(ctx, item));
}
