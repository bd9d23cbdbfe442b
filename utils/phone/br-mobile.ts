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

/** Same person's number? Compares digits, so stored `+55 (11) 9…` and `5511 9…` match too. */
export function samePhone(stored: string | null | undefined, wanted: string): boolean {
  if (!stored) return false;
  const digits = stored.replace(/\D/g, '');
  return phoneVariants(wanted).some((variant) => variant.slice(1) === digits);
}
