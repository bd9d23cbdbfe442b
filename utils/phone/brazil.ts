/**
 * Brazil's numbering plan, which libphonenumber's `min` metadata only knows by length (with it
 * the CPF 123.456.789-09 is a "valid" +55 number), and its mobiles' ninth digit.
 */

/**
 * From metadata.max.json, country BR: fixed line (DDD + [2-5] + 7 digits), mobile (DDD + 9 +
 * 8 digits, and the legacy 7 + 7 digits), toll-free and premium 0800/0300/0500/0900, and the
 * nationwide 3003/400x/4020 numbers. DDD is a real area code (11-19, 21, 22, 24, …).
 */
const BRAZIL_NATIONAL =
  /^(?:(?:[14689][1-9]|2[12478]|3[1-578]|5[13-5]|7[13-579])(?:[2-5]\d{7}|7\d{7}|9\d{8})|[3589]00\d{6,7}|(?:30[03]\d{3}|4(?:0(?:0\d|20)|370|864))\d{4}|300\d{5})$/;

/** A national number (after +55, no trunk 0) that Brazil's plan has. */
export function isBrazilianNational(nationalNumber: string): boolean {
  return BRAZIL_NATIONAL.test(nationalNumber);
}

/**
 * Brazilian mobiles gained a 9th digit in 2012–2016, but WhatsApp ids and old CRM rows still
 * carry 12-digit forms (+55 AA XXXXXXXX). Duplicate lookups must try both forms.
 */
const BR_MOBILE_WITH_NINE = /^\+55([1-9]{2})9([6-9]\d{7})$/;
const BR_MOBILE_WITHOUT_NINE = /^\+55([1-9]{2})([6-9]\d{7})$/;

/** The number itself plus its other Brazilian mobile form, if it has one. */
export function phoneVariants(e164: string): string[] {
  const withNine = BR_MOBILE_WITH_NINE.exec(e164);
  if (withNine) return [e164, `+55${withNine[1]}${withNine[2]}`];
  const withoutNine = BR_MOBILE_WITHOUT_NINE.exec(e164);
  if (withoutNine) return [e164, `+55${withoutNine[1]}9${withoutNine[2]}`];
  return [e164];
}

/** Adds the 9th digit to a 12-digit Brazilian mobile; other numbers are returned unchanged. */
export function withBrazilianNinthDigit(e164: string): string {
  const withoutNine = BR_MOBILE_WITHOUT_NINE.exec(e164);
  return withoutNine ? `+55${withoutNine[1]}9${withoutNine[2]}` : e164;
}

/**
 * False only for a +55 number Brazil's plan lacks, once given its 9th digit; every other
 * country is left to libphonenumber. For E.164 text read without it (WhatsApp ids).
 */
export function fitsBrazilianPlan(e164: string): boolean {
  const full = withBrazilianNinthDigit(e164);
  return !full.startsWith('+55') || isBrazilianNational(full.slice(3));
}
