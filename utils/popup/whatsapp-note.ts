import type { Identity, PhoneWhy, ReachedBy } from '../capture/whatsapp/types';

/**
 * "~Maria · @maria.lopez · number hidden (+43 ••• •• 21) · wrote by username": the person as
 * WhatsApp shows them when it hides the number, and how they reached the rep (issue 19).
 */
export function whoLine(identity: Identity | null, numberHidden: string, reachedBy: (reached: ReachedBy) => string): string {
  return [
    identity?.pushname ? `~${identity.pushname}` : null,
    identity?.username ? `@${identity.username}` : null,
    identity?.maskedPhone ? `${numberHidden} (${identity.maskedPhone})` : numberHidden,
    identity?.reachedBy ? reachedBy(identity.reachedBy) : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');
}

/** The locale key that says how a contact whose number is hidden reached the rep. */
export const REACHED_KEYS = { ad: 'popup.whatsapp.reachedBy.ad', username: 'popup.whatsapp.reachedBy.username' } as const satisfies Record<ReachedBy, string>;

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
