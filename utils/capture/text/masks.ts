/**
 * Numbers that are never phones: a phone-shaped candidate that overlaps one of them (a CNPJ,
 * a date, a card number lending it digits) is dropped. Checked around each candidate only,
 * so a page full of numbers is not scanned twice.
 */
const NOT_PHONES = [
  String.raw`\d{2}\.\d{3}\.\d{3}/\d{4}-\d{2}`, // CNPJ 12.345.678/0001-90
  String.raw`\d{3}\.\d{3}\.\d{3}-\d{2}`, // CPF 123.456.789-09
  String.raw`\d{2}\.?\d{3}-\d{3}`, // CEP 01310-100, 01.310-100
  String.raw`\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}`, // 12/03/2024, 12.03.2024
  String.raw`\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?`, // 2024-03-12, ISO timestamps
  String.raw`\d{1,2}(?::\d{2}){1,2}|\d{1,2}h\d{2}`, // 14:30, 14h30
  String.raw`(?:R\$|US\$|\$|€|£)\s?\d[\d.,]*`, // R$ 1.234,56
  String.raw`\d{1,3}(?:\.\d{3})*,\d{1,2}`, // 1.234,56 without a currency sign
  String.raw`\d{1,3}(?:\.\d{1,3}){3}`, // IPv4 192.168.100.200
  String.raw`97[89](?:[- ]\d{1,7}){3}[- ][\dX]`, // ISBN-13 978-85-333-0227-3
  String.raw`\d{4}(?:[ -]\d{4}){3}`, // card numbers 4111 1111 1111 1111
  String.raw`v\d+(?:\.\d+)+|\d{1,2}\.\d{1,3}\.\d{1,3}`, // versions v2.10.3, 3.14.1
  String.raw`[-−]\d{1,3}\.\d{4,}|\d{1,3}\.\d{4,},\s?[-−]?\d{1,3}\.\d{4,}`, // coordinates -23.5505, -46.6333
  String.raw`\d{14,}`, // barcodes, NF-e keys, long order numbers
];

const NOT_PHONE_PATTERN = new RegExp(`(?<![\\p{N}])(?:${NOT_PHONES.join('|')})(?![\\p{N}])`, 'gu');
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
