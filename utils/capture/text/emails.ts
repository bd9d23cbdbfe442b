import { labelBefore, type TextMatch } from './match.ts';

/**
 * E-mail-shaped candidates in plain text (the normaliser decides: logo@2x.png is a file name),
 * written plainly or obfuscated for spam bots: "nome [at] dominio [dot] com", "nome (arroba) dominio (ponto) com (ponto) br",
 * "nome arroba dominio.com", "john at example dot com", "JOHN AT EXAMPLE DOT COM", "ana<at>x<dot>com",
 * "ventas arroba tienda punto es".
 */

const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const MAX_LOCAL = 64;
/** "git@host.example:repo.git" and "user@host:8080" are remotes and URLs, not addresses. */
const DOMAIN = /(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}_-]|:\S)/uy;

const SPACE = String.raw`[ \u00a0]`;
const LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?`;
/** Brackets around a spelled-out sign: [at], (dot), {at}, <at>. */
const OPEN = String.raw`[\[({<]`;
const CLOSE = String.raw`[\])}>]`;
const DOT = String.raw`${SPACE}*${OPEN}${SPACE}*(?:dot|ponto|punto|\.)${SPACE}*${CLOSE}${SPACE}*|${SPACE}+(?:dot|ponto|punto)${SPACE}+|\.`;
/** The spelled-out "@", found first: rare, so the rest of the address is only read around it. */
const AT = new RegExp(String.raw`${OPEN}${SPACE}*(?:at|arroba|@)${SPACE}*${CLOSE}|${SPACE}(?:at|arroba|@)${SPACE}`, 'giu');
const SPELLED_DOMAIN = new RegExp(String.raw`${SPACE}*(${LABEL}(?:(?:${DOT})${LABEL})+)(?![\p{L}\p{N}])`, 'iuy');
const DOT_TOKEN = new RegExp(DOT, 'giu');
/**
 * A bare " at " is ordinary English ("arrive at home dot the i"): only trust it when the dots
 * are spelled out too and the address ends in a common top-level domain (RFC 2606's
 * .example included, which documentation and these fixtures use).
 */
const PLAIN_AT = /^[ \u00a0]at[ \u00a0]$/iu;
const SPELLED_DOT = /dot|ponto|punto/iu;
const COMMON_TOP_LEVEL = /\.(?:com|net|org|edu|gov|info|biz|io|co|br|pt|es|mx|ar|cl|uk|us|ca|de|fr|it|example)$/i;

function localPartBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1] ?? '')) start--;
  // "https://user@host" is a URL, not an address.
  if (text[start - 1] === '/') return '';
  return text.slice(start, at).replace(/^\.+/, '');
}

function plainEmails(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    const local = localPartBefore(text, at);
    DOMAIN.lastIndex = at + 1;
    const domain = DOMAIN.exec(text)?.[0];
    if (local === '' || domain === undefined) continue;
    const raw = `${local}@${domain}`;
    const start = at - local.length;
    found.push({ kind: 'email', start, end: at + 1 + domain.length, raw, label: labelBefore(text, start), whatsapp: false });
  }
  return found;
}

function obfuscatedEmails(text: string): TextMatch[] {
  const found: TextMatch[] = [];
  for (const at of text.matchAll(AT)) {
    let localEnd = at.index;
    while (text[localEnd - 1] === ' ' || text[localEnd - 1] === '\u00a0') localEnd--;
    const local = localPartBefore(text, localEnd);
    SPELLED_DOMAIN.lastIndex = at.index + at[0].length;
    const domainMatch = SPELLED_DOMAIN.exec(text);
    const domain = domainMatch?.[1];
    if (local === '' || domainMatch === null || domain === undefined) continue;
    const raw = `${local}@${domain.replace(DOT_TOKEN, '.')}`;
    if (PLAIN_AT.test(at[0]) && !(SPELLED_DOT.test(domain) && COMMON_TOP_LEVEL.test(raw))) continue;
    const start = localEnd - local.length;
    found.push({ kind: 'email', start, end: SPELLED_DOMAIN.lastIndex, raw, label: labelBefore(text, start), whatsapp: false });
  }
  return found;
}

export function findEmails(text: string): TextMatch[] {
  const plain = plainEmails(text);
  const overlapsPlain = (match: TextMatch) => plain.some((other) => match.start < other.end && other.start < match.end);
  return [...plain, ...obfuscatedEmails(text).filter((match) => !overlapsPlain(match))].sort((a, b) => a.start - b.start);
}
