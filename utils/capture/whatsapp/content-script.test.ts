import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leaveInput } from '../../background/whatsapp-tab';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every module a file pulls in at run time (type-only imports excluded), following our own sources. */
function runtimeImports(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/^import\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm)) {
      const spec = match[1]!;
      const local = spec.startsWith('@/') ? path.join(ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(file), spec) : null;
      if (!local) {
        packages.add(spec);
        continue;
      }
      const resolved = [local, `${local}.ts`, path.join(local, 'index.ts')].find((candidate) => existsSync(candidate) && candidate.endsWith('.ts'));
      if (!resolved) throw new Error(`cannot resolve ${spec} from ${file}`);
      visit(resolved);
    }
  };
  visit(entry);
  return { files: [...files].map((file) => path.relative(ROOT, file)), packages: [...packages] };
}

describe('what runs on WhatsApp Web', () => {
  it('the resident content script stays small: no CRM code, no phone metadata, no zod, no React, no resolvers', () => {
    const { files, packages } = runtimeImports(path.join(ROOT, 'entrypoints/whatsapp.content/index.ts'));
    expect(packages.sort()).toEqual(['wxt/browser']);
    expect(files.filter((file) => /utils\/(crm|storage|background)\/|resolvers\/|resolve\.ts|normalize/.test(file))).toEqual([]);
  });

  it('the on-demand reader and store scripts never touch CRM code or libphonenumber', () => {
    for (const entry of ['entrypoints/whatsapp-read.ts', 'entrypoints/whatsapp-store.ts']) {
      const { files, packages } = runtimeImports(path.join(ROOT, entry));
      expect(packages, entry).toEqual([]);
      expect(
        files.filter((file) => /utils\/(crm|storage|background)\/|normalize/.test(file)),
        entry,
      ).toEqual([]);
    }
  });

  it('the function that hands the reader its input is self-contained (it is serialised into the tab)', () => {
    const scope: Record<string, unknown> = {};
    const copy = new Function('globalThis', `return (${leaveInput.toString()})`)(scope) as typeof leaveInput;
    copy('key', { fresh: true });
    expect(scope).toEqual({ key: { fresh: true } });
  });
});
