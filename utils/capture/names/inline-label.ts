import { collapse, isCallWord, isConnective, isFieldWord, isInlineName } from './classify.ts';

/**
 * The name written on the same line before a value: "Comercial: (11) 4002-8930",
 * "Ana Souza — ana@x.example", "Por Ana Lima". Used by the text, link and selection sources.
 */

const MAX_PREFIX = 160;
const MAX_STRIPS = 16;

/** Trailing pieces that sit between a label and its value (earlier values are handled apart). */
const TRAILING_NOISE = [/[\s:;,|·•–—/()\-–>]+$/u, /\[email[\s\u00a0]protected\]$/iu, /\S+@\S+$/u];
/** E-mails and runs of digits with phone punctuation (a run is a value from 8 digits on). */
const VALUE_LIKE = /\S+@\S+|[+(]?\d[\d\s().\-/]*\d\)?/gu;
const TRAILING_NUMBER_RUN = /[+(]?\d[\d\s().\-/]*\d\)?$/u;
const MIN_VALUE_DIGITS = 8;
const TRAILING_WORD = /(\p{L}[\p{L}.-]*)$/u;
const SENTENCE_END = /[.!?]\s+/gu;
/** A dot after a word this short closes an abbreviation (Tel., Av., Dr.), not a sentence. */
const ABBREVIATION = /(?:^|[^\p{L}])\p{L}{1,3}$/u;
const SEGMENT_SEPARATOR = /\s*[:|·•–—;,/]\s*|\s+-\s+/u;
const BYLINE = /^(?:por|by|autora?|escrito por|reportagem de)\s+/iu;

function stripTrailingNoise(text: string): string {
  let current = text;
  for (let step = 0; step < MAX_STRIPS; step++) {
    const next = stripOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

function isEarlierValue(token: string): boolean {
  return token.includes('@') || token.replace(/\D/g, '').length >= MIN_VALUE_DIGITS;
}

function stripOnce(text: string): string {
  for (const pattern of TRAILING_NOISE) {
    const stripped = text.replace(pattern, '');
    if (stripped !== text) return stripped;
  }
  const number = TRAILING_NUMBER_RUN.exec(text)?.[0];
  if (number !== undefined && isEarlierValue(number)) return text.slice(0, -number.length);
  const word = TRAILING_WORD.exec(text)?.[1];
  if (word !== undefined && (isFieldWord(word) || isCallWord(word))) return text.slice(0, -word.length);
  return text;
}

/** The label of a value can only come after the values before it on the line. */
function afterLastValue(text: string): string {
  let start = 0;
  for (const match of text.matchAll(VALUE_LIKE)) {
    if (isEarlierValue(match[0])) start = match.index + match[0].length;
  }
  return text.slice(start);
}

function afterLastSentence(text: string): string {
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const isAbbreviation = match[0].startsWith('.') && ABBREVIATION.test(text.slice(0, match.index));
    if (!isAbbreviation) start = match.index + match[0].length;
  }
  return text.slice(start);
}

/**
 * "Comercial: (11) …" and "Ana Souza — ana@…" label the value. Not so a list ("Editora-chefe ·
 * joana@…": one more attribute of someone named elsewhere) nor prose ("Inscrições pelo
 * telefone (11) …": the first word of a sentence).
 */
const LISTING_JOINT = /[·•|,;]/;

function isLabelJoint(joint: string): boolean {
  return !LISTING_JOINT.test(joint) && !joint.split(/[^\p{L}]+/u).some(isConnective);
}

export function inlineLabel(prefix: string): string | null {
  const line = collapse(prefix.slice(-MAX_PREFIX).split('\n').pop() ?? '');
  const stripped = stripTrailingNoise(line);
  const joint = line.slice(stripped.length).split(/[\p{N}@(+[]/u)[0] ?? '';
  if (!isLabelJoint(joint)) return null;
  const text = afterLastSentence(afterLastValue(stripped));
  if (text === '' || /[\p{N}@]/u.test(text)) return null;
  for (const segment of text.split(SEGMENT_SEPARATOR)) {
    const candidate = segment.replace(BYLINE, '').trim();
    if (isInlineName(candidate)) return candidate;
  }
  return null;
}
