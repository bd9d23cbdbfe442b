import { createScanContext, type ScanContext } from '../dom/context.ts';
import { extract as extractHcard } from '../hcard/extract.ts';
import { extract as extractJsonLd } from '../jsonld/extract.ts';
import { extract as extractLinks } from '../links/extract.ts';
import { extract as extractMicrodata } from '../microdata/extract.ts';
import { collapse } from '../names/classify.ts';
import { extract as extractText } from '../text/extract.ts';
import { isListingPage } from './owner.ts';
import type { Finding, PageScan, PageSource } from '../types.ts';

/**
 * Stage 1 of a capture, injected into the active tab: pure DOM, no libphonenumber, no browser.*
 * APIs. Reads every source once and returns raw findings; normalize.ts validates and ranks them.
 */
export type PageExtractor = (root: Document, url: string, ctx?: ScanContext) => Finding[];

/** Every page source, registered by name (the convention test checks this list against the folders). */
export const PAGE_SOURCES: Record<PageSource, PageExtractor> = {
  jsonld: extractJsonLd,
  microdata: extractMicrodata,
  hcard: extractHcard,
  links: extractLinks,
  text: extractText,
};

export function collectPage(doc: Document, url: string): PageScan {
  const ctx = createScanContext(doc, url);
  const findings = Object.values(PAGE_SOURCES).flatMap((extract) => extract(doc, url, ctx));
  return { url, title: collapse(doc.title), findings, profileName: ctx.profileName(), siteName: ctx.siteName(), listing: isListingPage(doc, ctx.jsonLd()) };
}
