import { cleanText, phoneOfText } from '../jid';
import { nameOf } from '../names';
import { BUSINESS_LABELS, BUSINESS_MARKER, CHANNEL_MARKER, GROUP_MARKER, findHeader, headerTitleOf, matchesAny } from '../selectors';
import type { ChatKind } from '../types';
import type { Evidence, LayerResult, ResolveInput } from './types';
import { none, unavailable } from './types';

function kindSeen(header: Element): ChatKind | undefined {
  if (matchesAny(header, CHANNEL_MARKER)) return 'channel';
  if (matchesAny(header, GROUP_MARKER)) return 'group';
  if (matchesAny(header, BUSINESS_MARKER)) return 'business';
  const labels = [...header.querySelectorAll('[title], span')].map((element) => cleanText(element.getAttribute('title') || element.textContent).toLowerCase());
  return labels.some((label) => BUSINESS_LABELS.includes(label)) ? 'business' : undefined;
}

/**
 * Layer 4: the header title. An unsaved contact's title is the formatted number
 * (`+55 11 98765-4321`, unsaved-contact.2026-11-24.html); a saved one's is the name. Also
 * reports what the header shows about the kind (group avatar, business badge, channel icon).
 */
export function fromHeaderTitle({ root }: Pick<ResolveInput, 'root'>): LayerResult {
  const header = findHeader(root);
  if (!header) return unavailable('no-header');
  const title = headerTitleOf(header);
  const kind = kindSeen(header);
  const evidence: Evidence = kind ? { kind } : {};
  if (!title) return { ...none('no-title'), evidence };
  const phone = phoneOfText(title);
  if (phone) return { outcome: 'found', value: phone.e164, evidence: { ...evidence, phone } };
  const name = nameOf(title);
  return name ? { outcome: 'found', value: name, evidence: { ...evidence, name } } : { ...none('unreadable-title'), evidence };
}
