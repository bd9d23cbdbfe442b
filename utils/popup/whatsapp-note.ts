import type { Identity, PhoneWhy } from '../capture/whatsapp/types';

/** "~Maria · @maria.lopez · number hidden (+43 ••• •• 21)": the person as WhatsApp shows them when it hides the number (issue 19). */
export function whoLine(identity: Identity | null, numberHidden: string): string {
  return [
    identity?.pushname ? `~${identity.pushname}` : null,
    identity?.username ? `@${identity.username}` : null,
    identity?.maskedPhone ? `${numberHidden} (${identity.maskedPhone})` : numberHidden,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** The locale key that says why the form has no number. */
export const WHY_KEYS = {
  lid: 'popup.whatsapp.lid',
  'not-found': 'popup.whatsapp.notFound',
  invalid: 'popup.whatsapp.invalid',
  'no-chat': 'popup.whatsapp.noChat',
  group: 'popup.whatsapp.group',
  channel: 'whatsapp.cannotChannel',
  status: 'whatsapp.cannotStatus',
  service: 'whatsapp.cannotService',
} as const satisfies Record<PhoneWhy, string>;

export function whyText(why: PhoneWhy, t: (key: (typeof WHY_KEYS)[PhoneWhy]) => string): string {
  return t(WHY_KEYS[why]);
}
