import { confidenceOf, hasRealDomainShape } from './confidence.ts';
import type { Finding, ValueOrigin } from './types.ts';
import { rankTier } from './weights.ts';

/**
 * A finding's provenance for the popup: its source, the detail the collector or the raw value
 * tells (which link, which label), and the confidence the rules in confidence.ts give it.
 */

/** The label words the collector reports (PHONE_LABEL in text/phones.ts), by what they call the number. */
const CUE_KINDS: [RegExp, string][] = [
  [/^(?:whats|zap|wpp)/i, 'whatsapp'],
  [/^(?:cel|mobile|m[oó]vil)/i, 'mobile'],
  [/^(?:sac|central|atendimento|capitais|contato)/i, 'service'],
];

/** A labelled phone in text: `mobile`, `whatsapp`, `service` or `phone` (Tel, Fone, Ligue…). */
function labelKind(cue: string): string {
  return CUE_KINDS.find(([pattern]) => pattern.test(cue))?.[1] ?? 'phone';
}

/** The detail of a finding's source, read from what the collector already hands over. */
export function viaOf(finding: Finding): string | undefined {
  if (finding.source === 'links') {
    if (finding.kind === 'email') return 'mailto';
    return finding.whatsapp === true ? 'wa' : 'tel';
  }
  if (finding.kind === 'email' && finding.raw.startsWith('cfemail:')) return 'cf';
  return finding.cue === undefined ? undefined : labelKind(finding.cue);
}

function originOf(finding: Finding, evidence: { valid: boolean; home: boolean }): ValueOrigin {
  const via = viaOf(finding);
  const confidence = confidenceOf({
    kind: finding.kind,
    source: finding.source,
    via,
    ...evidence,
    named: finding.name !== null || finding.company != null,
    chrome: rankTier(finding.weight) === 0,
  });
  return via === undefined ? { source: finding.source, confidence } : { source: finding.source, via, confidence };
}

/** A phone read as a number (`home`: of the user's default country), or kept as typed (`valid` false). */
export const phoneOrigin = (finding: Finding, valid: boolean, home: boolean): ValueOrigin => originOf(finding, { valid, home });

export const emailOrigin = (finding: Finding, email: string): ValueOrigin => originOf(finding, { valid: hasRealDomainShape(email), home: true });

/** The origin of a contact's name: the finding that gave it, or the site's owner standing in for nobody named. */
export function nameOrigin(finding: Finding, siteOwner: boolean): ValueOrigin {
  const base = { kind: 'name', source: finding.source, valid: true, home: true, named: true, chrome: false } as const;
  if (siteOwner) return { source: finding.source, via: 'site', confidence: confidenceOf({ ...base, via: 'site' }) };
  return { source: finding.source, confidence: confidenceOf(base) };
}

/** A value read from a WhatsApp chat: the chat's own id is as sure as it gets; `layer` is the resolver that gave it. */
export function whatsappOrigin(kind: 'phone' | 'name', layer: string | null): ValueOrigin {
  const via = layer ?? undefined;
  const confidence = confidenceOf({ kind, source: 'whatsapp', via, valid: true, home: true, named: false, chrome: false });
  return via === undefined ? { source: 'whatsapp', confidence } : { source: 'whatsapp', via, confidence };
}
