import { describe, expect, it } from 'vitest';
import { classifyLabel, isInlineName, isProperName, nameKey } from './classify.ts';

describe('classifyLabel', () => {
  it.each([
    ['Comercial', 'name'],
    ['Suporte técnico', 'name'],
    ['Dra. Ana Souza', 'name'],
    ['Almeida & Rocha Advogados', 'name'],
    ['Fale conosco', 'generic'],
    ['Informações de contato', 'generic'],
    ['SAC', 'generic'],
    ['Telefone:', 'field'],
    ['Tel/Fax', 'field'],
    ['Celular e WhatsApp', 'field'],
    ['Nome', 'name-field'],
    ['Anunciante', 'name-field'],
    ['Envie uma mensagem', 'other'],
    ['Prefeitura abre inscrições para feira de artesanato', 'other'],
    ['Apartamento 2 quartos', 'other'],
    ['veja também', 'other'],
  ])('%s is %s', (text, kind) => {
    expect(classifyLabel(text)).toBe(kind);
  });
});

describe('isProperName and isInlineName', () => {
  it('tells proper names from descriptions and calls to action', () => {
    expect(['Mariana Costa', 'Ana de Souza', 'Acme Tecnologia'].map(isProperName)).toEqual([true, true, true]);
    expect(['Reservas de grupos', 'Encomendas', 'Atenciosamente,'].map(isProperName)).toEqual([false, false, false]);
    expect(['Comercial', 'Ligue agora', 'Para dúvidas'].map(isInlineName)).toEqual([true, false, false]);
  });
});

describe('nameKey', () => {
  it('makes spellings of one name meet', () => {
    expect(nameKey('Dra. Beatriz  RAMOS')).toBe(nameKey('beatriz ramos'));
    expect(nameKey('Acme Indústria Ltda.')).toBe('acme industria');
  });
});
