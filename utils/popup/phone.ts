import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';

// `min` metadata (~19 KB gzip) validates by number length per country, which is what a form
// needs; `max` would add 20 KB for exact ranges (see scripts/bench/popup.ts for the budget).

export type PhoneCheck = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'valid'; e164: string; readable: string };

/** A country libphonenumber knows, else Brazil (the settings schema only checks the shape). */
export function asCountry(code: string): CountryCode {
  return (/^[A-Z]{2}$/.test(code) ? code : 'BR') as CountryCode;
}

/**
 * Reads a phone as typed or captured: national numbers in the default country, anything with
 * `+` or an international prefix in its own. Valid means a real length for that country.
 */
export function checkPhone(text: string, defaultCountry: string): PhoneCheck {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  // Reject letters outright: "call me" must not become a number because of a stray digit.
  if (/[A-Za-z]/.test(trimmed.replace(/\s*(?:ext\.?|x|ramal)\s*\d+$/i, ''))) return { kind: 'invalid' };
  const country = asCountry(defaultCountry);
  const parsed = parsePhoneNumberFromString(trimmed, country);
  if (!parsed || !parsed.isValid()) return { kind: 'invalid' };
  const readable = parsed.country === country ? parsed.formatNational() : parsed.formatInternational();
  return { kind: 'valid', e164: parsed.number, readable };
}

/** How a phone is shown for reading: national format at home, international abroad; as given if unreadable. */
export function readablePhone(text: string, defaultCountry: string): string {
  const check = checkPhone(text, defaultCountry);
  return check.kind === 'valid' ? check.readable : text;
}
