import { describe, expect, it } from 'vitest';
import { appendToNotes, selectionNote, whoAndWhen } from './note';

describe('selection notes', () => {
  it('keeps WhatsApp who-and-when lines and refuses anything else as one', () => {
    expect(whoAndWhen('[10:41, 05/12/2026] Maria Souza: ')).toBe('[10:41, 05/12/2026] Maria Souza: ');
    expect(whoAndWhen('[08:03, 24/11/2026] ~ Bruno Rocha: ')).toBe('[08:03, 24/11/2026] ~ Bruno Rocha: ');
    expect(whoAndWhen('Maria Souza: ')).toBeNull();
    expect(whoAndWhen('[10:41]\nMaria: ')).toBeNull();
    expect(whoAndWhen(`[10:41, 05/12/2026] ${'x'.repeat(300)}: `)).toBeNull();
    expect(whoAndWhen(null)).toBeNull();
  });

  it('quotes WhatsApp messages as WhatsApp copies them, one per line; a part without a line keeps its text alone', () => {
    const note = selectionNote({
      url: 'https://web.whatsapp.com/',
      title: 'WhatsApp',
      parts: [
        { meta: '[10:41, 05/12/2026] Maria Souza: ', text: 'Quero 3 mesas.' },
        { meta: null, text: 'Foto da cozinha' },
        { meta: '[10:43, 05/12/2026] Maria Souza: ', text: 'Até sexta\nEntrega em Niterói.' },
      ],
    });
    expect(note).toBe('[10:41, 05/12/2026] Maria Souza: Quero 3 mesas.\nFoto da cozinha\n[10:43, 05/12/2026] Maria Souza: Até sexta\nEntrega em Niterói.');
  });

  it('quotes a page selection with the page title and address as its source; nothing selected is no note', () => {
    const read = { url: 'https://aurora.example/pedido', title: 'Pedido — Aurora', parts: [{ meta: null, text: '3 bancadas de inox' }] };
    expect(selectionNote(read)).toBe('“3 bancadas de inox”\n— Pedido — Aurora · https://aurora.example/pedido');
    expect(selectionNote({ ...read, title: '' })).toBe('“3 bancadas de inox”\n— https://aurora.example/pedido');
    expect(selectionNote({ ...read, parts: [{ meta: null, text: '  ' }] })).toBeNull();
  });

  it('appends below the notes within the limit: cut with an ellipsis, refused when full, never twice', () => {
    expect(appendToNotes('', 'novo')).toEqual({ notes: 'novo', added: 'added' });
    expect(appendToNotes('Ligar amanhã\n', 'novo')).toEqual({ notes: 'Ligar amanhã\n\nnovo', added: 'added' });
    expect(appendToNotes('Ligar amanhã\n\nnovo', 'novo')).toEqual({ notes: 'Ligar amanhã\n\nnovo', added: 'present' });
    const cut = appendToNotes('a'.repeat(10), 'b'.repeat(30), 30);
    expect(cut).toEqual({ notes: `${'a'.repeat(10)}\n\n${'b'.repeat(17)}…`, added: 'shortened' });
    expect(cut.notes).toHaveLength(30);
    expect(appendToNotes('a'.repeat(29), 'b', 30)).toEqual({ notes: 'a'.repeat(29), added: 'full' });
  });
});
