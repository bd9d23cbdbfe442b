import { readJsonLd, type JsonLdBlock } from '../jsonld/parse.ts';
import { findProfileName, findSiteName, isArticlePage } from '../page/owner.ts';
import { isChromeRegion, isPageHeaderOrFooter } from './landmarks.ts';
import { createNameFinder } from './nearest-name.ts';
import { readVisibleText, type VisibleText } from './visible-text.ts';
import { createVisibility, type Visibility } from './visibility.ts';

/**
 * What every source of one scan shares, computed once and only when first needed: visibility,
 * document order, name lookups, the page's owner and profile. One context per collectPage
 * call, so a page that changed since the last scan is read afresh.
 */
export interface ScanContext {
  readonly visibility: Visibility;
  /** The visible text, read once for the text source and for document order. */
  visibleText(): VisibleText;
  /** Document order: the offset in the visible text where the node is. */
  orderOf(node: Node): number;
  /** The nearest heading or label that names the value at `anchor`. */
  nameNear(anchor: Node): string | null;
  /** Footer and navigation: the site's own regions, ranked last. */
  isInChrome(element: Element): boolean;
  /** Chrome or the page's header: whatever is unnamed there is the site owner's. */
  isInSiteRegion(element: Element): boolean;
  /** Inside an article, an unnamed contact belongs to whoever is quoted, not to the site. */
  isInArticle(element: Element): boolean;
  jsonLd(): JsonLdBlock[];
  profileName(): string | null;
  siteName(): string | null;
}

function memoisedUp(test: (element: Element) => boolean): (element: Element) => boolean {
  const memo = new Map<Element, boolean>();
  const isInside = (element: Element): boolean => {
    const known = memo.get(element);
    if (known !== undefined) return known;
    const parent = element.parentElement;
    const result = test(element) || (parent !== null && isInside(parent));
    memo.set(element, result);
    return result;
  };
  return isInside;
}

function lazy<T>(compute: () => T): () => T {
  let computed = false;
  let value: T;
  return () => {
    if (!computed) {
      value = compute();
      computed = true;
    }
    return value;
  };
}

export function createScanContext(doc: Document, url: string): ScanContext {
  const visibility = createVisibility(doc);
  const visibleText = lazy(() => readVisibleText(doc, visibility));
  const jsonLd = lazy(() => readJsonLd(doc));
  const articlePage = lazy(() => isArticlePage(doc, jsonLd()));
  return {
    visibility,
    visibleText,
    orderOf: (node) => visibleText().offsetOf(node),
    nameNear: createNameFinder(visibility),
    isInChrome: memoisedUp(isChromeRegion),
    isInSiteRegion: memoisedUp((element) => isChromeRegion(element) || isPageHeaderOrFooter(element)),
    isInArticle: (element) => articlePage() || element.closest('article') !== null,
    jsonLd,
    profileName: lazy(() => findProfileName(doc, url, jsonLd())),
    siteName: lazy(() => findSiteName(doc, jsonLd())),
  };
}
