import type { Confidence, OriginSource } from './types.ts';

/**
 * How sure we are of a captured value, from where it was found and the checks it passed: the
 * one home of these rules (the normaliser applies them, the popup shows the result).
 */
export interface ValueEvidence {
  kind: 'phone' | 'email' | 'name';
  source: OriginSource;
  /** The detail of the source (see ValueOrigin.via). */
  via?: string;
  /** A phone that fits its country's plan; an e-mail whose domain has a real shape. */
  valid: boolean;
  /** A phone of the user's default country: a foreign number is a less likely reading. */
  home: boolean;
  /** The page attributes the value to someone: a name next to it, or its structured item's. */
  named: boolean;
  /** Found in the page's footer or navigation, not in its content. */
  chrome: boolean;
}

/** What a source is worth on its own: a field or link made for the value beats text read as one. */
const SOURCE_POINTS: Record<OriginSource, number> = { jsonld: 2, microdata: 2, hcard: 2, links: 2, whatsapp: 3, text: 1, selection: 1 };
/** WhatsApp layers that read a title the user sees, not the chat's own id. */
const WHATSAPP_DISPLAY_LAYERS = new Set(['header-title', 'chat-list']);
const STRUCTURED_NAME_SOURCES = new Set<OriginSource>(['jsonld', 'microdata', 'hcard']);
/** The `via` of a phone read after its own label in text or a selection (origin.ts). */
const LABEL_VIAS = new Set(['mobile', 'whatsapp', 'service', 'phone']);

function level(points: number): Confidence {
  if (points >= 3) return 'high';
  return points === 2 ? 'medium' : 'low';
}

function nameConfidence({ source, via }: ValueEvidence): Confidence {
  // The site's own name standing in for a person nobody named.
  if (via === 'site') return 'low';
  if (STRUCTURED_NAME_SOURCES.has(source) || (source === 'whatsapp' && via === 'store')) return 'high';
  return 'medium';
}

export function confidenceOf(evidence: ValueEvidence): Confidence {
  if (evidence.kind === 'name') return nameConfidence(evidence);
  if (!evidence.valid) return 'low';
  const { source, via, named, chrome, home } = evidence;
  let points = SOURCE_POINTS[source];
  if (source === 'whatsapp' && via !== undefined && WHATSAPP_DISPLAY_LAYERS.has(via)) points -= 1;
  // A phone in text after its own label ("Celular:") was written as a phone.
  if (via !== undefined && LABEL_VIAS.has(via)) points += 1;
  if (named) points += 1;
  if (chrome) points -= 1;
  if (evidence.kind === 'phone' && !home) points -= 1;
  return level(points);
}

/**
 * Domains that forms and templates print as a sample ("seu@email.com", "nome@dominio.com.br",
 * "you@yourdomain.com"): the address is a placeholder, not anyone's. RFC 2606's example.* is
 * left out: it is what documentation and our fixtures use for real-looking people.
 */
const PLACEHOLDER_DOMAIN = /^(?:e-?mail|dominio|seudominio|suaempresa|empresa|domain|yourdomain|yourcompany|company|exemplo|ejemplo|teste?)$/;

/** The e-mail's domain looks like somebody's, not a sample one (its main label, before com.br or com). */
export function hasRealDomainShape(email: string): boolean {
  const labels = (email.split('@')[1] ?? '').toLowerCase().split('.');
  const main = labels.length > 2 && (labels.at(-2) ?? '').length <= 3 ? labels.at(-3) : labels.at(-2);
  return main !== undefined && !PLACEHOLDER_DOMAIN.test(main);
}
