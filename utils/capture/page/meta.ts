import { classifyLabel, collapse } from '../names/classify.ts';

/** <meta property="og:…"> or <meta name="…"> content. */
export function metaContent(doc: Document, key: string): string | null {
  const meta = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  const content = collapse(meta?.getAttribute('content') ?? '');
  return content === '' ? null : content;
}

/** "Fale conosco | Acme Embalagens" → ["Fale conosco", "Acme Embalagens"]. */
export function titleSegments(title: string): string[] {
  return collapse(title)
    .split(/\s+[|–—·•:]\s+|\s+-\s+/)
    .filter((segment) => segment !== '');
}

/** Sites put their name last in the title ("Page | Site"); section titles are not site names. */
export function siteNameFromTitle(title: string): string | null {
  const segments = titleSegments(title);
  if (segments.length < 2) return null;
  return segments.reverse().find((segment) => classifyLabel(segment) !== 'generic') ?? null;
}
