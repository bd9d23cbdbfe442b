import { cleanLabel, isInlineName, isProperName } from '../names/classify.ts';
import { inlineLabel } from '../names/inline-label.ts';
import { linePrefix } from '../text/match.ts';
import type { ScanContext } from './context.ts';

/**
 * The name written with a link or an encoded address: its own text when that is a proper name
 * (<a href="mailto:…">Ana Souza</a>, not "Reservas de grupos", which says what the number is
 * for), else the label before it on the same rendered line ("Comercial: <a href="tel:…">"),
 * read from the page's visible text, so links and text see the same lines.
 */
export function writtenNameAround(ctx: ScanContext, element: Element): string | null {
  const ownText = cleanLabel(element.textContent ?? '');
  if (isInlineName(ownText) && isProperName(ownText)) return ownText;
  return inlineLabel(linePrefix(ctx.visibleText().text, ctx.orderOf(element)));
}
