import { nameKey } from '../names/classify.ts';
import { WEIGHT, locatedWeight } from '../weights.ts';
import type { ScanContext } from './context.ts';

/**
 * Who a value found in the page belongs to, and how much it weighs:
 * - the name written with it or the nearest heading or label;
 * - unnamed in the content of a profile page: the profile's person;
 * - unnamed elsewhere: probably the site's owner (company set, no name: buildCapture drops it
 *   when a named contact has the same value), unless it sits in an article, where it belongs
 *   to whoever the article quotes (no name, no company).
 */
export interface Placement {
  name: string | null;
  company: string | null;
  weight: number;
}

function isProfileName(ctx: ScanContext, name: string | null): boolean {
  const profile = ctx.profileName();
  return profile !== null && name !== null && nameKey(name) === nameKey(profile);
}

export function placeInPage(ctx: ScanContext, anchor: Node, base: number, writtenName: string | null): Placement {
  const element = anchor.nodeType === 1 ? (anchor as Element) : anchor.parentElement;
  if (element === null) return { name: writtenName, company: null, weight: base };
  const inSiteRegion = ctx.isInSiteRegion(element);
  const name = writtenName ?? ctx.nameNear(anchor);
  const profile = ctx.profileName();
  if (profile !== null && !inSiteRegion && (name === null || isProfileName(ctx, name))) {
    return { name: profile, company: null, weight: WEIGHT.profile };
  }
  const weight = locatedWeight(base, ctx.isInChrome(element));
  if (name !== null) return { name, company: null, weight };
  const quoted = !inSiteRegion && ctx.isInArticle(element);
  return { name: null, company: quoted ? null : ctx.siteName(), weight };
}

/** Structured items carry their own name; only the profile boost and page chrome change their weight. */
export function structuredWeight(ctx: ScanContext, name: string | null, element: Element | null): number {
  if (isProfileName(ctx, name)) return WEIGHT.profile;
  return locatedWeight(WEIGHT.structured, element !== null && ctx.isInChrome(element));
}
