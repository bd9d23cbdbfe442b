import { words } from '../names/classify.ts';

/**
 * Elements that start a new line when rendered. Text is joined across inline elements
 * ("<b>(11)</b> 4002-8922") but never across these, like innerText does, without layout.
 */
const BLOCK_TAGS = words(
  'address|article|aside|blockquote|body|button|caption|dd|details|dialog|div|dl|dt|fieldset|figcaption|figure|footer|form|h1|h2|h3|h4|h5|h6|header|hr|html|legend|li|main|nav|ol|option|p|pre|section|summary|table|tbody|td|tfoot|th|thead|tr|ul',
);

/** By localName, which (unlike tagName) needs no upper-casing on every call. */
export function isBlock(element: Element): boolean {
  return BLOCK_TAGS.has(element.localName);
}
