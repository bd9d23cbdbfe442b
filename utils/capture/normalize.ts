/**
 * Stage 2 of a capture, in the popup, background or CLI: validates and normalises the raw
 * findings of a PageScan (phones to E.164, e-mails to lower case) and groups them into
 * ranked contacts.
 *
 * Metadata flavour: libphonenumber-js/min. The popup's whole budget is 120 KB gzip and React
 * takes ~69 KB of it. Parsing and validating cost 29 KB gzip with min, 34 KB with mobile and
 * 50 KB with max (esbuild, minified, 2026-11): max would leave the popup ~1 KB for its own
 * code. mobile is no option anyway: it rejects landlines, and a company's switchboard is the
 * contact we most often want. min only checks lengths, though (with it the CPF
 * 123.456.789-09 parses as a "valid" +55 number), so Brazilian numbers must also match
 * BRAZIL_NATIONAL: the exact national-number patterns of the max metadata for Brazil alone,
 * a few hundred bytes.
 */
import parsePhoneNumber, { type CountryCode } from 'libphonenumber-js/min';
import { isEmailAddress } from './email-address.ts';
import { groupContacts, type NormalizedFinding } from './contacts.ts';
import { boundScan } from './limits.ts';
import { decodePercent } from './links/href.ts';
import type { Capture, PageScan } from './types.ts';

/**
 * From metadata.max.json, country BR: fixed line (DDD + [2-5] + 7 digits), mobile (DDD + 9 +
 * 8 digits, and the legacy 7 + 7 digits), toll-free and premium 0800/0300/0500/0900, and the
 * nationwide 3003/400x/4020 numbers. DDD is a real area code (11-19, 21, 22, 24, …).
 */
const BRAZIL_NATIONAL =
  /^(?:(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])(?:[2-5]\d{7}|7\d{7}|9\d{8})|[3589]00\d{6,7}|(?:30[03]\d{3}|4(?:0(?:0\d|20)|370|864))\d{4}|300\d{5})$/;
/** "(0xx11) 4002-8922": the old carrier placeholder; the trunk 0 is enough. */
const CARRIER_PLACEHOLDER = /0?\s*xx\s*(?=\d{2})/i;

/** The number in E.164 and, apart, its extension (which E.164 cannot hold). */
function parsePhone(raw: string, defaultCountry: CountryCode): { e164: string; extension: string | null } | null {
  const text = raw.replace(CARRIER_PLACEHOLDER, '0');
  const phone = parsePhoneNumber(text, { defaultCountry, extract: false });
  if (phone === undefined || !phone.isValid()) return null;
  if (phone.countryCallingCode === '55' && !BRAZIL_NATIONAL.test(phone.nationalNumber)) return null;
  return { e164: phone.number, extension: phone.ext ?? null };
}

export function normalizePhone(raw: string, defaultCountry: CountryCode): string | null {
  return parsePhone(raw, defaultCountry)?.e164 ?? null;
}

export function normalizeEmail(raw: string): string | null {
  const address = decodePercent(raw)
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^[\s<("']+|[\s>)"'.,;:]+$/g, '')
    .toLowerCase();
  return isEmailAddress(address) ? address : null;
}

export function buildCapture(unbounded: PageScan, defaultCountry: CountryCode): Capture {
  // Every scan (a page's, a selection's, a link's) becomes a capture here: bound it first.
  const scan = boundScan(unbounded);
  const normalized: NormalizedFinding[] = scan.findings.flatMap((finding) => {
    if (finding.kind === 'email') {
      const value = normalizeEmail(finding.raw);
      return value === null ? [] : [{ ...finding, value, line: value }];
    }
    const phone = parsePhone(finding.raw, defaultCountry);
    if (phone === null) return [];
    return [{ ...finding, value: phone.e164, line: phone.extension === null ? phone.e164 : `${phone.e164};ext=${phone.extension}` }];
  });
  const contacts = groupContacts(normalized);
  return {
    url: scan.url,
    title: scan.title,
    contacts,
    phones: [...new Set(contacts.flatMap((contact) => contact.phones))],
    emails: [...new Set(contacts.flatMap((contact) => contact.emails))],
  };
}
