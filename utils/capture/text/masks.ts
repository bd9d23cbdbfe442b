/**
 * Numbers that are never phones: a phone-shaped candidate that overlaps one of them (a CNPJ,
 * a date, a card number lending it digits) is dropped. Checked around each candidate only,
 * so a page full of numbers is not scanned twice. In order: CNPJ 12.345.678/0001-90 · CPF 123.456.789-09 · CEP 01310-100, 01.310-100 · dates
 * 12/03/2024, 12.03.2024 · ISO dates and timestamps · times 14:30, 14h30 · money R$ 1.234,56 and
 * 1.234,56 without a sign · IPv4 · ISBN-13 · card numbers 4111 1111 1111 1111 · versions v2.10.3,
 * 3.14.1 · coordinates -23.5505, -46.6333 · 14 digits and more (barcodes, NF-e keys, orders).
 * One literal rather than a list of strings: this ships to every page read.
 */
const NOT_PHONES = String.raw`\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}|\d{3}\.\d{3}\.\d{3}-\d{2}|\d{2}\.?\d{3}-\d{3}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?|\d{1,2}(?::\d{2}){1,2}|\d{1,2}h\d{2}|(?:R\$|US\$|\$|€|£)\s?\d[\d.,]*|\d{1,3}(?:\.\d{3})*,\d{1,2}|\d{1,3}(?:\.\d{1,3}){3}|97[89](?:[- ]\d{1,7}){3}[- ][\dX]|\d{4}(?:[ -]\d{4}){3}|v\d+(?:\.\d+)+|\d{1,2}\.\d{1,3}\.\d{1,3}|[-−]\d{1,3}\.\d{4,}|\d{1,3}\.\d{4,},\s?[-−]?\d{1,3}\.\d{4,}|\d{14,}`;

const NOT_PHONE_PATTERN = new RegExp(`(?<![\\p{N}])(?:${NOT_PHONES})(?![\\p{N}])`, 'gu');
/** Longer than any of the patterns above, so the whole of an overlapping one is in view. */
const CONTEXT = 32;

export function overlapsNonPhone(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - CONTEXT);
  for (const match of text.slice(from, end + CONTEXT).matchAll(NOT_PHONE_PATTERN)) {
    const matchStart = from + match.index;
    if (matchStart < end && start < matchStart + match[0].length) return true;
  }
  return false;
}
