/**
 * Finds a captured value in the page again, for "show on page": in the document, its open
 * shadow roots and its same-origin iframes, as text first and else as the contact link that
 * carries it (a "Call us" button). Pure DOM: runs in the injected page-highlight.js.
 */

/** What to look for: a phone by its national digits (written any way), an e-mail or a name as text. */
export type Needle = { kind: 'phone'; digits: string } | { kind: 'email' | 'name'; text: string };

/** Where a value was found, and whether a person can see it there. */
export interface Spot {
  range: Range;
  visible: boolean;
}

/** NodeFilter.SHOW_TEXT, by value: the page may have replaced the global. */
const SHOW_TEXT = 0x4;
const SKIPPED_PARENTS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** Digits written as a phone: with spaces, dots, dashes and brackets between them. */
const PHONE_RUN = /[+(]?\d[\d\s().\-\u00a0]{4,}\d/g;
/** At most a country code and a trunk prefix before the national number ("+55 0", "00 55"). */
const MAX_PREFIX_DIGITS = 4;

/** The document, then every open shadow root and same-origin iframe document inside it, depth first. */
export function* searchRoots(doc: Document): Generator<Document | ShadowRoot> {
  const pending: (Document | ShadowRoot)[] = [doc];
  while (pending.length > 0) {
    const root = pending.shift()!;
    yield root;
    for (const element of root.querySelectorAll('*')) {
      if (element.shadowRoot) pending.push(element.shadowRoot);
      if (element.tagName === 'IFRAME' || element.tagName === 'FRAME') {
        const inner = frameDocument(element as HTMLIFrameElement);
        if (inner) pending.push(inner);
      }
    }
  }
}

function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    // Cross-origin frames throw or give null: capture does not read them either.
    return frame.contentDocument;
  } catch {
    return null;
  }
}

export function phoneMatches(written: string, digits: string): boolean {
  const found = written.replace(/\D/g, '');
  return found.endsWith(digits) && found.length - digits.length <= MAX_PREFIX_DIGITS;
}

function textOffsets(text: string, needle: Needle): [number, number][] {
  if (needle.kind === 'phone')
    return [...text.matchAll(PHONE_RUN)].filter((match) => phoneMatches(match[0], needle.digits)).map((match) => [match.index, match.index + match[0].length]);
  const at = text.toLowerCase().indexOf(needle.text);
  return at === -1 ? [] : [[at, at + needle.text.length]];
}

/** A contact link's href: what comes after its scheme, or after wa.me/ or phone= for WhatsApp. */
const LINK_TARGET = /^\s*(?:mailto:|tel:|callto:|sms:|whatsapp:.*?phone=|https?:\/\/[^/]*wa\.me\/|https?:\/\/[^/]*whatsapp\.com\/send\?(?:.*&)?phone=)(.*)$/i;

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function linkMatches(href: string, needle: Needle): boolean {
  const target = decoded(LINK_TARGET.exec(href)?.[1] ?? '');
  if (needle.kind === 'name' || target === '') return false;
  if (needle.kind !== 'phone')
    return (
      /^\s*mailto:/i.test(href) &&
      target
        .toLowerCase()
        .split(/[?,;]/)
        .some((address) => address.trim() === needle.text)
    );
  const number = /^[+\d\s().-]+/.exec(target)?.[0] ?? '';
  return phoneMatches(number, needle.digits);
}

/** Rendered and on screen: not display:none, visibility:hidden, fully transparent, or of no size. */
export function isShown(range: Range, element: Element): boolean {
  const check = (element as Element & { checkVisibility?: (options: object) => boolean }).checkVisibility;
  if (check && !check.call(element, { opacityProperty: true, visibilityProperty: true })) return false;
  return [...range.getClientRects()].some((rect) => rect.width > 0 && rect.height > 0);
}

function spotsIn(root: Document | ShadowRoot, needle: Needle): Spot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const spots: Spot[] = [];
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let node = walker.nextNode() as Text | null; node !== null; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement;
    if (parent === null || SKIPPED_PARENTS.has(parent.tagName)) continue;
    for (const [start, end] of textOffsets(node.data, needle)) {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      spots.push({ range, visible: isShown(range, parent) });
    }
  }
  for (const link of root.querySelectorAll('a[href]')) {
    if (!linkMatches(link.getAttribute('href') ?? '', needle)) continue;
    const range = doc.createRange();
    range.selectNodeContents(link);
    spots.push({ range, visible: isShown(range, link) });
  }
  return spots;
}

/** The first visible place of the value, else the first hidden one, else null (not in the page's text or links). */
export function findValue(doc: Document, needle: Needle): Spot | null {
  let hidden: Spot | null = null;
  for (const root of searchRoots(doc)) {
    const spots = spotsIn(root, needle);
    const visible = spots.find((spot) => spot.visible);
    if (visible) return visible;
    hidden ??= spots[0] ?? null;
  }
  return hidden;
}
