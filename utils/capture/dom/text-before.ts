import { isBlock } from './blocks.ts';

/**
 * The text on the same rendered line before a node, read from the DOM: what precedes a link
 * inside its paragraph or list item, up to a block edge or a <br>.
 */
const LIMIT = 160;
const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

function isLineBreak(element: Element): boolean {
  return isBlock(element) || element.localName === 'br';
}

export function textBefore(node: Node): string {
  let text = '';
  let current: Node = node;
  while (text.length < LIMIT) {
    for (let sibling = current.previousSibling; sibling !== null; sibling = sibling.previousSibling) {
      const element = sibling.nodeType === 1 ? (sibling as Element) : null;
      if (element !== null && isLineBreak(element)) return text;
      const readable = element === null ? sibling.nodeType === 3 : !INVISIBLE_TAGS.has(element.tagName);
      if (readable) text = (sibling.textContent ?? '') + text;
      if (text.length >= LIMIT) return text;
    }
    const parent = current.parentElement;
    if (parent === null || isBlock(parent)) return text;
    current = parent;
  }
  return text;
}
