import { withBrazilianNinthDigit } from './brazil';

function comparable(phone: string): string {
  return withBrazilianNinthDigit(`+${phone.replace(/\D/g, '')}`);
}

/**
 * Same person's number? Compares digits, so a stored `+55 (11) 9…` or `5511 9…` matches, and
 * both Brazilian mobile forms, so a 12-digit WhatsApp id matches its 13-digit number.
 */
export function samePhone(stored: string | null | undefined, wanted: string): boolean {
  const digits = stored ? comparable(stored) : '+';
  return digits !== '+' && digits === comparable(wanted);
}
