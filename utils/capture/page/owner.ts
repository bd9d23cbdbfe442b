import { indexById, nodeName, resolve, typesOf, type JsonLdBlock, type JsonObject } from '../jsonld/parse.ts';
import { cardName, cardProperties, cardUrls } from '../hcard/properties.ts';
import { itemName } from '../microdata/properties.ts';
import { cleanLabel, collapse } from '../names/classify.ts';
import { metaContent, siteNameFromTitle, titleSegments } from './meta.ts';

/**
 * Who the page is about and who runs it: the profile's main person (ProfilePage JSON-LD,
 * og:type=profile, microdata mainEntity, a representative h-card), the site's name (owner of
 * unnamed contacts in the footer or on a company page), and whether the page is an article
 * (whose unnamed contacts belong to whoever the article quotes, not to the site).
 */

function topLevelNodes(blocks: JsonLdBlock[]): JsonObject[] {
  return blocks.flatMap((block) => block.nodes);
}

function profileFromJsonLd(blocks: JsonLdBlock[]): string | null {
  const index = indexById(blocks);
  for (const node of topLevelNodes(blocks)) {
    const types = typesOf(node);
    const entity = types.includes('ProfilePage') ? resolve(node['mainEntity'] ?? node['about'], index) : null;
    const person = entity ?? (types.includes('Person') && node['mainEntityOfPage'] !== undefined ? node : null);
    const name = person === null ? null : nodeName(person);
    if (name !== null) return name;
  }
  return null;
}

function profileFromOpenGraph(doc: Document): string | null {
  if (metaContent(doc, 'og:type')?.toLowerCase() !== 'profile') return null;
  const parts = [metaContent(doc, 'profile:first_name'), metaContent(doc, 'profile:last_name')].filter((part) => part !== null);
  if (parts.length > 0) return parts.join(' ');
  const title = metaContent(doc, 'og:title');
  if (title !== null) return titleSegments(title)[0] ?? null;
  return cleanLabel(doc.querySelector('h1')?.textContent ?? '') || null;
}

function profileFromMicrodata(doc: Document): string | null {
  const entity = doc.querySelector('[itemtype$="ProfilePage"] [itemscope][itemprop~="mainEntity"]');
  return entity === null ? null : itemName(entity);
}

function comparableUrl(url: string, base: string): string | null {
  try {
    const parsed = new URL(url, base);
    return `${parsed.origin}${parsed.pathname.replace(/\/$/, '')}`;
  } catch {
    return null;
  }
}

/** mf2's representative h-card: the card whose url is the page's own (or its canonical URL). */
function profileFromRepresentativeCard(doc: Document, url: string): string | null {
  let parsed: Set<string | null> | undefined;
  for (const card of doc.querySelectorAll('.h-card')) {
    // The page's URLs are parsed at its first card: most pages have none.
    const pageUrls = (parsed ??= new Set([comparableUrl(url, url), comparableUrl(doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? url, url)]));
    const properties = cardProperties(card);
    if (cardUrls(properties).some((cardUrl) => pageUrls.has(comparableUrl(cardUrl, url)))) return cardName(card, properties);
  }
  return null;
}

export function findProfileName(doc: Document, url: string, blocks: JsonLdBlock[]): string | null {
  return profileFromJsonLd(blocks) ?? profileFromOpenGraph(doc) ?? profileFromMicrodata(doc) ?? profileFromRepresentativeCard(doc, url);
}

function websiteNameFromJsonLd(blocks: JsonLdBlock[]): string | null {
  const website = topLevelNodes(blocks).find((node) => typesOf(node).includes('WebSite'));
  return website === undefined ? null : nodeName(website);
}

/** The logo's alt text, an image whose class, id or file says logo: "Logo Padaria Pão Dourado" → "Padaria Pão Dourado". */
function logoName(doc: Document): string | null {
  for (const image of doc.querySelectorAll('img')) {
    const name = /logo/i.test(image.className + image.id + image.src) ? collapse(image.alt.replace(/\blogo\w*/gi, '')) : '';
    if (name) return name;
  }
  return null;
}

/** The footer's legal line: "© 2026 Padaria Pão Dourado Ltda. – CNPJ …" → "Padaria Pão Dourado Ltda". */
function legalName(doc: Document): string | null {
  return /©[\s\d–-]*([^\n|·–—]+?)\s*(?:[.,]\s|[|·–—]|$)/m.exec(doc.querySelector('footer')?.textContent ?? '')?.[1] ?? null;
}

/** The site's own name beats what a page's title or logo says; a title is often only SEO ("… em Curitiba – Entrega em 40 minutos"). */
export function findSiteName(doc: Document, blocks: JsonLdBlock[]): string | null {
  return (
    metaContent(doc, 'og:site_name') ?? metaContent(doc, 'application-name') ?? websiteNameFromJsonLd(blocks) ?? logoName(doc) ?? legalName(doc) ?? siteNameFromTitle(doc.title)
  );
}

/** og:type or a JSON-LD type says what the page is. */
function pageIs(doc: Document, blocks: JsonLdBlock[], ogType: RegExp, types: RegExp): boolean {
  return ogType.test(metaContent(doc, 'og:type') ?? '') || topLevelNodes(blocks).some((node) => typesOf(node).some((type) => types.test(type)));
}

/** An ad, a product or a job: whoever posted it is the page's person, not the platform. */
export const isListingPage = (doc: Document, blocks: JsonLdBlock[]) => pageIs(doc, blocks, /^product/i, /^(?:Product|Offer|JobPosting)$/);

/** An article's unnamed contacts belong to whoever it quotes. */
export const isArticlePage = (doc: Document, blocks: JsonLdBlock[]) => pageIs(doc, blocks, /^article$/i, /(?:Article|BlogPosting)$/);
