import { cleanLabel, isProperName } from '../names/classify.ts';
import { findEmails } from '../text/emails.ts';
import { findPhones } from '../text/phones.ts';
import type { Finding } from '../types.ts';
import { WEIGHT } from '../weights.ts';

/**
 * The right-click "Save selection": plain text the user chose, typically a signature or a
 * card ("Ana Souza\nDiretora\n(11) 98765-4321"). Same matchers as the page text; a value with
 * no label of its own takes the selection's first line that is a proper name (not a closing
 * such as "Atenciosamente,").
 */

function firstNameLine(text: string): string | null {
  const lines = text.split('\n').map(cleanLabel);
  return lines.find(isProperName) ?? null;
}

export function extractFromText(text: string): Finding[] {
  const fallbackName = firstNameLine(text);
  return [...findPhones(text), ...findEmails(text)]
    .sort((a, b) => a.start - b.start)
    .map((match) => {
      const finding: Finding = {
        kind: match.kind,
        raw: match.raw,
        source: 'selection',
        name: match.label ?? fallbackName,
        weight: WEIGHT.selection,
        order: match.start,
        cue: match.cue,
      };
      return match.whatsapp ? { ...finding, whatsapp: true } : finding;
    });
}
