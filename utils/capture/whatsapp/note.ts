import type { Identity, PhoneWhy, WhatsappChat } from './types';

/**
 * What the popup tells the rep about a WhatsApp capture (Capture.whatsapp): why the phone is
 * empty, who the person is as WhatsApp shows them, and the read's record for a support request.
 */
export interface WhatsappNote {
  phoneWhy: PhoneWhy | null;
  identity: Identity | null;
  /** WhatsApp's build, then each layer's outcome and reason: no names, numbers or message text. */
  report: string;
}

export function supportReport(chat: Pick<WhatsappChat, 'build' | 'kind' | 'phoneWhy' | 'attempts'>): string {
  return [
    `WhatsApp Web ${chat.build ?? '(build unknown)'}`,
    `chat: ${chat.kind}${chat.phoneWhy ? `, no number (${chat.phoneWhy})` : ''}`,
    ...chat.attempts.map((attempt) => `${attempt.resolver}: ${attempt.outcome}${attempt.reason ? ` (${attempt.reason})` : ''}`),
  ].join('\n');
}
