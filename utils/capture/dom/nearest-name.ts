import { classifyLabel, cleanLabel, isProperName, type LabelKind, words } from '../names/classify.ts';
import { isChromeRegion, isNameBoundary, isPageHeaderOrFooter } from './landmarks.ts';
import type { Visibility } from './visibility.ts';

/**
 * The name a reader attaches to a value from the page's structure: the nearest heading or
 * label before it (a card's <h3>, a <dt>, a <strong>, a "nome" class, a table row's first
 * cell), climbing out of the value's box one level at a time. Headings that are section
 * titles ("Fale conosco") or sentences do not name anything, and once one is met only its
 * parent headings (lower levels) can still name the value, like in a document outline.
 */

const HEADING_TAGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];
const NAMED_ELEMENTS = '[class*="name"], [class*="nome"], .fn, [itemprop="name"]';
const LABEL_TAGS = words('DT|TH|STRONG|B|LABEL|LEGEND|CAPTION');
/** Class tokens of an element holding a whole name ("nome", "p-name", "seller-name"), not a part of one. */
const NAME_CLASS = /^(?:p-)?(?:name|nome|fn)$|[-_](?:name|nome)$/i;
const NAME_PART_CLASS = /^(?:p-)?(?:given|family|additional|nick|user|file|first|last|middle)[-_]name$/i;
/** A sibling section has its own outline: its headings do not name what follows it. */
const SECTIONING_TAGS = words('SECTION|ARTICLE|ASIDE|NAV|MAIN|FORM');
const REPEATED_ITEM_TAGS = words('LI|ARTICLE|TR|SECTION|DD');
/** Labels rank below every heading level. */
const LABEL_LEVEL = 7;
const MAX_DEPTH = 12;
const MAX_SIBLINGS = 12;

interface Candidate {
  element: Element;
  level: number;
}

function headingLevel(element: Element): number | null {
  const level = /^H([1-6])$/.exec(element.tagName)?.[1];
  if (level !== undefined) return Number(level);
  if (element.getAttribute('role') !== 'heading') return null;
  return Number(element.getAttribute('aria-level')) || 2;
}

function hasNameClass(element: Element): boolean {
  return [...element.classList].some((token) => NAME_CLASS.test(token) && !NAME_PART_CLASS.test(token));
}

function isLabelLike(element: Element): boolean {
  return LABEL_TAGS.has(element.tagName) || hasNameClass(element) || element.getAttribute('itemprop') === 'name';
}

/** Another item of the same list (cards, rows, list items) names nothing in this one. */
function isPeer(sibling: Element, node: Node): boolean {
  if (node.nodeType !== 1 || sibling.tagName !== (node as Element).tagName) return false;
  if (REPEATED_ITEM_TAGS.has(sibling.tagName)) return true;
  const className = (node as Element).getAttribute('class');
  return className !== null && className !== '' && className === sibling.getAttribute('class');
}

function previousElement(node: Node): Element | null {
  let sibling = node.previousSibling;
  while (sibling !== null && sibling.nodeType !== 1) sibling = sibling.previousSibling;
  return sibling as Element | null;
}

/** Longer than any name; a longer text is cut before cleaning, so a huge label stays cheap. */
const MAX_LABEL_TEXT = 200;

function textOf(element: Element): string {
  return cleanLabel((element.textContent ?? '').slice(0, MAX_LABEL_TEXT));
}

/**
 * An <h1> titles the whole page ("Encomendas", "Nossos escritórios"); it names a contact only
 * when it is a proper name (the person of a profile, the company of its own page).
 */
function kindOf(element: Element): LabelKind {
  const text = textOf(element);
  const kind = classifyLabel(text);
  return kind === 'name' && element.tagName === 'H1' && !isProperName(text) ? 'generic' : kind;
}

/** In a table, the row's first cell names the others ("Financeiro | (11) 4002-8950 | …"). */
function rowName(node: Node): string | null {
  const cell = node.nodeType === 1 ? (node as Element) : null;
  if (cell === null || (cell.tagName !== 'TD' && cell.tagName !== 'TH')) return null;
  const first = cell.parentElement?.firstElementChild;
  if (first == null || first === cell) return null;
  return classifyLabel(textOf(first)) === 'name' ? textOf(first) : null;
}

/** "Nome: Ana Souza" as <dt>Nome</dt><dd>Ana Souza</dd>. */
function valueAfter(label: Element): string | null {
  const value = label.nextElementSibling;
  return value !== null && classifyLabel(textOf(value)) === 'name' ? textOf(value) : null;
}

export function createNameFinder(visibility: Visibility): (anchor: Node) => string | null {
  const labels = new Map<Element, Element | null>();
  /** The one visible element of a list, or null (none, or more than one: stops at the second). */
  const onlyVisible = (elements: Iterable<Element>): Element | null => {
    let found: Element | null = null;
    for (const element of elements) {
      if (!visibility.isVisible(element)) continue;
      if (found !== null) return null;
      found = element;
    }
    return found;
  };

  /**
   * A box before the value (a card's header) labels it with its one heading, or its one
   * element marked as a name. A box with several headings is a section of its own. Headings
   * are looked up by tag name: one selector list of all six levels and [role] matched every
   * element of a big box (a catalogue's product grid) against each.
   */
  const labelInside = (container: Element): Element | null => {
    if (labels.has(container)) return labels.get(container) ?? null;
    const headings = new Set([...HEADING_TAGS.flatMap((tag) => [...container.getElementsByTagName(tag)]), ...container.querySelectorAll('[role="heading"]')]);
    const label = onlyVisible(headings.size > 0 ? headings : [...container.querySelectorAll(NAMED_ELEMENTS)].filter(isLabelLike));
    labels.set(container, label);
    return label;
  };

  const candidateIn = (sibling: Element): Candidate | null => {
    const level = headingLevel(sibling);
    if (level !== null) return { element: sibling, level };
    if (isLabelLike(sibling)) return { element: sibling, level: LABEL_LEVEL };
    if (SECTIONING_TAGS.has(sibling.tagName)) return null;
    const label = labelInside(sibling);
    return label === null ? null : { element: label, level: headingLevel(label) ?? LABEL_LEVEL };
  };

  const isSkipped = (sibling: Element, node: Node): boolean => isPeer(sibling, node) || isChromeRegion(sibling) || isPageHeaderOrFooter(sibling) || !visibility.isVisible(sibling);

  return (anchor) => {
    let levelLimit = Number.POSITIVE_INFINITY;
    let node: Node = anchor;
    for (let depth = 0; depth < MAX_DEPTH; depth++) {
      if (node.nodeType === 1 && isNameBoundary(node as Element)) return null;
      const fromRow = rowName(node);
      if (fromRow !== null) return fromRow;
      let sibling = previousElement(node);
      for (let seen = 0; sibling !== null && seen < MAX_SIBLINGS; seen++, sibling = sibling.previousElementSibling) {
        const candidate = isSkipped(sibling, node) ? null : candidateIn(sibling);
        if (candidate === null || candidate.level >= levelLimit) continue;
        const kind = kindOf(candidate.element);
        if (kind === 'name') return textOf(candidate.element);
        const value = kind === 'name-field' ? valueAfter(candidate.element) : null;
        if (value !== null) return value;
        if (candidate.level < LABEL_LEVEL) levelLimit = candidate.level;
      }
      const parent = node.parentElement;
      if (parent === null) return null;
      node = parent;
    }
    return null;
  };
}
