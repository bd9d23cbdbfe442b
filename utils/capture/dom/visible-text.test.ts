import { afterEach, describe, expect, it } from 'vitest';
import { loadHtml, type LoadedPage } from '../testing/load-page.ts';
import { createVisibility } from './visibility.ts';
import { readVisibleText } from './visible-text.ts';

let page: LoadedPage | null = null;
afterEach(async () => {
  await page?.close();
  page = null;
});

function textOf(body: string, style = ''): string {
  page = loadHtml(`<!doctype html><html><head><style>${style}</style></head><body>${body}</body></html>`);
  return readVisibleText(page.doc, createVisibility(page.doc)).text.trim();
}

describe('visible text', () => {
  it.each([
    ['a flex row of inline tags', '<div class="row"><b>E-mail</b><span>vendas@loja.example</span></div>', '.row { display: flex }', 'E-mail\nvendas@loja.example'],
    ['a grid of inline tags', '<div style="display:grid"><b>Tel</b><span>(11) 4002-8922</span></div>', '', 'Tel\n(11) 4002-8922'],
    ['a label made a block by a stylesheet', '<p><b class="label">E-mail</b><span>vendas@loja.example</span></p>', '.label { display: block }', 'E-mail\nvendas@loja.example'],
    ['an inline-block label', '<p><b class="label">E-mail</b><span>vendas@loja.example</span></p>', '.label { display: inline-block }', 'E-mail vendas@loja.example'],
    ['inline-flex boxes', '<p><span style="display:inline-flex">Fone</span><span style="display:inline-flex">(11) 4002-8922</span></p>', '', 'Fone (11) 4002-8922'],
    ['an inline-block nested deeper', '<p><span><b style="display:inline-block">Zap</b></span><i>11987654321</i></p>', '', 'Zap 11987654321'],
    ['list items', '<ul><li>Vendas</li><li>vendas@loja.example</li></ul>', '', 'Vendas\nvendas@loja.example'],
    ['a line break', '<p>Vendas<br>vendas@loja.example</p>', '', 'Vendas\nvendas@loja.example'],
  ])('separates %s like innerText', (_, body, style, text) => {
    expect(textOf(body, style)).toBe(text);
  });

  it('keeps inline pieces of one number together', () => {
    expect(textOf('<p>Central: <b>(11)</b><span>4002</span>-<i>8922</i></p>')).toBe('Central: (11)4002-8922');
  });
});
