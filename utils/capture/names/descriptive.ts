/**
 * Headings that sit where a name would but describe the business instead: an SEO line saying
 * what is sold and where ("Pizzaria em Copacabana"), a service promise ("Entrega grátis em 30
 * minutos"), an address line ("Rua Augusta"), a phrase ("Calling from abroad"), a field label
 * ("Centralita"). The page names values after them; the
 * normaliser (background, so the injected script stays small) takes them back, and the value
 * then belongs to the site's owner like any unnamed one.
 */
import { fold } from './classify.ts';

const PROMISE_WORDS = new Set(
  (
    'entrega|entregas|delivery|frete|gratis|free|shipping|envio|envios|minutos|minutes|horas|hours|' +
    'aberto|abierto|open|promocao|promocion|oferta|ofertas|offer|offers|desconto|descuento|discount|sale|' +
    'orcamento|presupuesto|quote|melhor|melhores|mejor|best|barato|barata|cheap|rapido|rapida|fast|same-day'
  ).split('|'),
);
/** "… em Copacabana", "… in Springfield", "… en Madrid": a place after a locative preposition. */
const LOCATIVE = /\s(?:em|no|na|nos|nas|in|en|near|perto de|cerca de)\s+\p{Lu}/u;
/** "Calling from abroad", "Ligando do exterior", "Llamadas desde España": a phrase, not a name. */
const PHRASE_SECOND_WORD = new Set(['from', 'for', 'with', 'to', 'desde', 'para', 'por', 'pelo', 'pela', 'con', 'com']);
/** What a number is, in words the page script does not know: "Centralita: 912 345 678" is the site's. */
const FIELD_LABELS = new Set(['centralita', 'switchboard', 'centralino', 'standard', 'movil', 'telefono fijo', 'fijo']);
const STREET = /^(?:rua|r\.|av\.?|avenida|alameda|travessa|rodovia|estrada|praca|largo|street|st\.|avenue|road|calle|carrera|plaza|paseo)\s/;

export function isDescriptiveHeading(name: string): boolean {
  const folded = fold(name);
  if (STREET.test(folded) || FIELD_LABELS.has(folded)) return true;
  if (folded.split(/[^\p{L}-]+/u).some((word) => PROMISE_WORDS.has(word))) return true;
  const words = folded.split(/\s+/);
  if (words.length >= 2 && PHRASE_SECOND_WORD.has(words[1] ?? '')) return true;
  return words.length >= 3 && LOCATIVE.test(name);
}
