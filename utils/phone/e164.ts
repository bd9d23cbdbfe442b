/**
 * The shape of a number in E.164: `+`, a country code that does not start with 0, at most 15
 * digits in all. Seven is the shortest real one (Niue, Tokelau: +683 XXXX). Shape only: whether
 * the number exists is libphonenumber's call (parse.ts). No zod and no metadata here, so the
 * content script, the popup and the schemas can all share it.
 */
export const E164 = /^\+[1-9]\d{6,14}$/;

export function isE164(text: string): boolean {
  return E164.test(text);
}

/** The E.164 form of bare digits (`5511…` as WhatsApp writes them), if they have its shape. */
export function e164OfDigits(digits: string): string | null {
  return isE164(`+${digits}`) ? `+${digits}` : null;
}
