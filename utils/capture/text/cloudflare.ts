/**
 * Cloudflare's e-mail address obfuscation: the address is hex-encoded, the first byte is the
 * XOR key for the rest. It appears as `data-cfemail="HEX"` (with "[email protected]" shown until
 * Cloudflare's script runs) and as `href="/cdn-cgi/l/email-protection#HEX"`. The page script
 * hands the hex on as `cfemail:HEX` and the normaliser decodes it, keeping the injected script
 * small.
 */

/** Queried one by one: a selector list matches every element of the page against each. */
export const CLOUDFLARE_SELECTORS = ['[data-cfemail]', 'a[href*="/cdn-cgi/l/email-protection#"]'];
const HEX = /^(?:[\da-f]{2}){2,}$/i;
const PROTECTED_PREFIX = 'cfemail:';

/** A protected address as the page script reports it. */
export function protectedEmail(hex: string): string {
  return `${PROTECTED_PREFIX}${hex}`;
}

/** The address behind a reported `cfemail:HEX`, or the raw value unchanged. */
export function unprotectEmail(raw: string): string | null {
  return raw.startsWith(PROTECTED_PREFIX) ? decodeCloudflareEmail(raw.slice(PROTECTED_PREFIX.length)) : raw;
}

export function decodeCloudflareEmail(hex: string): string | null {
  if (!HEX.test(hex)) return null;
  const key = Number.parseInt(hex.slice(0, 2), 16);
  let percentEncoded = '';
  for (let index = 2; index < hex.length; index += 2) {
    const byte = Number.parseInt(hex.slice(index, index + 2), 16) ^ key;
    percentEncoded += `%${byte.toString(16).padStart(2, '0')}`;
  }
  try {
    // The bytes are UTF-8; decodeURIComponent turns them back into text.
    return decodeURIComponent(percentEncoded);
  } catch {
    return null;
  }
}

export function cloudflareHex(element: Element): string | null {
  const attribute = element.getAttribute('data-cfemail');
  if (attribute !== null) return attribute;
  const href = element.getAttribute('href') ?? '';
  const hash = href.indexOf('#');
  return hash === -1 ? null : href.slice(hash + 1);
}
