/**
 * Stage 2 of a capture, in the background or CLI: validates and normalises the raw findings of
 * a PageScan (phones to E.164 by utils/phone/parse.ts, e-mails to lower case) and groups them
 * into ranked contacts.
 */
import type { CountryCode } from 'libphonenumber-js/min';
import { readCapturedPhone } from '../phone/captured';
import { parsePhone } from '../phone/parse';
import { isEmailAddress } from './email-address.ts';
import { groupContacts, type NormalizedFinding } from './contacts.ts';
import { boundScan } from './limits.ts';
import { isDescriptiveHeading } from './names/descriptive.ts';
import { decodePercent, emailsFromMailto } from './links/href.ts';
import { emailOrigin, phoneOrigin } from './origin.ts';
import { unprotectEmail } from './text/cloudflare.ts';
import type { Capture, Finding, FindingSource, PageScan } from './types.ts';

export function normalizePhone(raw: string, defaultCountry: CountryCode): string | null {
  return parsePhone(raw, defaultCountry)?.number ?? null;
}

/** The addresses a found e-mail stands for: a mailto: link's recipients (the page passes it whole), else itself. */
export function emailsIn(raw: string): string[] {
  return /^\s*mailto:/i.test(raw) ? emailsFromMailto(raw) : [raw];
}

export function normalizeEmail(found: string): string | null {
  const raw = unprotectEmail(found);
  if (raw === null) return null;
  const address = decodePercent(raw)
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^[\s<("']+|[\s>)"'.,;:]+$/g, '')
    .toLowerCase();
  return isEmailAddress(address) ? address : null;
}

/** Sources whose names are read from headings and labels, not given by the page's data. */
const READ_NAME_SOURCES = new Set<FindingSource>(['text', 'links', 'selection']);

/** A tagline, promise or address read as a name gives the value back to the site's owner. */
function withoutDescriptiveName(finding: Finding, scan: PageScan): Finding {
  if (finding.name === null || !READ_NAME_SOURCES.has(finding.source) || !isDescriptiveHeading(finding.name)) return finding;
  return { ...finding, name: null, company: finding.company ?? scan.siteName ?? null };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Sources whose phones are telephone fields, not text read as one: they are never dropped. */
const EXPLICIT_PHONE_SOURCES = new Set<FindingSource>(['jsonld', 'microdata', 'hcard', 'links']);

function normalizePhoneFinding(finding: Finding, defaultCountry: CountryCode): NormalizedFinding[] {
  const read = readCapturedPhone(finding.raw, defaultCountry, EXPLICIT_PHONE_SOURCES.has(finding.source));
  if (read === null) return [];
  if (read.kind === 'typed') return [{ ...finding, value: read.text, line: read.text, typed: true, origin: phoneOrigin(finding, false, false) }];
  const { number, ext, country } = read.phone;
  const origin = phoneOrigin(finding, true, country === defaultCountry);
  return [{ ...finding, value: number, line: ext === undefined ? number : `${number};ext=${ext}`, origin }];
}

export function buildCapture(unbounded: PageScan, defaultCountry: CountryCode): Capture {
  // Every scan (a page's, a selection's, a link's) becomes a capture here: bound it first.
  const scan = boundScan(unbounded);
  const normalized: NormalizedFinding[] = scan.findings
    .map((finding) => withoutDescriptiveName(finding, scan))
    .flatMap((finding) => {
      if (finding.kind === 'name') return finding.name === null ? [] : [{ ...finding, value: '', line: '' }];
      if (finding.kind === 'email') {
        return emailsIn(finding.raw).flatMap((raw) => {
          const value = normalizeEmail(raw);
          return value === null ? [] : [{ ...finding, value, line: value, origin: emailOrigin(finding, value) }];
        });
      }
      return normalizePhoneFinding(finding, defaultCountry);
    });
  const contacts = groupContacts(normalized, scan.profileName === null ? { siteName: scan.siteName ?? null, host: hostOf(scan.url), listing: scan.listing === true } : null);
  return {
    url: scan.url,
    title: scan.title,
    contacts,
    phones: [...new Set(contacts.flatMap((contact) => contact.phones))],
    emails: [...new Set(contacts.flatMap((contact) => contact.emails))],
  };
}
