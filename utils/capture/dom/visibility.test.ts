import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import { createVisibility } from './visibility.ts';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function visibilityOf(html: string): (id: string) => boolean {
  page = loadHtml(`<!doctype html><html><head><style>.off{display:none}.ghost{visibility:hidden}.ghost .back{visibility:visible}</style></head><body>${html}</body></html>`);
  const { doc } = page;
  const visibility = createVisibility(doc);
  return (id) => {
    const element = doc.getElementById(id);
    if (element === null) throw new Error(`no #${id}`);
    return visibility.isVisible(element);
  };
}

describe('createVisibility', () => {
  it('sees ordinary content', () => {
    expect(visibilityOf('<main><p id="a">x</p><details open><p id="b">y</p></details></main>')('a')).toBe(true);
  });

  it.each([
    ['a style-sheet class', '<div class="off"><p id="x">x</p></div>'],
    ['inline display:none', '<div style="color:red; display: none"><p id="x">x</p></div>'],
    ['the hidden attribute', '<div hidden><p id="x">x</p></div>'],
    ['aria-hidden', '<div aria-hidden="true"><p id="x">x</p></div>'],
    ['visibility:hidden', '<p class="ghost" id="x">x</p>'],
    ['a closed <details>', '<details><summary>s</summary><p id="x">x</p></details>'],
    ['<noscript>', '<noscript><p id="x">x</p></noscript>'],
  ])('hides what %s hides', (_, html) => {
    expect(visibilityOf(html)('x')).toBe(false);
  });

  it('shows a visibility:visible child of a hidden parent and a closed <details> summary', () => {
    const isVisible = visibilityOf('<p class="ghost"><span class="back" id="x">x</span></p><details><summary id="s">s</summary></details>');
    expect(isVisible('x')).toBe(true);
    expect(isVisible('s')).toBe(true);
  });

  it('knows hidden roots without computing styles, for the text walk', () => {
    page = loadHtml('<body><div hidden id="h"></div><script id="s"></script><div class="off" id="c"></div></body>');
    const visibility = createVisibility(page.doc);
    const element = (id: string) => page?.doc.getElementById(id) as Element;
    expect([visibility.isHiddenRoot(element('h')), visibility.isHiddenRoot(element('s')), visibility.isHiddenRoot(element('c'))]).toEqual([true, true, false]);
  });
});
