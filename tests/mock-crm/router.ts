// A tiny method + path router: patterns like '/leads/:id/stage', matched against the path
// without the vendor prefix.

export interface RouteSpec {
  method: string;
  pattern: string;
}

export type RouteLookup<R extends RouteSpec> = { kind: 'found'; route: R; params: Record<string, string> } | { kind: 'wrong-method'; allowed: string[] } | { kind: 'none' };

interface CompiledRoute<R> {
  route: R;
  regex: RegExp;
}

/** `paramPattern` constrains every `:param` (Syncro ids are integers, Synax ids uuids). */
export function createRouter<R extends RouteSpec>(routes: readonly R[], paramPattern = '[^/]+') {
  const compiled: CompiledRoute<R>[] = routes.map((route) => ({ route, regex: compile(route.pattern, paramPattern) }));

  return function lookup(method: string, path: string): RouteLookup<R> {
    const onPath = compiled.map(({ route, regex }) => ({ route, match: regex.exec(path) })).filter((candidate) => candidate.match !== null);
    const hit = onPath.find(({ route }) => route.method === method);
    if (hit?.match) return { kind: 'found', route: hit.route, params: decodeParams(hit.match.groups) };
    if (onPath.length > 0) return { kind: 'wrong-method', allowed: onPath.map(({ route }) => route.method) };
    return { kind: 'none' };
  };
}

function compile(pattern: string, paramPattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? `(?<${segment.slice(1)}>${paramPattern})` : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source}$`);
}

function decodeParams(groups: Record<string, string> | undefined): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(groups ?? {})) params[name] = decodeURIComponent(value);
  return params;
}
