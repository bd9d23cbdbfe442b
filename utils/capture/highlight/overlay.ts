/**
 * The highlight itself: boxes over the value's rectangles, in a closed shadow root under a host
 * element of our own tag, every style inline and `!important` (a page's `div { display: none
 * !important }` or `* { all: unset }` reaches neither the host nor the boxes), removed after a
 * few seconds. Inline styles set through the CSSOM, not a <style> element: a page's CSP cannot
 * block them.
 */
export const HIGHLIGHT_TAG = 'crm-capture-highlight';
export const HIGHLIGHT_MS = 3000;

const HOST_STYLE = 'all:initial;position:fixed;inset:0;z-index:2147483647;pointer-events:none;display:block;overflow:visible;contain:none;';
const BOX_STYLE =
  'all:initial;position:fixed;display:block;box-sizing:border-box;pointer-events:none;border:3px solid #d97706;border-radius:4px;background:rgba(250,204,21,.35);box-shadow:0 0 0 4px rgba(217,119,6,.35);';
const PAD = 3;

const important = (css: string) => css.replace(/;/g, ' !important;');

function placeBoxes(shadow: ShadowRoot, range: Range): void {
  const doc = range.startContainer.ownerDocument!;
  const boxes = [...range.getClientRects()].filter((rect) => rect.width > 0 && rect.height > 0);
  shadow.replaceChildren(
    ...boxes.map((rect) => {
      const box = doc.createElement('div');
      box.style.cssText = important(`${BOX_STYLE}left:${rect.left - PAD}px;top:${rect.top - PAD}px;width:${rect.width + 2 * PAD}px;height:${rect.height + 2 * PAD}px;`);
      return box;
    }),
  );
}

/** Scrolls the value into the middle of the view and outlines it for HIGHLIGHT_MS. */
export function highlightRange(range: Range): void {
  const doc = range.startContainer.ownerDocument!;
  const view = doc.defaultView!;
  const anchor = range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement;
  anchor?.scrollIntoView({ block: 'center', inline: 'nearest' });
  doc.querySelectorAll(HIGHLIGHT_TAG).forEach((old) => old.remove());
  const host = doc.createElement(HIGHLIGHT_TAG);
  host.style.cssText = important(HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  placeBoxes(shadow, range);
  doc.documentElement.append(host);
  // The boxes follow the value while the page or a scrolling container moves.
  const follow = () => placeBoxes(shadow, range);
  view.addEventListener('scroll', follow, { capture: true, passive: true });
  view.addEventListener('resize', follow, { passive: true });
  view.setTimeout(() => {
    view.removeEventListener('scroll', follow, { capture: true });
    view.removeEventListener('resize', follow);
    host.remove();
  }, HIGHLIGHT_MS);
}
