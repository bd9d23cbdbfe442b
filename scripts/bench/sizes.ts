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
