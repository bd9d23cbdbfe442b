import type { Finding, PageScan } from './types.ts';
import { byStrength } from './weights.ts';

/**
 * How much of a page a capture keeps. A page is untrusted input: a 5,000-character title, a
 * 100 KB JSON-LD name or 200,000 findings must still give a capture the popup can save (the
 * draft and outbox schemas cap url at 4000 and text at 1000 characters) and rank without
 * blowing the stack. Applied where every capture is made, buildCapture (the background or the
 * CLI, not the injected script, which must stay small), before the popup or storage sees it.
 */
export const limits = {
  url: 4000,
  title: 1000,
  /** Longer than any person's or company's name (WhatsApp caps its names at 200 too). */
  name: 200,
  /** A phone as written or an e-mail address (RFC 5321 caps a path at 256). */
  raw: 256,
  /** Findings per page, kept strongest first before grouping and ranking. */
  findings: 1000,
} as const;

/**
 * Bidi overrides, embeddings and isolates, and zero-width characters: invisible, and in a CRM's
 * list view an U+202E turns "Ana" into a spoofed name. WhatsApp names are cleaned the same way.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Shortened to `max` characters without splitting a surrogate pair. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\ud800-\udbff]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/** A captured name: visible characters only, at most `limits.name` long; empty becomes null. */
export function boundName(name: string | null | undefined): string | null {
  if (name == null) return null;
  const clean = truncate(stripInvisible(name).trim(), limits.name).trim();
  return clean === '' ? null : clean;
}

function boundFinding(finding: Finding): Finding {
  const bounded = { ...finding, raw: truncate(finding.raw, limits.raw), name: boundName(finding.name) };
  return finding.company === undefined ? bounded : { ...bounded, company: boundName(finding.company) };
}

/** The strongest `limits.findings`, in their original order. */
function strongestFindings(findings: Finding[]): Finding[] {
  if (findings.length <= limits.findings) return findings;
  const kept = new Set([...findings].sort(byStrength).slice(0, limits.findings));
  return findings.filter((finding) => kept.has(finding));
}

/** A scan any consumer can hold: every string bounded, names cleaned, at most `limits.findings` findings. */
export function boundScan(scan: PageScan): PageScan {
  return {
    url: truncate(scan.url, limits.url),
    title: truncate(stripInvisible(scan.title), limits.title),
    findings: strongestFindings(scan.findings).map(boundFinding),
    profileName: boundName(scan.profileName),
    siteName: boundName(scan.siteName),
  };
}
