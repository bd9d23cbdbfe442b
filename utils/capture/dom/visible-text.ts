import { words } from '../names/classify.ts';
import { isBlock } from './blocks.ts';
import type { Visibility } from './visibility.ts';

/**
 * The page's text in one string, read in a single TreeWalker pass that steps over hidden
 * subtrees without entering them. Inline pieces are joined as rendered ("<b>(11)</b> 4002");
 * entering or leaving a block and a <br> become "\n", so no match spans two lines; line
 * breaks in the HTML source are spaces, as rendered. Each text node's offset is kept, to map
 * a match back to its node and to give any node a document-order position.
 * Stylesheets make boxes of inline tags too (a flex row of <b>E-mail</b><span>vendas@…</span>,
 * an inline-block label): where two texts would touch with no space between them across an
 * element edge, the computed display of the elements between decides, as innerText does: a
 * block-level box starts a new line, an inline-block or table cell leaves a gap. Only such
 * junctions ask for a style, so the pass stays cheap.
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

const INLINE_DISPLAYS = words('inline|contents|none|');
/** Displays whose box sits on the line among its neighbours: a gap, not a new line. */
const IN_LINE_BOXES = /^(?:inline-|table-cell|ruby)/;
/** A flex or grid container lays its children out as blocks, whatever their own display. */
const BLOCKIFYING = /(?:^|-)(?:flex|grid)$/;

type DisplayOf = (element: Element) => string;

/**
 * Computed display, remembered per kind of element: the same tag with the same classes (a
 * catalogue's thousands of <span class="sku">) is styled alike, so a page asks for a few dozen
 * styles, not one per junction. Inline styles are asked each time. A class styled differently
 * by its ancestors (".row span") is read as the first one met: keying on the parent too made
 * the pass over a 10,000-element page twice as slow. Looked up by tag, then class: the strings
 * the DOM hands back are reused, while a joined key is a new string to build and hash each time.
 */
function createDisplayOf(view: Window): DisplayOf {
  const known = new Map<string, Map<string, string>>();
  return (element) => {
    if (element.hasAttribute('style')) return view.getComputedStyle(element).display;
    let byClass = known.get(element.localName);
    if (byClass === undefined) known.set(element.localName, (byClass = new Map()));
    let display = byClass.get(element.className);
    if (display === undefined) byClass.set(element.className, (display = view.getComputedStyle(element).display));
    return display;
  };
}

/**
 * The boundary between two texts that touch across element edges: '' (inline), ' ' or '\n'.
 * `crossed` holds the elements left and entered between them, `common` the innermost element
 * holding both.
 */
function boundaryBetween(displayOf: DisplayOf, crossed: Element[], common: Element): string {
  if (crossed.length === 0) return '';
  if (BLOCKIFYING.test(displayOf(common))) return '\n';
  let boundary = '';
  for (const element of crossed) {
    const display = displayOf(element);
    if (INLINE_DISPLAYS.has(display)) continue;
    if (!IN_LINE_BOXES.test(display)) return '\n';
    boundary = ' ';
  }
  return boundary;
}

/** Space, tab, line breaks and no-break space (what a text can start or end with between words). */
const isSpace = (code: number) => code <= 32 || code === 160;

export function readVisibleText(doc: Document, visibility: Visibility): VisibleText {
  const starts: number[] = [];
  const nodes: Text[] = [];
  /** Joined once at the end: a string grown piece by piece is a rope of thousands of parts. */
  const pieces: string[] = [];
  let length = 0;
  let lineBreakPending = false;
  /** The text so far ends with a word character: a text that starts with one would touch it. */
  let open = false;
  const append = (piece: string) => {
    pieces.push(piece);
    length += piece.length;
    if (piece !== '') open = !isSpace(piece.charCodeAt(piece.length - 1));
  };

  const view = doc.defaultView;
  const displayOf = view === null ? null : createDisplayOf(view);
  const root = doc.body ?? doc.documentElement;
  /**
   * The elements the walk is inside, outermost first, and whether each is a block: leaving a
   * block starts a new line ("<div>a<p>b</p>c</div>": "c"), known from the path alone, with no
   * look at siblings. Elements left since the last text, and the shallowest depth reached,
   * give the edges two touching texts cross.
   */
  const path: Element[] = [root];
  const blocks: boolean[] = [false];
  let left: Element[] = [];
  let shallowest = 1;
  const walker = doc.createTreeWalker(root, SHOW_ELEMENT | SHOW_TEXT);
  let node = walker.nextNode();
  while (node !== null) {
    const parent = node.parentNode;
    while (path.length > 1 && path[path.length - 1] !== parent) {
      left.push(path.pop() as Element);
      if (blocks.pop()) lineBreakPending = true;
    }
    if (path.length < shallowest) shallowest = path.length;
    if (node.nodeType === TEXT_NODE) {
      const value = asRendered(node.nodeValue ?? '');
      if (lineBreakPending) append('\n');
      else if (open && displayOf !== null && value !== '' && !isSpace(value.charCodeAt(0))) {
        append(boundaryBetween(displayOf, left.concat(path.slice(shallowest)), path[shallowest - 1] as Element));
      }
      lineBreakPending = false;
      if (left.length > 0) left = [];
      shallowest = path.length;
      starts.push(length);
      nodes.push(node as Text);
      append(value);
      node = walker.nextNode();
      continue;
    }
    const element = node as Element;
    const block = isBlock(element);
    path.push(element);
    blocks.push(block);
    if (visibility.isHiddenRoot(element)) {
      node = nextOutside(walker);
      continue;
    }
    if (block || element.localName === 'br') lineBreakPending = true;
    node = walker.nextNode();
  }

  const text = pieces.join('');

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
    return starts[index] ?? text.length;
  };
  return { text, nodeAt, offsetOf };
}
