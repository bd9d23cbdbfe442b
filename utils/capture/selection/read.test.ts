import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFixture, type LoadedPage } from '../testing/load-page';
import { loadWhatsapp } from '../whatsapp/testing';
import { selectionNote } from './note';
import { readSelection } from './read';

const WHATSAPP = 'https://web.whatsapp.com/';
const open: LoadedPage[] = [];
afterEach(() => Promise.all(open.splice(0).map((page) => page.close())));
const load = (page: LoadedPage) => (open.push(page), page.doc);
const chat = () => load(loadWhatsapp('selection-notes'));
const quotePage = () => load(loadFixture(path.join(import.meta.dirname, 'fixtures', 'quote-request.html'), 'quote-request.html'));

/** The rep drags from `from` (offset in its first text) to `to` (offset in its last text). */
function select(doc: Document, from: Node, fromOffset: number, to: Node, toOffset: number): void {
  const range = doc.createRange();
  range.setStart(from, fromOffset);
  range.setEnd(to, toOffset);
  doc.getSelection()!.removeAllRanges();
  doc.getSelection()!.addRange(range);
}
const message = (doc: Document, time: string) => doc.querySelector(`[data-pre-plain-text^="[${time},"]`)!;
const firstText = (element: Element) => doc(element).createTreeWalker(element, 4).nextNode()!;
const lastText = (element: Element) => {
  const walker = doc(element).createTreeWalker(element, 4);
  let last: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) last = node;
  return last!;
};
const doc = (element: Element) => element.ownerDocument;

describe('readSelection on WhatsApp Web (selection-notes.2026-12-05.html)', () => {
  it('quotes each selected message with who and when, partly selected ones only in part, an emoji by its alt and <br> as a new line', () => {
    const page = chat();
    const first = message(page, '10:41');
    select(page, firstText(first), 4, lastText(message(page, '10:43')), 'Entrega em Niterói.'.length);
    expect(readSelection(page, WHATSAPP).parts).toEqual([
      { meta: '[10:41, 05/12/2026] Maria Souza: ', text: 'Queria um orçamento de 3 mesas de inox.' },
      { meta: '[10:42, 05/12/2026] Você: ', text: 'Claro! Para quando?' },
      { meta: '[10:43, 05/12/2026] Maria Souza: ', text: 'Até sexta, por favor 🙏\nEntrega em Niterói.' },
    ]);
  });

  it('leaves out a reply’s quoted block (someone else’s earlier words) and the date separator; a caption has no who and when', () => {
    const page = chat();
    const separator = page.querySelector('.date-separator')!;
    select(page, firstText(separator), 0, lastText(page.querySelector('.caption')!), 'Foto da cozinha'.length);
    const parts = readSelection(page, WHATSAPP).parts;
    expect(parts.map((part) => part.text)).toEqual([
      'Oi! Queria um orçamento de 3 mesas de inox.',
      'Claro! Para quando?',
      'Até sexta, por favor 🙏\nEntrega em Niterói.',
      'Pode ser em 2x?',
      'Foto da cozinha',
    ]);
    expect(parts.at(-1)?.meta).toBeNull();
    expect(selectionNote({ url: WHATSAPP, title: 'WhatsApp', parts })).toContain('\n[10:45, 05/12/2026] Maria Souza: Pode ser em 2x?\nFoto da cozinha');
  });

  it('reads nothing when nothing is selected, and the composer’s draft is never a message', () => {
    const page = chat();
    expect(readSelection(page, WHATSAPP).parts).toEqual([]);
    const composer = page.querySelector('footer [contenteditable]')!;
    select(page, firstText(composer), 0, lastText(composer), 5);
    expect(readSelection(page, WHATSAPP).parts).toEqual([{ meta: null, text: 'Rascu' }]);
  });

  it('cuts a selection longer than the notes can hold in the page', () => {
    const page = chat();
    const text = firstText(message(page, '10:41')) as Text;
    text.data = 'x'.repeat(5000);
    select(page, text, 0, text, 5000);
    expect(readSelection(page, WHATSAPP).parts[0]?.text).toHaveLength(2000);
  });
});

describe('readSelection on any page (quote-request.html)', () => {
  it('gives the selected text as text, with the page title and address', () => {
    const page = quotePage();
    const request = page.getElementById('request')!;
    select(page, firstText(request), 0, lastText(page.getElementById('terms')!), 'Pagamento em 2x no boleto.'.length);
    const read = readSelection(page, 'https://aurora.example/pedido/4127');
    expect(read).toEqual({
      url: 'https://aurora.example/pedido/4127',
      title: 'Pedido de orçamento — Cozinhas Aurora',
      parts: [
        {
          meta: null,
          text: expect.stringMatching(
            /^Precisamos de 3 bancadas de inox sob medida para a cozinha industrial,\s*com entrega até 20\/12 em Niterói\.\s+Pagamento em 2x no boleto\.$/,
          ),
        },
      ],
    });
    expect(selectionNote(read)).toMatch(/^“Precisamos .*boleto\.”\n— Pedido de orçamento — Cozinhas Aurora · https:\/\/aurora\.example\/pedido\/4127$/s);
  });

  it('on a page, a data-pre-plain-text attribute means nothing', () => {
    const page = quotePage();
    page.getElementById('request')!.setAttribute('data-pre-plain-text', '[10:41, 05/12/2026] Someone: ');
    select(page, firstText(page.getElementById('request')!), 0, firstText(page.getElementById('request')!), 11);
    expect(readSelection(page, 'https://aurora.example/').parts).toEqual([{ meta: null, text: 'Precisamos' }]);
  });
});
