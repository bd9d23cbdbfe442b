import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface FileSize {
  file: string;
  raw: number;
  gzip: number;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? walk(full) : [full];
  });
}

/** Raw and gzip size of every script, page and stylesheet in a build. */
export function buildSizes(buildDir: string): FileSize[] {
  return walk(buildDir)
    .filter((file) => /\.(js|html|css)$/.test(file))
    .map((file) => {
      const content = readFileSync(file);
      return { file: path.relative(buildDir, file), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function printSizes(title: string, sizes: FileSize[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...sizes.map((size) => size.file.length), 10);
  for (const size of sizes) console.log(`  ${size.file.padEnd(width)}  ${kb(size.raw).padStart(10)} raw  ${kb(size.gzip).padStart(9)} gzip`);
  const total = sizes.reduce((sum, size) => ({ raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { raw: 0, gzip: 0 });
  console.log(`  ${'total'.padEnd(width)}  ${kb(total.raw).padStart(10)} raw  ${kb(total.gzip).padStart(9)} gzip`);
}

/** Chrome's and Firefox's builds of the same sources, file by file in one table, with totals. */
export function printSizesSideBySide(title: string, builds: Record<string, FileSize[]>): void {
  const names = Object.keys(builds);
  const files = [...new Set(Object.values(builds).flatMap((sizes) => sizes.map((size) => size.file)))].sort((a, b) => a.localeCompare(b));
  const width = Math.max(...files.map((file) => file.length), 10);
  const cell = (size: FileSize | undefined) => (size ? `${kb(size.raw).padStart(10)} ${kb(size.gzip).padStart(9)}` : `${'—'.padStart(10)} ${'—'.padStart(9)}`);
  console.log(`\n${title}`);
  console.log(`  ${''.padEnd(width)}  ${names.map((name) => `${name.padStart(10)} ${'gzip'.padStart(9)}`).join('   ')}`);
  for (const file of files) console.log(`  ${file.padEnd(width)}  ${names.map((name) => cell(builds[name]!.find((size) => size.file === file))).join('   ')}`);
  const total = (sizes: FileSize[]) => sizes.reduce((sum, size) => ({ file: 'total', raw: sum.raw + size.raw, gzip: sum.gzip + size.gzip }), { file: 'total', raw: 0, gzip: 0 });
  console.log(`  ${'total'.padEnd(width)}  ${names.map((name) => cell(total(builds[name]!))).join('   ')}`);
}
