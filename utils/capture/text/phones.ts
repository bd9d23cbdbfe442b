import { overlapsNonPhone } from './masks.ts';
import { labelBefore, linePrefix, type TextMatch } from './match.ts';

/**
 * Phone-shaped candidates in plain text; the background decides which are numbers, in the
 * user's default country (no phone metadata here: this runs in the page). Brazilian formats
 * (with or without +55, DDD in parentheses, trunk 0 or 0xx, the extra 9, 0800/0300,
 * 4004-style numbers), North American ones ((650) 333-6000, 1-650-333-6000), international
 * numbers after "+", 00 or 011, fullwidth digits, and an extension (ext. 1234, x12, ramal 12).
 */

const GAP = String.raw`[ \u00a0.\-]`;
/**
 * Not glued to a word, a handle, a sign, or the tail of another number ("v2.", "R$", "#").
 * It is checked only where a phone can start (the lookahead), with Latin letters spelled as a
 * range: this pattern runs over the whole page, and a Unicode-property lookbehind at every
 * position made it several times slower.
 */
const LEFT = String.raw`(?=[+(\d])(?<![\w\u00c0-\u024f@#$%&=+/\\-]|\d[.,:])`;
/** Not followed by more of a word or of a longer number. */
const RIGHT = String.raw`(?![\p{L}\p{N}_@%°ºª]|[.,:/\-]\p{N}|[^\S\n]\p{N}{4})`;

/**
 * A digit run taken whole, never split: `(?=(…))\k<…>` is JavaScript's atomic group. Splitting
 * "+1" and 40 digits into six groups every way before failing cost 0.4 ms per occurrence (a
 * hostile page, or a selection read in the background worker); taken whole, each group has one
 * way to match and the masks drop a run too long to be a phone.
 */
const DIGIT_RUN = String.raw`(?=(?<run>\d+))\k<run>`;
/** After "+", or the call prefix written for it: 00 in most of the world, 011 in North America. */
export const INTERNATIONAL = String.raw`(?:\+|00|011)[^\S\n]?[1-9]\d{0,2}(?:${GAP}?(?:\(\d{1,4}\)|${DIGIT_RUN})){1,6}`;
/** (650) 333-6000, 1-650-333-6000, 650.333.6000: read only where the default country is in +1. */
const NORTH_AMERICAN = String.raw`(?:1[ \u00a0.\-]?)?(?:\(\d{3}\)|\d{3})[ \u00a0.\-]?\d{3}[ \u00a0.\-]\d{4}`;
/** "612 34 56 78", "91 234 56 78": digit groups of any country, a phone only where a label says so. */
const GROUPED = String.raw`\d{2,4}(?:[ \u00a0.\-]\d{2,4}){2,4}`;
const EXTENSION = String.raw`(?:[ \u00a0,]*(?:[Ee][Xx][Tt](?:\.|[Ee][Nn][Ss][Ii][Oo][Nn])?|[Rr][Aa][Mm][Aa][Ll]|[Xx])[ \u00a0.:]*\d{1,6})?`;
const AREA_CODE = String.raw`(?:\([^\S\n]?(?:0[^\S\n]?)?(?:[Xx]{2}[^\S\n]?)?\d{2}[^\S\n]?\)|(?:0[^\S\n]?)?(?:[Xx]{2}[^\S\n]?)?\d{2})`;
const SUBSCRIBER = String.raw`(?:9[ \u00a0.]?)?\d{4}[ \u00a0.\-–]?\d{4}`;
const DOMESTIC = String.raw`(?:55${GAP}?)?${AREA_CODE}${GAP}{0,3}${SUBSCRIBER}`;
/** 0800/0300/0500/0900 and the nationwide 3003-/400x- numbers, which have no area code. */
const NATIONWIDE = String.raw`0[^\S\n]?[3589]00(?:${GAP}?\d){6,7}|(?:[34]00\d|4020)${GAP}?\d{4}`;

const PHONE = new RegExp(
  // Domestic first: "011 98765-4321" is São Paulo dialled with its trunk 0, not 011 abroad.
  `${LEFT}(?:(?<nationwide>${NATIONWIDE})|(?<domestic>${DOMESTIC})|${INTERNATIONAL}|${NORTH_AMERICAN}|(?<grouped>${GROUPED}))${EXTENSION}${RIGHT}`,
  // Letters are cased by hand ("ext", "xx"): the i flag made this page-long scan a third slower.
  'gu',
);
/** "(11) 4002-8950 / 4002-8951": a second number that borrows the first one's area code. */
const SAME_AREA = /[^\S\n]*(?:\/|,|;|ou|or|e)[^\S\n]*((?:9[ \u00a0.]?)?\d{4}[ \u00a0.\-–]?\d{4})(?![\p{N}])/uy;

/** Labels of numbers that are not phones, right before the number ("Pedido nº", "CNPJ:"). */
const NOT_A_PHONE_LABEL =
  /(?<!\p{L})(?:cnpj|cpf|cep|rg|cnh|ie|isbn|issn|ip|sku|ref|modelo|model|mod|s[ée]rie|nf-?e?|pedido|protocolo|c[oó]d(?:igo)?|n\.?\s?[º°]|conta|ag[eê]ncia|cart[aã]o|processo|matr[ií]cula|inscri[cç][aã]o|vers[aã]o|lote|chassi|renavam|placa|boleto|rastreio|rastreamento|crm|creci|oab|cau|id|order|invoice|tracking|serial)\.?(?:\s+\p{L}+){0,2}[^\p{L}\n]{0,4}$/iu;
/** A bare run of digits, or a number with no area code, is only a phone when a label says so. */
const PHONE_LABEL = /(?<!\p{L})(?:tel|fone|cel|whats|zap|wpp|contato|ligue|ligar|ramal|sac|central|atendimento|capitais|phone|mobile|call|m[oó]vil|llam)/iu;
/** The nationwide numbers people recognise without a label (banks, retailers). */
const WELL_KNOWN_NATIONWIDE = /^(?:3003|400[34])/;
const WHATSAPP_LABEL = /(?<!\p{L})(?:whats|zap|wpp)/iu;
/** "Fax:" alone excludes the number; "Tel/Fax:" does not. */
const FAX_ONLY = /(?<!\p{L}(?:\.?\s?[/e]\s?)?)fax\s*[:.-]?\s*$/iu;

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The words since the previous number on the line: the label that belongs to this one. */
function labelTail(text: string, start: number): string {
  const prefix = linePrefix(text, start);
  let tailStart = prefix.length;
  while (tailStart > 0 && !isDigit(prefix.charCodeAt(tailStart - 1))) tailStart--;
  return prefix.slice(tailStart);
}

function needsLabel(raw: string, nationwide: boolean, grouped: boolean): boolean {
  if (grouped || /^\d+$/.test(raw)) return true;
  // "4020-2720" with no area code: a model or part number as often as a phone.
  const digits = raw.replace(/\D/g, '');
  return nationwide && digits.length === 8 && !WELL_KNOWN_NATIONWIDE.test(digits);
}

function isWantedPhone(raw: string, tail: string, groups: Record<string, string | undefined>): boolean {
  if (NOT_A_PHONE_LABEL.test(tail) || FAX_ONLY.test(tail)) return false;
  return !needsLabel(raw, groups['nationwide'] !== undefined, groups['grouped'] !== undefined) || PHONE_LABEL.test(tail);
}

function areaCodeOf(raw: string): string | null {
  let digits = raw.replace(/\D/g, '');
  if (digits.length >= 12 && digits.startsWith('55')) digits = digits.slice(2);
  if (digits.startsWith('0')) digits = digits.slice(1);
  return digits.length >= 10 ? digits.slice(0, 2) : null;
}

function sameAreaFollower(text: string, end: number, areaCode: string): { raw: string; end: number } | null {
  SAME_AREA.lastIndex = end;
  const match = SAME_AREA.exec(text);
  const local = match?.[1];
  if (match === null || local === undefined) return null;
  return { raw: `(${areaCode}) ${local}`, end: end + match[0].length };
}

/** Fullwidth digits and signs (０１１, （６５０）) as ASCII, one code unit each, so offsets stay. */
function asciiForms(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0));
}

export function findPhones(pageText: string): TextMatch[] {
  const text = asciiForms(pageText);
  const found: TextMatch[] = [];
  PHONE.lastIndex = 0;
  for (let match = PHONE.exec(text); match !== null; match = PHONE.exec(text)) {
    const start = match.index;
    const raw = match[0].trim();
    const tail = labelTail(text, start);
    if (!isWantedPhone(raw, tail, match.groups ?? {})) continue;
    if (overlapsNonPhone(text, start, PHONE.lastIndex)) continue;
    const label = labelBefore(text, start);
    const whatsapp = WHATSAPP_LABEL.test(tail);
    const cue = PHONE_LABEL.exec(tail)?.[0];
    found.push({ kind: 'phone', start, end: start + match[0].length, raw, label, whatsapp, cue });
    const areaCode = match.groups?.['domestic'] === undefined ? null : areaCodeOf(raw);
    const follower = areaCode === null ? null : sameAreaFollower(text, PHONE.lastIndex, areaCode);
    if (follower !== null) {
      found.push({ kind: 'phone', start: PHONE.lastIndex, end: follower.end, raw: follower.raw, label, whatsapp, cue });
      PHONE.lastIndex = follower.end;
    }
  }
  return found;
}
