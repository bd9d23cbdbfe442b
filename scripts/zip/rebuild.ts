import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Archive } from './read-zip';

function readDir(root: string, dir = root, into: Archive = new Map()): Archive {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) readDir(root, full, into);
    else into.set(path.relative(root, full).split(path.sep).join('/'), readFileSync(full));
  }
  return into;
}

/**
 * Does what an AMO reviewer does with the sources archive: unpack it in an empty folder, build
 * the Firefox package, compare it with the one we upload. node_modules is linked from this
 * checkout (installed from the same package-lock.json) instead of `npm ci`, so the check needs
 * no network; docs/releasing.md tells reviewers to run `npm ci` first.
 */
export function rebuildFirefox(sources: Archive, nodeModules: string): { dir: string; built: Archive; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'crm-capture-sources-'));
  for (const [file, content] of sources) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), content);
  }
  symlinkSync(nodeModules, path.join(dir, 'node_modules'), 'dir');
  execFileSync(path.join(dir, 'node_modules/.bin/wxt'), ['build', '-b', 'firefox'], {
    cwd: dir,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return { dir, built: readDir(path.join(dir, '.output/firefox-mv3')), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Files that differ between two packages (missing on either side, or different bytes). */
export function differences(expected: Archive, actual: Archive): string[] {
  const names = new Set([...expected.keys(), ...actual.keys()]);
  return [...names].sort().flatMap((name) => {
    const [a, b] = [expected.get(name), actual.get(name)];
    if (!a) return [`${name}: only in the rebuild`];
    if (!b) return [`${name}: missing from the rebuild`];
    return a.equals(b) ? [] : [`${name}: differs (${a.length} vs ${b.length} bytes)`];
  });
}
