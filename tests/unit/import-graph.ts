import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Repo-relative file → the repo files it imports (static, type-only and dynamic imports alike). */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.(ts|tsx)$/;
/** Tests, their helpers and fixtures are not shipped, so the layering rules do not bind them. */
const NOT_SHIPPED = /\.test\.tsx?$|(^|\/)(testing|fixtures)(\/|\.ts$)/;

function sourceFiles(root: string, dir: string): string[] {
  const full = path.join(root, dir);
  if (!existsSync(full)) return [];
  return readdirSync(full).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(root, rel);
    return SOURCE.test(name) && !NOT_SHIPPED.test(rel) ? [rel] : [];
  });
}

/** `@/x`, `~/x` and relative specifiers, to a repo file; packages and virtual modules (`#imports`) to null. */
function resolve(root: string, from: string, spec: string): string | null {
  const alias = /^[@~]\//.exec(spec);
  if (!alias && !spec.startsWith('.')) return null;
  const base = alias ? spec.slice(2) : path.posix.join(path.posix.dirname(from), spec);
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((candidate) => SOURCE.test(candidate) && existsSync(path.join(root, candidate))) ?? null;
}

/** The import graph of the shipped code under `dirs`. */
export function readImportGraph(root: string, dirs: string[]): ImportGraph {
  const graph: ImportGraph = new Map();
  for (const file of dirs.flatMap((dir) => sourceFiles(root, dir))) {
    const { importedFiles } = ts.preProcessFile(readFileSync(path.join(root, file), 'utf8'), true, true);
    const targets = importedFiles.map(({ fileName }) => resolve(root, file, fileName)).filter((target) => target !== null);
    graph.set(file, [...new Set(targets)]);
  }
  return graph;
}

/** Code that runs in web pages (or is injected into them): it must not reach keys, CRM calls or stored data. */
const PAGE_SIDE = /^(utils\/capture\/|entrypoints\/[^/]+\.content\/)/;
const BACKGROUND_ONLY = /^utils\/(crm|background|outbox|storage)\//;
const UI = /^(components|entrypoints)\//;

/** `utils/<folder>/…` → folder; files directly under utils/ are their own node. */
const utilsFolder = (file: string) => /^utils\/([^/]+)/.exec(file)?.[1] ?? null;

/** Folders of utils/ that import each other in a circle, each circle as `a → b → … → a`. */
function folderCycles(graph: ImportGraph): string[] {
  const edges = new Map<string, Set<string>>();
  for (const [file, targets] of graph) {
    const from = utilsFolder(file);
    if (!from) continue;
    for (const target of targets) {
      const to = utilsFolder(target);
      if (to && to !== from) edges.set(from, (edges.get(from) ?? new Set()).add(to));
    }
  }
  const cycles = new Set<string>();
  const walk = (node: string, trail: string[]) => {
    for (const next of edges.get(node) ?? []) {
      const start = trail.indexOf(next);
      if (start >= 0) {
        const loop = trail.slice(start);
        const first = loop.indexOf([...loop].sort()[0]!);
        const rotated = [...loop.slice(first), ...loop.slice(0, first)];
        cycles.add([...rotated, rotated[0]].join(' → '));
      } else walk(next, [...trail, next]);
    }
  };
  for (const node of edges.keys()) walk(node, [node]);
  return [...cycles].sort();
}

/** Every broken layering rule, as one readable line each; empty when the layering holds. */
export function boundaryViolations(graph: ImportGraph): string[] {
  const found: string[] = [];
  for (const [file, targets] of graph) {
    for (const target of targets) {
      if (PAGE_SIDE.test(file) && BACKGROUND_ONLY.test(target)) found.push(`${file} → ${target}: page-side code may not import crm, background, outbox or storage code`);
      if (file.startsWith('utils/') && UI.test(target)) found.push(`${file} → ${target}: utils/ may not import components/ or entrypoints/`);
    }
  }
  return [...found, ...folderCycles(graph).map((cycle) => `utils folders import each other in a circle: ${cycle}`)];
}
