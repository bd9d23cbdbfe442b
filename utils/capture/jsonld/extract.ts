import { words } from '../names/classify.ts';
import { createScanContext, type ScanContext } from '../dom/context.ts';
import { structuredWeight } from '../dom/placement.ts';
import { EMPLOYER_PROPERTIES, OWNED_TYPES } from '../schema-org.ts';
import type { Finding } from '../types.ts';
import { asArray, indexById, nodeName, resolve, stringsOf, typesOf, type JsonObject } from './parse.ts';

/**
 * schema.org JSON-LD: every node with a telephone or email (Person, Organization,
 * LocalBusiness and its subtypes, a seller, an author…), wherever it is nested, and every
 * Person with a name alone (offered below those who can be reached). A ContactPoint
 * or PostalAddress speaks for the node that holds it. faxNumber is not a phone to call.
 */

/** Branches that never hold contacts but can be large. */
const SKIPPED_KEYS = words('image|logo|potentialAction|breadcrumb|review|aggregateRating|geo|openingHoursSpecification');
const MAX_DEPTH = 8;

interface Owner {
  name: string | null;
  company: string | null;
}

interface Walk {
  ctx: ScanContext;
  index: Map<string, JsonObject>;
  visited: Set<JsonObject>;
  order: number;
  findings: Finding[];
}

function employerOf(node: JsonObject, index: Map<string, JsonObject>): string | null {
  for (const key of EMPLOYER_PROPERTIES) {
    const employer = resolve(asArray(node[key])[0], index);
    const name = employer === null ? null : nodeName(employer);
    if (name !== null) return name;
  }
  return null;
}

function ownerOf(node: JsonObject, parent: Owner, index: Map<string, JsonObject>): Owner {
  const types = typesOf(node);
  if (types.some((type) => OWNED_TYPES.has(type))) return parent;
  const name = nodeName(node);
  if (types.includes('Person')) return { name, company: employerOf(node, index) ?? parent.company };
  return { name, company: name ?? parent.company };
}

function emit(walk: Walk, node: JsonObject, owner: Owner): void {
  const weight = structuredWeight(walk.ctx, owner.name, null);
  const base = { source: 'jsonld', name: owner.name, company: owner.company, weight, order: walk.order } as const;
  const count = walk.findings.length;
  for (const raw of stringsOf(node['telephone'])) walk.findings.push({ ...base, kind: 'phone', raw: raw.replace(/^tel:/i, '') });
  for (const raw of stringsOf(node['email'])) walk.findings.push({ ...base, kind: 'email', raw: raw.replace(/^mailto:/i, '') });
  if (walk.findings.length === count && owner.name !== null && typesOf(node).includes('Person')) walk.findings.push({ ...base, kind: 'name', raw: owner.name });
}

function visit(walk: Walk, value: unknown, parent: Owner, depth: number): void {
  for (const item of asArray(value)) {
    const node = resolve(item, walk.index);
    if (node === null || walk.visited.has(node) || depth > MAX_DEPTH) continue;
    walk.visited.add(node);
    const owner = ownerOf(node, parent, walk.index);
    emit(walk, node, owner);
    for (const [key, child] of Object.entries(node)) {
      if (!key.startsWith('@') && !SKIPPED_KEYS.has(key)) visit(walk, child, owner, depth + 1);
    }
    if (node['@graph'] !== undefined) visit(walk, node['@graph'], owner, depth + 1);
  }
}

export function extract(root: Document, url: string, ctx: ScanContext = createScanContext(root, url)): Finding[] {
  const blocks = ctx.jsonLd();
  const walk: Walk = { ctx, index: indexById(blocks), visited: new Set(), order: 0, findings: [] };
  for (const block of blocks) {
    walk.order = ctx.orderOf(block.script);
    visit(walk, block.nodes, { name: null, company: null }, 0);
  }
  return walk.findings;
}
