/**
 * A number read from a page, decided in the user's default country. The page script only finds
 * phone-shaped candidates (it carries no metadata); here they become numbers, or not:
 * - national numbers are read in the default country, "+…" in their own;
 * - "00 64 3 331 6005" and "011 64 3 331 6005" dial abroad from wherever the reader is, so a
 *   number the default country cannot read is tried again after its call prefix;
 * - a North American shape in running text ((650) 333-6000) is only a +1 number: read in
 *   Brazil it would turn into a Rio landline;
 * - an explicit telephone field (structured data, a tel: link) is never dropped: written oddly
 *   ("( 33 1) 42 68 53 00") it is tried as international digits, and else it is offered as
 *   typed, for the person to add the country code.
 */
import type { PhoneNumber } from 'libphonenumber-js/min';
import { parsePhone } from './parse';

export type CapturedPhone = { kind: 'number'; phone: PhoneNumber } | { kind: 'typed'; text: string };

const CALL_PREFIX = /^\s*(?:00|011)[\s.-]*(?=[1-9])/;
const NORTH_AMERICAN_SHAPE = /^\s*(?:1[\s.-]*)?(?:\(\d{3}\)|\d{3})[\s.-]*\d{3}[\s.-]+\d{4}\b/;
/** Fewer digits is an internal extension or a code; more is no phone anywhere. */
const TYPED_DIGITS = { min: 6, max: 17 } as const;

function digitCount(text: string): number {
  return text.replace(/\D/g, '').length;
}

function fromText(raw: string, defaultCountry: string): PhoneNumber | null {
  const phone = parsePhone(raw, defaultCountry) ?? (CALL_PREFIX.test(raw) ? parsePhone(`+${raw.replace(CALL_PREFIX, '')}`, defaultCountry) : null);
  if (phone !== null && NORTH_AMERICAN_SHAPE.test(raw) && phone.countryCallingCode !== '1') return null;
  return phone;
}

export function readCapturedPhone(raw: string, defaultCountry: string, explicit: boolean): CapturedPhone | null {
  const phone = fromText(raw, defaultCountry);
  if (phone !== null) return { kind: 'number', phone };
  if (!explicit) return null;
  const international = parsePhone(`+${raw.replace(/[^\d]+/g, ' ').trim()}`, defaultCountry);
  if (international !== null) return { kind: 'number', phone: international };
  const digits = digitCount(raw);
  if (digits < TYPED_DIGITS.min || digits > TYPED_DIGITS.max) return null;
  return { kind: 'typed', text: raw.replace(/\s+/g, ' ').trim() };
}

/** A number as written that only lacks its country code: what the popup asks the person to add. */
export function lacksCountryCode(text: string, defaultCountry: string): boolean {
  const digits = digitCount(text);
  if (/^\s*\+/.test(text) || digits < TYPED_DIGITS.min || digits > TYPED_DIGITS.max) return false;
  return fromText(text, defaultCountry) === null;
}
