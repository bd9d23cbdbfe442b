import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every reference in code and docs must resolve in a clone and in the AMO sources archive:
 * API citations (`syncro.md §8.6`) name a section of docs/api/, markdown links point at files in
 * the repository, and nothing points at the team's workspace outside it.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const SKIPPED_DIRS = new Set(['node_modules', '.output', '.wxt', '.git', 'test-results', 'playwright-report', 'dist', 'fixtures']);
const TEXT_FILE = /\.(?:ts|tsx|md|yml|html)$/;

function textFiles(dir = ROOT): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : textFiles(full);
    return TEXT_FILE.test(entry.name) ? [full] : [];
  });
}

const files = textFiles().map((file) => ({ file: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));
const THIS_FILE = path.relative(ROOT, import.meta.filename);
/** The team's workspace beside the clone: shared contracts, research notes, absolute paths. */
const OUTSIDE = /\.\.\/shared\b|\/work\/|\bresearch\/|\bresearch,? §/;

/** `8`, `8.6`, and the numbered steps of a top-level section (`11.5` = step 5 of "## 11."). */
function sectionsOf(markdown: string): Set<string> {
  const sections = new Set<string>();
  let top: string | null = null;
  for (const line of markdown.split('\n')) {
    const heading = /^#{2,4} (\d+(?:\.\d+)*)\.?\s/.exec(line);
    if (heading) {
      sections.add(heading[1]!);
      top = heading[1]!.includes('.') ? null : heading[1]!;
      continue;
    }
    const step = /^(\d+)\. /.exec(line);
    if (step && top) sections.add(`${top}.${step[1]}`);
  }
  return sections;
}

/** `syncro.md §7.1, §7.4; synax.md §4` → each file with the sections cited after it on the line. */
function citationsIn(line: string): { contract: string; section: string }[] {
  const parts = line.split(/\b(syncro|synax)\.md\b/);
  const found: { contract: string; section: string }[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    for (const match of parts[i + 1]!.matchAll(/§(\d+(?:\.\d+)*)/g)) found.push({ contract: parts[i]!, section: match[1]! });
  }
  return found;
}

describe('references in code and docs', () => {
  it('reads the contracts and finds citations the way the code writes them', () => {
    expect([...sectionsOf('## 8. Endpoints\n### 8.6 Create lead\n## 11. Recipe\n1. Setup\n5. Retry policy\n')]).toEqual(['8', '8.6', '11', '11.1', '11.5']);
    expect(citationsIn('// (syncro.md §6: per key; synax.md §7, §9.1–§9.4)')).toEqual([
      { contract: 'syncro', section: '6' },
      { contract: 'synax', section: '7' },
      { contract: 'synax', section: '9.1' },
      { contract: 'synax', section: '9.4' },
    ]);
  });

  it('cite only sections that exist in docs/api/', () => {
    const sections = {
      syncro: sectionsOf(readFileSync(path.join(ROOT, 'docs/api/syncro.md'), 'utf8')),
      synax: sectionsOf(readFileSync(path.join(ROOT, 'docs/api/synax.md'), 'utf8')),
    };
    const unresolved = files
      .filter(({ file }) => !file.startsWith('docs/api/') && file !== THIS_FILE)
      .flatMap(({ file, text }) =>
        text.split('\n').flatMap((line, index) =>
          citationsIn(line)
            .filter(({ contract, section }) => !sections[contract as keyof typeof sections].has(section))
            .map(({ contract, section }) => `${file}:${index + 1} ${contract}.md §${section}`),
        ),
      );
    expect(unresolved).toEqual([]);
  });

  it('never point at the workspace outside the repository', () => {
    const outside = files.filter(({ file }) => file !== THIS_FILE).flatMap(({ file, text }) => (OUTSIDE.test(text) ? [file] : []));
    expect(outside).toEqual([]);
  });

  it('link only to files that exist', () => {
    const broken = files
      .filter(({ file }) => file.endsWith('.md'))
      .flatMap(({ file, text }) =>
        [...text.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)]
          .map((match) => match[1]!)
          .filter((target) => !/^[a-z]+:/.test(target))
          .filter((target) => {
            const resolved = path.resolve(ROOT, path.dirname(file), target);
            return !resolved.startsWith(ROOT + path.sep) || !existsSync(resolved);
          })
          .map((target) => `${file} → ${target}`),
      );
    expect(broken).toEqual([]);
  });
});
