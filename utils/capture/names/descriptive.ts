/**
 * Headings that sit where a name would but describe the business instead: an SEO line saying
 * what is sold and where ("Pizzaria em Copacabana"), a service promise ("Entrega grátis em 30
 * minutos"), an address line ("Rua Augusta"). The page names values after them; the
 * normaliser (background, so the injected script stays small) takes them back, and the value
 * then belongs to the site's owner like any unnamed one.
 */
import { fold } from './classify.ts';

const PROMISE_WORDS = new Set(
  ('entrega|entregas|delivery|frete|gratis|free|shipping|envio|envios|minutos|minutes|horas|hours|' +
    'aberto|abierto|open|promocao|promocion|oferta|ofertas|offer|offers|desconto|descuento|discount|sale|' +
    'orcamento|presupuesto|quote|melhor|melhores|mejor|best|barato|barata|cheap|rapido|rapida|fast|same-day').split('|'),
);
/** "… em Copacabana", "… in Springfield", "… en Madrid": a place after a locative preposition. */
const LOCATIVE = /\s(?:em|no|na|nos|nas|in|en|near|perto de|cerca de)\s+\p{Lu}/u;
const STREET = /^(?:rua|r\.|av\.?|avenida|alameda|travessa|rodovia|estrada|praca|largo|street|st\.|avenue|road|calle|carrera|plaza|paseo)\s/;

export function isDescriptiveHeading(name: string): boolean {
  const folded = fold(name);
  if (STREET.test(folded)) return true;
  if (folded.split(/[^\p{L}-]+/u).some((word) => PROMISE_WORDS.has(word))) return true;
  return name.split(/\s+/).length >= 3 && LOCATIVE.test(name);
}
