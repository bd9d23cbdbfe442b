import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import { createNameFinder } from './nearest-name.ts';
import { createVisibility } from './visibility.ts';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function nameOf(body: string): string | null {
  page = loadHtml(`<!doctype html><html><body>${body}</body></html>`);
  const target = page.doc.getElementById('v');
  if (target === null) throw new Error('no #v');
  return createNameFinder(createVisibility(page.doc))(target);
}

describe('nearest name', () => {
  it.each([
    ['a card heading', '<div class="card"><h3>Ana Souza</h3><p>Cardiologia</p><p id="v">tel</p></div>', 'Ana Souza'],
    ['a heading in the card header box', '<div><div class="topo"><h3>Ana Souza</h3></div><div><p id="v">tel</p></div></div>', 'Ana Souza'],
    ['an element marked as a name', '<li><p><strong class="nome">Carla Nunes</strong> · Paisagismo</p><p id="v">tel</p></li>', 'Carla Nunes'],
    ['a definition term', '<dl><dt>Comercial</dt><dd>x</dd><dd id="v">tel</dd></dl>', 'Comercial'],
    ['the value after a "Nome" label', '<dl><dt>Nome</dt><dd>Ana Souza</dd><dt>Telefone</dt><dd id="v">tel</dd></dl>', 'Ana Souza'],
    ['the first cell of a table row', '<table><tr><td>Financeiro</td><td id="v">tel</td></tr></table>', 'Financeiro'],
    ['the parent heading past a section title', '<h1>Mariana Costa</h1><section><h2>Informações de contato</h2><p id="v">tel</p></section>', 'Mariana Costa'],
  ])('comes from %s', (_, body, name) => {
    expect(nameOf(body)).toBe(name);
  });

  it.each([
    ['a section title with no name above it', '<main><h1>Fale conosco</h1><p id="v">tel</p></main>'],
    ['the heading of a sibling section', '<h2>Comercial</h2><section><h2>x</h2></section><h2>Horários</h2><p id="v">tel</p>'],
    ['a previous card of the same list', '<ul><li><h3>Ana Souza</h3></li><li><p id="v">tel</p></li></ul>'],
    ['the main content, for the footer', '<main><h2>Comercial</h2></main><footer><p id="v">tel</p></footer>'],
    ['a page title that is not a proper name', '<h1>Encomendas</h1><p id="v">tel</p>'],
    ['a hidden heading', '<div hidden><h2>Antigo</h2></div><p id="v">tel</p>'],
  ])('does not come from %s', (_, body) => {
    expect(nameOf(body)).toBeNull();
  });
});
