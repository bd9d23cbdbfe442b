/**
 * Reading a phone as typed or captured, the one way for capture, the popup and the captures
 * page: national numbers in the default country, anything with `+` or an international prefix
 * in its own.
 *
 * Metadata flavour: libphonenumber-js/min. The popup's whole budget is 120 KB gzip and React
 * takes ~69 KB of it. Parsing and validating cost 29 KB gzip with min, 34 KB with mobile and
 * 50 KB with max (esbuild, minified, 2026-11): max would leave the popup ~1 KB for its own
 * code. mobile is no option anyway: it rejects landlines, and a company's switchboard is the
 * contact we most often want. min only checks lengths, so Brazilian numbers must also fit
 * Brazil's plan (brazil.ts), a few hundred bytes.
 */
import parsePhoneNumber, { type CountryCode, type PhoneNumber } from 'libphonenumber-js/min';
import { isBrazilianNational } from './brazil';

/** "(0xx11) 4002-8922": the old carrier placeholder; the trunk 0 is enough. */
const CARRIER_PLACEHOLDER = /0?\s*xx\s*(?=\d{2})/i;
/** A trailing extension, the only letters a typed number may carry. */
const EXTENSION = /\s*(?:ext\.?|x|ramal)\s*\d+$/i;
/** "ramal 12": the Portuguese extension, which libphonenumber does not know. */
const RAMAL = /\s*ramal\s*(\d+)$/i;

/** A country libphonenumber knows, else Brazil (the settings schema only checks the shape). */
export function asCountry(code: string): CountryCode {
  return (/^[A-Z]{2}$/.test(code) ? code : 'BR') as CountryCode;
}

/** The number if it exists: a real length for its country and, in Brazil, a real range. */
export function parsePhone(raw: string, defaultCountry: string): PhoneNumber | null {
  const text = raw.replace(CARRIER_PLACEHOLDER, '0').replace(RAMAL, ' ext. $1');
  const phone = parsePhoneNumber(text, { defaultCountry: asCountry(defaultCountry), extract: false });
  if (phone === undefined || !phone.isValid()) return null;
  if (phone.countryCallingCode === '55' && !isBrazilianNational(phone.nationalNumber)) return null;
  return phone;
}

export type PhoneCheck = { kind: 'empty' } | { kind: 'invalid' } | { kind: 'valid'; e164: string; readable: string };

/** A phone typed into a form: empty, invalid, or valid with its E.164 and how to show it. */
export function checkPhone(text: string, defaultCountry: string): PhoneCheck {
  const trimmed = text.trim();
  if (!trimmed) return { kind: 'empty' };
  // Reject letters outright: "call me" must not become a number because of a stray digit.
  if (/[A-Za-z]/.test(trimmed.replace(EXTENSION, '').replace(CARRIER_PLACEHOLDER, '0'))) return { kind: 'invalid' };
  const phone = parsePhone(trimmed, defaultCountry);
  if (!phone) return { kind: 'invalid' };
  const readable = phone.country === asCountry(defaultCountry) ? phone.formatNational() : phone.formatInternational();
  return { kind: 'valid', e164: phone.number, readable };
}

/** How a phone is shown for reading: national format at home, international abroad; as given if unreadable. */
export function readablePhone(text: string, defaultCountry: string): string {
  const check = checkPhone(text, defaultCountry);
  return check.kind === 'valid' ? check.readable : text;
}
