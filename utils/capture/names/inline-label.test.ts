import { describe, expect, it } from 'vitest';
import { inlineLabel } from './inline-label.ts';

describe('inlineLabel', () => {
  it.each([
    ['Comercial: ', 'Comercial'],
    ['Comercial – Tel.: ', 'Comercial'],
    ['Comercial: (11) 4002-8930 · ', 'Comercial'],
    ['Ana Souza — ', 'Ana Souza'],
    ['Por Ana Lima — ', 'Ana Lima'],
    ['Horário comercial. Financeiro: ', 'Financeiro'],
  ])('"%s" → %s', (prefix, label) => {
    expect(inlineLabel(prefix)).toBe(label);
  });

  it.each([['Tel.: '], ['Ligue para '], ['Inscrições pelo telefone '], ['Editora-chefe · '], ['Rua Augusta, 1500 – '], ['Dúvidas? Escreva para '], ['Central: '], ['']])(
    '"%s" names nobody',
    (prefix) => {
      expect(inlineLabel(prefix)).toBeNull();
    },
  );

  it('only reads the last line', () => {
    expect(inlineLabel('Comercial\n')).toBeNull();
  });
});
