/**
 * Reading schema.org JSON-LD blocks: parse each <script type="application/ld+json"> (metadata:
 * it counts although never rendered, unless it sits in a <template> or <noscript>), flatten
 * arrays and @graph, resolve {"@id"} references. Values are `unknown` and narrowed on use.
 */

export type JsonObject = { [key: string]: unknown };

export interface JsonLdBlock {
  script: Element;
  /** Top-level nodes: the block itself, or the members of an array or of @graph. */
  nodes: JsonObject[];
}

const JSON_LD_TYPE = /^\s*application\/ld\+json\s*(?:;|$)/i;
/** Wrappers some CMSs still put around script contents. */
const WRAPPERS = /^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** "Person", "schema:Person" and "https://schema.org/Person" are all "Person". */
export function typesOf(node: JsonObject): string[] {
  return asArray(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^.*[/:#]/, ''));
}

/** A plain string value: "x", {"@value": "x"} or the first of ["x", …]. */
function stringOf(value: unknown): string | null {
  for (const item of asArray(value)) {
    if (typeof item === 'string' && item.trim() !== '') return item.trim();
    if (isObject(item) && typeof item['@value'] === 'string') return item['@value'].trim();
  }
  return null;
}

export function stringsOf(value: unknown): string[] {
  return asArray(value).flatMap((item) => stringOf(item) ?? []);
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text.replace(WRAPPERS, ''));
  } catch {
    return undefined;
  }
}

function topLevelNodes(data: unknown): JsonObject[] {
  return asArray(data)
    .filter(isObject)
    .flatMap((node) => (node['@graph'] === undefined ? [node] : [node, ...asArray(node['@graph']).filter(isObject)]));
}

export function readJsonLd(doc: Document): JsonLdBlock[] {
  const blocks: JsonLdBlock[] = [];
  for (const script of doc.querySelectorAll('script[type]')) {
    if (!JSON_LD_TYPE.test(script.getAttribute('type') ?? '') || script.closest('template, noscript') !== null) continue;
    const nodes = topLevelNodes(parse(script.textContent ?? ''));
    if (nodes.length > 0) blocks.push({ script, nodes });
  }
  return blocks;
}

/** Every node that has an @id, across blocks, so {"@id": "#org"} can be followed. */
export function indexById(blocks: JsonLdBlock[]): Map<string, JsonObject> {
  const index = new Map<string, JsonObject>();
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return;
    for (const item of asArray(value)) {
      if (!isObject(item)) continue;
      const id = item['@id'];
      if (typeof id === 'string' && Object.keys(item).length > 1 && !index.has(id)) index.set(id, item);
      for (const child of Object.values(item)) visit(child, depth + 1);
    }
  };
  for (const block of blocks) visit(block.nodes, 0);
  return index;
}

/** A node, or the node a bare {"@id"} reference points to. */
export function resolve(value: unknown, index: Map<string, JsonObject>): JsonObject | null {
  if (!isObject(value)) return null;
  const id = value['@id'];
  const isReference = typeof id === 'string' && Object.keys(value).length === 1;
  return isReference ? (index.get(id) ?? null) : value;
}

/** name, else legalName, else givenName + familyName. */
export function nodeName(node: JsonObject): string | null {
  const name = stringOf(node['name']) ?? stringOf(node['legalName']);
  if (name !== null) return name;
  const parts = [stringOf(node['givenName']), stringOf(node['familyName'])].filter((part) => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}
