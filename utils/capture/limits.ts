import { CAPTURE_LIMITS } from '../constants/capture.ts';
import { stripInvisible } from './invisible.ts';
import type { Finding, PageScan } from './types.ts';
import { byStrength } from './weights.ts';

/** The limits every capture is cut to (utils/constants/capture.ts), applied where it is built. */
export const limits = CAPTURE_LIMITS;

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
    listing: scan.listing === true,
  };
}
