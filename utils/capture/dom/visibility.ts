import { words } from '../names/classify.ts';

/**
 * Only what a person can see counts. Two layers, so the page pass stays cheap:
 * - hidden roots: tags that never render, `hidden`, aria-hidden, inline display:none and the
 *   body of a closed <details>, known from tag names and one attribute query: the text walk
 *   steps over their subtrees;
 * - the computed style (display on every ancestor, visibility on the element itself) and
 *   Element.checkVisibility(), asked only for elements that hold a candidate, memoised.
 * Both layers give the same answer in happy-dom and Chromium: no layout-dependent signal is used.
 */

/** By localName: unlike tagName it needs no upper-casing, and this runs for every element. */
const NEVER_RENDERED = words('head|script|style|noscript|template|iframe|object|select|textarea');
const HIDING_ATTRIBUTES = '[hidden], [aria-hidden="true"], [style*="none"], details:not([open])';
const INLINE_DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

export interface Visibility {
  /** The element's whole subtree is hidden, known without computing styles. */
  isHiddenRoot(element: Element): boolean;
  /** A person can see the element's own text. */
  isVisible(element: Element): boolean;
}

function isHiddenByAttribute(element: Element): boolean {
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  return INLINE_DISPLAY_NONE.test(element.getAttribute('style') ?? '');
}

export function createVisibility(doc: Document): Visibility {
  const hiddenByAttribute = new Set<Element>();
  const closedDetails = new Set<Element>();
  for (const element of doc.querySelectorAll(HIDING_ATTRIBUTES)) {
    if (isHiddenByAttribute(element)) hiddenByAttribute.add(element);
    if (element.tagName === 'DETAILS' && !element.hasAttribute('open')) closedDetails.add(element);
  }
  const isInClosedDetails = (element: Element): boolean =>
    closedDetails.size > 0 && element.localName !== 'summary' && element.parentElement !== null && closedDetails.has(element.parentElement);
  const isHiddenRoot = (element: Element): boolean => NEVER_RENDERED.has(element.localName) || hiddenByAttribute.has(element) || isInClosedDetails(element);

  const view = doc.defaultView;
  const rendered = new Map<Element, boolean>();
  const visible = new Map<Element, boolean>();

  const isRendered = (element: Element): boolean => {
    const known = rendered.get(element);
    if (known !== undefined) return known;
    const parent = element.parentElement;
    const result = !isHiddenRoot(element) && view?.getComputedStyle(element).display !== 'none' && (parent === null || isRendered(parent));
    rendered.set(element, result);
    return result;
  };

  /** checkVisibility() is false for display:contents boxes, so ask their nearest real box. */
  const passesCheckVisibility = (element: Element): boolean => {
    let box: Element | null = element;
    while (box !== null && view?.getComputedStyle(box).display === 'contents') box = box.parentElement;
    return box === null || typeof box.checkVisibility !== 'function' || box.checkVisibility();
  };

  const isVisible = (element: Element): boolean => {
    const known = visible.get(element);
    if (known !== undefined) return known;
    const visibility = view?.getComputedStyle(element).visibility;
    const result = isRendered(element) && visibility !== 'hidden' && visibility !== 'collapse' && (view === null || passesCheckVisibility(element));
    visible.set(element, result);
    return result;
  };

  return { isHiddenRoot, isVisible };
}
