/** Comma-separated tags → unique, trimmed tag names (case kept, first spelling wins). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim();
    if (tag && !seen.has(tag.toLowerCase())) {
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
  }
  return tags;
}

// The same rule as zod 4's `email()`, which the background applies again: the popup must not
// accept an address the background would then refuse.
const EMAIL = /^(?:[A-Za-z0-9_'+-]+\.)*[A-Za-z0-9_'+-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9-]*\.)+[A-Za-z]{2,}$/;

export function isEmail(text: string): boolean {
  return EMAIL.test(text);
}

/**
 * A money or number amount as a Brazilian or an American would type it: "1.500,50", "1,500.50",
 * "1500,5", "R$ 1.500". Null when it is not a number.
 */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[^\d.,-]/g, '');
  if (!/\d/.test(cleaned) || /-/.test(cleaned.slice(1))) return null;
  const lastComma = cleaned.lastIndexOf(',');
  const lastDot = cleaned.lastIndexOf('.');
  let normalised: string;
  if (lastComma >= 0 && lastDot >= 0) {
    // Both present: the later one is the decimal separator.
    const decimal = lastComma > lastDot ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    normalised = cleaned.split(thousands).join('').replace(decimal, '.');
  } else if (lastComma >= 0 || lastDot >= 0) {
    const separator = lastComma >= 0 ? ',' : '.';
    const parts = cleaned.split(separator);
    // "1.500" / "1,500,000" are thousands; "1500,5" / "12.75" are decimals.
    const thousands = parts.length > 2 || (parts.length === 2 && parts[1]!.length === 3 && parts[0]!.replace('-', '').length <= 3 && parts[0] !== '0');
    normalised = thousands ? parts.join('') : parts.join('.');
  } else {
    normalised = cleaned;
  }
  const value = Number(normalised);
  return normalised !== '' && Number.isFinite(value) ? value : null;
}

/** The host a capture came from, without `www.`; empty for pages without one. */
export function hostOf(url: string): string {
  try {
    const { hostname, protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? hostname.replace(/^www\./, '') : '';
  } catch {
    return '';
  }
}
