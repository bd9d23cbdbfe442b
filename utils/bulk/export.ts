import { isE164 } from '../phone/e164';
import { checkPhone } from '../phone/parse';
import type { BulkRow } from './plan';

/**
 * The ticked people as files a rep can take outside the CRM: CSV (RFC 4180) and vCard 3.0
 * (RFC 2426) or 4.0 (RFC 6350). Phones are E.164; a number no plan reads is left out rather
 * than written half-right. Captured text is untrusted: every CSV cell a spreadsheet could run
 * as a formula is defused, every vCard value escaped.
 */

export interface ExportContact {
  name: string;
  /** E.164, unique, in the row's order. */
  phones: string[];
  email: string | null;
  company: string | null;
}

export function exportContacts(rows: readonly BulkRow[], country: string): ExportContact[] {
  return rows.map((row) => {
    const phones = row.phones.map((text) => checkPhone(text, country)).flatMap((check) => (check.kind === 'valid' ? [check.e164] : []));
    return { name: row.name.trim(), phones: [...new Set(phones)], email: row.email.trim().toLowerCase() || null, company: row.company.trim() || null };
  });
}

// --- CSV ---

export const CSV_HEADER = ['name', 'phone', 'other_phones', 'email', 'company'] as const;

/**
 * A cell a spreadsheet would read as a formula (= + - @, or a tab/CR before one) gets a leading
 * apostrophe (OWASP "CSV injection"). A validated E.164 phone is left as it is: digits after a
 * `+` cannot call anything, and the apostrophe would stay in the number for other tools.
 */
export function defuse(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) && !isE164(cell) ? `'${cell}` : cell;
}

/** RFC 4180 §2: quoted when it holds a comma, a quote or a line break; quotes doubled. */
export function csvCell(value: string): string {
  const cell = defuse(value);
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** CRLF line ends (RFC 4180 §2.1); a byte-order mark so spreadsheets read it as UTF-8. */
export function toCsv(contacts: readonly ExportContact[]): string {
  const lines = [CSV_HEADER.join(','), ...contacts.map((c) => [c.name, c.phones[0] ?? '', c.phones.slice(1).join(' '), c.email ?? '', c.company ?? ''].map(csvCell).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

// --- vCard ---

export type VcardVersion = '3.0' | '4.0';

/** RFC 6350 §3.4 (and RFC 2426 §5): backslash, comma, semicolon and line breaks are escaped in a text value. */
export function vcardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** RFC 6350 §3.2: lines longer than 75 octets are folded (CRLF and a space), never inside a character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    if (octets + size > (parts.length ? 74 : 75)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** Family name last, the rest given (N is required in 3.0); a one-word name is the family name. */
function structuredName(name: string): string {
  const words = name.split(/\s+/).filter(Boolean);
  const family = words.pop() ?? '';
  return `${vcardText(family)};${vcardText(words.join(' '))};;;`;
}

function vcard(contact: ExportContact, version: VcardVersion): string[] {
  const v4 = version === '4.0';
  // FN is required: a person found without a name is shown by company, e-mail or phone.
  const shown = contact.name || contact.company || contact.email || contact.phones[0] || '';
  const lines = ['BEGIN:VCARD', `VERSION:${version}`, `FN:${vcardText(shown)}`, `N:${structuredName(contact.name)}`];
  // 4.0 writes a phone as a tel: URI (RFC 6350 §6.4.1); 3.0 as text.
  for (const phone of contact.phones) lines.push(v4 ? `TEL;VALUE=uri:tel:${phone}` : `TEL;TYPE=VOICE:${phone}`);
  if (contact.email) lines.push(v4 ? `EMAIL:${vcardText(contact.email)}` : `EMAIL;TYPE=INTERNET:${vcardText(contact.email)}`);
  if (contact.company) lines.push(`ORG:${vcardText(contact.company)}`);
  lines.push('END:VCARD');
  return lines;
}

export function toVcard(contacts: readonly ExportContact[], version: VcardVersion): string {
  return contacts.flatMap((contact) => vcard(contact, version).map(foldLine)).join('\r\n') + '\r\n';
}
