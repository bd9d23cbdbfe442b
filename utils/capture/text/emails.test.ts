import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../normalize.ts';
import { findEmails } from './emails.ts';

const raws = (text: string) => findEmails(text).map((match) => match.raw);

describe('findEmails', () => {
  it('finds plain addresses, with sub-domains and plus tags', () => {
    expect(raws('Escreva para contato@acme.example ou vendas+site@sp.acme.com.br.')).toEqual(['contato@acme.example', 'vendas+site@sp.acme.com.br']);
  });

  it.each([
    ['joana [at] editora [dot] example', 'joana@editora.example'],
    ['contato (arroba) editora (ponto) com (ponto) br', 'contato@editora.com.br'],
    ['pedro arroba editora ponto example', 'pedro@editora.example'],
    ['marina{at}editora.example', 'marina@editora.example'],
    ['tom at editora dot example', 'tom@editora.example'],
    ['lia [@] editora [.] example', 'lia@editora.example'],
    ['caio @ editora.example', 'caio@editora.example'],
    ['Tom AT Editora DOT example', 'Tom@Editora.example'],
    ['ana<at>editora<dot>example', 'ana@editora.example'],
    ['ana <AT> editora <DOT> example', 'ana@editora.example'],
    ['rui(at)editora(dot)example', 'rui@editora.example'],
    ['bia [AT] editora (Dot) example', 'bia@editora.example'],
    ['ventas arroba tienda punto example', 'ventas@tienda.example'],
  ])('decodes "%s"', (text, email) => {
    expect(raws(`E-mail: ${text}.`)).toEqual([email]);
  });

  it.each([
    ['<img src="assets/logo@2x.png">'],
    ['Siga @handle no Instagram'],
    ['npm i @babel/core @scope/pkg'],
    ['git remote add origin git@github.example:loja/site.git'],
    ['curl http://user@localhost:8080/health'],
    ['Meet us at booth 12 at the fair.'],
    ['meet at example.com'],
    ['Encontre-nos em qualquer ponto de venda'],
    ['We are AT the centre of town. DOT matrix printers'],
    ['Arrive at home dot the i'],
    ['Look at <b>this</b> offer'],
    ['Nos vemos en el punto de encuentro at noon'],
    ['[email protected]'],
  ])('finds nothing in %s', (text) => {
    expect(raws(text)).toEqual([]);
  });

  it('leaves file names that look like addresses to the normaliser', () => {
    expect(raws('Baixe logo@2x.png')).toEqual(['logo@2x.png']);
    expect(normalizeEmail('logo@2x.png')).toBeNull();
  });

  it('reads the name written before an address', () => {
    expect(findEmails('Ana Souza — ana@clinica.example').map((match) => match.label)).toEqual(['Ana Souza']);
  });
});
