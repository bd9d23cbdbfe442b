import { isBlock } from './blocks.ts';
import type { Visibility } from './visibility.ts';

/**
 * The page's text in one string, read in a single TreeWalker pass that steps over hidden
 * subtrees without entering them. Inline pieces are joined as rendered ("<b>(11)</b> 4002");
 * entering or leaving a block and a <br> become "\n", so no match spans two lines; line
 * breaks in the HTML source are spaces, as rendered. Each text node's offset is kept, to map
 * a match back to its node and to give any node a document-order position.
 */
export interface VisibleText {
  text: string;
  nodeAt(offset: number): Text | null;
  /** The offset of the first visible text at or after `node`: document order on one scale. */
  offsetOf(node: Node): number;
}

const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;
const TEXT_NODE = 3;
const DOCUMENT_POSITION_FOLLOWING = 0x4;
const SOURCE_LINE_BREAKS = /[\t\n\r\f]/g;

/** Most text nodes have no line break: test with indexOf, which is much cheaper than a replace. */
function asRendered(value: string): string {
  return value.indexOf('\n') === -1 && value.indexOf('\t') === -1 ? value : value.replace(SOURCE_LINE_BREAKS, ' ');
}

/** Moves past the current node's subtree; null at the end of the walk. */
function nextOutside(walker: TreeWalker): Node | null {
  for (;;) {
    const sibling = walker.nextSibling();
    if (sibling !== null) return sibling;
    if (walker.parentNode() === null) return null;
  }
}

/** What comes right after a block starts a new line ("<div>a<p>b</p>c</div>": "c", "<h3>a</h3><a>b</a>": "b"). */
function followsBlock(node: Node): boolean {
  const previous = node.previousSibling;
  return previous !== null && previous.nodeType !== TEXT_NODE && isBlock(previous as Element);
}

export function readVisibleText(doc: Document, visibility: Visibility): VisibleText {
  const parts: string[] = [];
  const starts: number[] = [];
  const nodes: Text[] = [];
  let length = 0;
  let lineBreakPending = false;
  const append = (piece: string) => {
    parts.push(piece);
    length += piece.length;
  };

  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_ELEMENT | SHOW_TEXT);
  let node = walker.nextNode();
  while (node !== null) {
    if (node.nodeType === TEXT_NODE) {
      if (lineBreakPending || followsBlock(node)) append('\n');
      lineBreakPending = false;
      starts.push(length);
      nodes.push(node as Text);
      append(asRendered(node.nodeValue ?? ''));
    } else if (visibility.isHiddenRoot(node as Element)) {
      node = nextOutside(walker);
      continue;
    } else if ((node as Element).localName === 'br' || isBlock(node as Element) || followsBlock(node)) {
      lineBreakPending = true;
    }
    node = walker.nextNode();
  }

  /** Index of the first recorded text node for which `isAtOrAfter` holds (binary search). */
  const firstIndex = (isAtOrAfter: (index: number) => boolean): number => {
    let low = 0;
    let high = nodes.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (isAtOrAfter(middle)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const nodeAt = (offset: number): Text | null => nodes[firstIndex((index) => (starts[index] ?? 0) > offset) - 1] ?? null;
  const offsetOf = (target: Node): number => {
    const index = firstIndex((position) => {
      const text = nodes[position];
      return text === target || (text !== undefined && (target.compareDocumentPosition(text) & DOCUMENT_POSITION_FOLLOWING) !== 0);
    });
    return starts[index] ?? length;
  };
  return { text: parts.join(''), nodeAt, offsetOf };
}
