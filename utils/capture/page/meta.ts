import { classifyLabel, collapse } from '../names/classify.ts';

/**
 * <meta property="og:…"> or <meta name="…"> content. Read from the document's meta elements
 * rather than with an attribute selector, which walks the whole page each time a key is absent.
 */
export function metaContent(doc: Document, key: string): string | null {
  for (const meta of doc.getElementsByTagName('meta')) {
    if (meta.getAttribute('property') !== key && meta.getAttribute('name') !== key) continue;
    const content = collapse(meta.getAttribute('content') ?? '');
    return content === '' ? null : content;
  }
  return null;
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
