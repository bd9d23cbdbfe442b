import { createScanContext, type ScanContext } from '../dom/context.ts';
import { placeInPage } from '../dom/placement.ts';
import { writtenNameAround } from '../dom/written-name.ts';
import { contactValuesOf } from '../links/extract.ts';
import type { Finding } from '../types.ts';
import { WEIGHT } from '../weights.ts';
import { CLOUDFLARE_SELECTORS, cloudflareHex, protectedEmail } from './cloudflare.ts';
import { findEmails } from './emails.ts';
import type { TextMatch } from './match.ts';
import { findPhones } from './phones.ts';

/**
 * Phones and e-mails in the text a person can see, plus addresses hidden behind Cloudflare's
 * e-mail protection (which the person sees decoded once Cloudflare's script has run; the
 * normaliser decodes them).
 */

/** A contact link's text is its label; what it dials is in its href (read by the links source). */
function isInsideContactLink(element: Element): boolean {
  const link = element.closest('a[href]');
  return link !== null && contactValuesOf(link.getAttribute('href') ?? '').length > 0;
}

function fromMatch(ctx: ScanContext, match: TextMatch, node: Text | null): Finding[] {
  const element = node?.parentElement ?? null;
  if (node === null || element === null || isInsideContactLink(element) || !ctx.visibility.isVisible(element)) return [];
  const { name, company, weight } = placeInPage(ctx, node, WEIGHT.text, match.label);
  const finding: Finding = { kind: match.kind, raw: match.raw, source: 'text', name, company, weight, order: match.start, cue: match.cue };
  return [match.whatsapp ? { ...finding, whatsapp: true } : finding];
}

function fromCloudflare(ctx: ScanContext, element: Element): Finding[] {
  const hex = cloudflareHex(element);
  if (hex === null || !ctx.visibility.isVisible(element)) return [];
  const raw = protectedEmail(hex);
  const { name, company, weight } = placeInPage(ctx, element, WEIGHT.text, writtenNameAround(ctx, element));
  return [{ kind: 'email', raw, source: 'text', name, company, weight, order: ctx.orderOf(element) }];
}

export function extract(root: Document, url: string, ctx: ScanContext = createScanContext(root, url)): Finding[] {
  const page = ctx.visibleText();
  const matches = [...findPhones(page.text), ...findEmails(page.text)].sort((a, b) => a.start - b.start);
  return [
    ...matches.flatMap((match) => fromMatch(ctx, match, page.nodeAt(match.start))),
    ...CLOUDFLARE_SELECTORS.flatMap((selector) => [...root.querySelectorAll(selector)]).flatMap((element) => fromCloudflare(ctx, element)),
  ];
}
