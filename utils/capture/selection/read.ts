import { CONTACT_LIMITS } from '../../constants/crm';
import { NOT_QUOTABLE, QUOTABLE_TEXT, findMain } from '../whatsapp/selectors';

/** One piece of the selection: a message's selected text with its `data-pre-plain-text` line, or plain text (`meta` null). */
export interface SelectedPart {
  meta: string | null;
  text: string;
}

/** What the rep selected in a tab, as the injected reader hands it to the background (selection-note.ts checks it). */
export interface SelectionRead {
  url: string;
  title: string;
  parts: SelectedPart[];
}

const WHATSAPP_ORIGIN = 'https://web.whatsapp.com';
/** More than the notes can hold is never read: the text is cut here, in the page. */
const MAX_TEXT = CONTACT_LIMITS.notes;
const MAX_PARTS = 100;
/** `[10:41, 05/12/2026] ` and a name WhatsApp caps at 200 characters. */
const MAX_META = 260;

/** The text of a piece of the DOM as a reader sees it: emoji images by their `alt`, `<br>` as a new line. */
function textOf(fragment: DocumentFragment): string {
  const doc = fragment.ownerDocument;
  const walker = doc.createTreeWalker(fragment, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < MAX_TEXT; node = walker.nextNode()) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if (node.nodeName === 'IMG') text += (node as Element).getAttribute('alt') ?? '';
    else if (node.nodeName === 'BR') text += '\n';
  }
  return text.slice(0, MAX_TEXT);
}

/** The part of `range` inside `element`. */
function clipTo(range: Range, element: Element): Range {
  const part = element.ownerDocument.createRange();
  part.selectNodeContents(element);
  if (range.compareBoundaryPoints(part.START_TO_START, part) > 0) part.setStart(range.startContainer, range.startOffset);
  if (range.compareBoundaryPoints(part.END_TO_END, part) < 0) part.setEnd(range.endContainer, range.endOffset);
  return part;
}

/** The chat's message texts, in page order: each variant of QUOTABLE_TEXT outside an earlier variant's match. */
function messageBlocks(main: Element): Element[] {
  const taken: Element[] = [];
  for (const selector of QUOTABLE_TEXT) {
    const outer = [...taken];
    for (const element of main.ownerDocument.querySelectorAll(selector)) {
      if (!outer.some((block) => block.contains(element)) && !element.closest(NOT_QUOTABLE.join(','))) taken.push(element);
    }
  }
  return taken.sort((a, b) => (a.compareDocumentPosition(b) & a.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** On WhatsApp Web: each selected message with who and when. Text outside messages (date separators, a quoted reply) is left out. */
function selectedMessages(doc: Document, ranges: Range[]): SelectedPart[] {
  const main = findMain(doc);
  if (!main) return [];
  const parts: SelectedPart[] = [];
  let length = 0;
  for (const block of messageBlocks(main)) {
    if (parts.length >= MAX_PARTS || length >= MAX_TEXT) break;
    const range = ranges.find((candidate) => candidate.intersectsNode(block));
    const text = range
      ? textOf(clipTo(range, block).cloneContents())
          .trim()
          .slice(0, MAX_TEXT - length)
      : '';
    if (!text) continue;
    parts.push({ meta: block.getAttribute('data-pre-plain-text')?.slice(0, MAX_META) ?? null, text });
    length += text.length;
  }
  return parts;
}

/**
 * Injected on demand (entrypoints/selection-read.ts) when the rep asks for the selection in the
 * notes: reads only the current selection, as text, never HTML. On WhatsApp Web the selected
 * messages keep their sender and time; elsewhere, and for a WhatsApp selection outside the
 * messages, the selection's plain text.
 */
export function readSelection(doc: Document, url: string): SelectionRead {
  const selection = doc.getSelection();
  const read: SelectionRead = { url, title: doc.title, parts: [] };
  if (!selection || selection.isCollapsed || !selection.rangeCount) return read;
  const ranges = Array.from({ length: selection.rangeCount }, (_, index) => selection.getRangeAt(index));
  const messages = url.startsWith(`${WHATSAPP_ORIGIN}/`) ? selectedMessages(doc, ranges) : [];
  const text = messages.length ? '' : selection.toString().slice(0, MAX_TEXT).trim();
  return { ...read, parts: messages.length ? messages : text ? [{ meta: null, text }] : [] };
}
