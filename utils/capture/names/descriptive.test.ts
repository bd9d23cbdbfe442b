import { describe, expect, it } from 'vitest';
import { isDescriptiveHeading } from './descriptive.ts';

describe('isDescriptiveHeading', () => {
  it.each([
    ['Pizzaria em Copacabana – a Melhor Pizza do Rio'],
    ['Entrega Grátis'],
    ['Plumbing & Heating in Springfield'],
    ['Same-Day Service'],
    ['Abogados en Madrid'],
    ['Rua Barata Ribeiro'],
    ['Av. Paulista'],
    ['Calle Mayor'],
    ['Calling from abroad'],
    ['Llamadas desde el extranjero'],
    ['Consultas por escrito'],
    ['Centralita'],
  ])('%s describes, it does not name', (text) => {
    expect(isDescriptiveHeading(text)).toBe(true);
  });

  it.each([['Bella Napoli Pizzaria'], ['Ana Souza'], ['Escritório de Nova York'], ['Comercial'], ['Acme Embalagens'], ['Dra. Beatriz Ramos']])('%s is a name', (text) => {
    expect(isDescriptiveHeading(text)).toBe(false);
  });
});
