import { words } from '../names/classify.ts';

/**
 * Page regions. Footers and navigation are page chrome: their contacts belong to the site and
 * rank last. The same regions, plus main and dialogs, bound the search for a contact's name:
 * a heading in the article never names a phone in the footer.
 */

const SECTIONING = 'article, aside, main, nav, section';

/** A header or footer of the whole page (not of an article or a card). */
export function isPageHeaderOrFooter(element: Element): boolean {
  if (element.tagName !== 'HEADER' && element.tagName !== 'FOOTER') return false;
  return element.parentElement?.closest(SECTIONING) == null;
}

export function isChromeRegion(element: Element): boolean {
  const role = element.getAttribute('role');
  if (element.tagName === 'NAV' || role === 'navigation' || role === 'contentinfo') return true;
  return element.tagName === 'FOOTER' && isPageHeaderOrFooter(element);
}

const BOUNDARY_TAGS = words('BODY|HTML|MAIN|DIALOG|NAV');
const BOUNDARY_ROLES = words('main|dialog|navigation|banner|contentinfo');

/** Where the search for a name stops climbing. */
export function isNameBoundary(element: Element): boolean {
  if (BOUNDARY_TAGS.has(element.tagName)) return true;
  if (BOUNDARY_ROLES.has(element.getAttribute('role') ?? '')) return true;
  return isPageHeaderOrFooter(element);
}
