import { cleanLabel, isInlineName, isProperName } from '../names/classify.ts';
import { inlineLabel } from '../names/inline-label.ts';
import { textBefore } from './text-before.ts';

/**
 * The name written with a link or an encoded address: its own text when that is a proper name
 * (<a href="mailto:…">Ana Souza</a>, not "Reservas de grupos", which says what the number is
 * for), else the label before it on the same line ("Comercial: <a href="tel:…">").
 */
export function writtenNameAround(element: Element): string | null {
  const ownText = cleanLabel(element.textContent ?? '');
  return isInlineName(ownText) && isProperName(ownText) ? ownText : inlineLabel(textBefore(element));
}
