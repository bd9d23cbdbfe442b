import { phoneOfDigits } from '../jid';
import { none, type LayerResult, type ResolveInput } from './types';

/**
 * Layer 3: `web.whatsapp.com/send?phone=5511…` (a click-to-chat link opened this tab). The URL
 * can outlive the chat it opened, so resolve.ts only keeps it when nothing contradicts it.
 */
export function fromSendUrl({ url }: Pick<ResolveInput, 'url'>): LayerResult {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return none('bad-url');
  }
  if (!/^\/send\/?$/.test(parsed.pathname)) return none('not-a-send-link');
  const raw = parsed.searchParams.get('phone') ?? '';
  const phone = phoneOfDigits(raw.replace(/\D/g, ''));
  return phone ? { outcome: 'found', value: phone.e164, evidence: { phone } } : none('no-phone-parameter');
}
