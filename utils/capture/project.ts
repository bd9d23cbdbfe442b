import type { Capture } from './types.ts';

/** The CLI contract: a projection of a Capture (name, phones and e-mails per contact). */
export interface CliCapture {
  contacts: Array<{ name: string | null; phones: string[]; emails: string[]; unreadPhones?: string[] }>;
  phones: string[];
  emails: string[];
}

export function toCliJson(capture: Capture): CliCapture {
  return {
    contacts: capture.contacts.map(({ name, phones, emails, unreadPhones }) => ({ name, phones, emails, ...(unreadPhones ? { unreadPhones } : {}) })),
    phones: capture.phones,
    emails: capture.emails,
  };
}
