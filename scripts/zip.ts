/**
 * `npm run zip`: the store packages (Chrome Web Store, AMO) and the sources archive AMO asks for,
 * then checks that they are what we mean to ship. Exits non-zero when any check fails.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkChangelog, checkExtensionPackage, checkSourcesArchive } from './zip/checks';
import { lintFirefox, printLint } from './zip/firefox-lint';
import { readZip, type Archive } from './zip/read-zip';
import { differences, rebuildFirefox } from './zip/rebuild';

const GECKO_ID = 'crm-capture@crm-capture.app';
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string };
const out = (suffix: string) => path.resolve('.output', `${pkg.name}-${pkg.version}-${suffix}.zip`);
const artifacts = { chrome: out('chrome'), firefox: out('firefox'), sources: out('sources') };

function wxt(...args: string[]): void {
  execFileSync(path.resolve('node_modules/.bin/wxt'), args, { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
}

for (const file of Object.values(artifacts)) rmSync(file, { force: true });
wxt('zip');
wxt('zip', '-b', 'firefox'); // also writes the sources archive (zip.* in wxt.config.ts)

const failures: string[] = [];
const report = (what: string, problems: string[]) => {
  console.log(`\n${problems.length ? '✗' : '✓'} ${what}`);
  for (const problem of problems) console.log(`    ${problem}`);
  failures.push(...problems.map((problem) => `${what}: ${problem}`));
};

report(`CHANGELOG.md describes ${pkg.version}`, checkChangelog(readFileSync('CHANGELOG.md', 'utf8'), pkg.version));
const archives = Object.fromEntries(Object.entries(artifacts).map(([key, file]) => [key, readZip(file)])) as Record<keyof typeof artifacts, Archive>;
report(`Chrome package ${path.basename(artifacts.chrome)}`, checkExtensionPackage(archives.chrome, { browser: 'chrome', version: pkg.version }));
report(`Firefox package ${path.basename(artifacts.firefox)}`, checkExtensionPackage(archives.firefox, { browser: 'firefox', version: pkg.version, geckoId: GECKO_ID }));
report(`Sources archive ${path.basename(artifacts.sources)}`, checkSourcesArchive(archives.sources));

// Lint exactly what goes to AMO: the zip, unpacked.
const unpacked = mkdtempSync(path.join(tmpdir(), 'crm-capture-xpi-'));
for (const [file, content] of archives.firefox) {
  mkdirSync(path.dirname(path.join(unpacked, file)), { recursive: true });
  writeFileSync(path.join(unpacked, file), content);
}
const lint = lintFirefox(unpacked);
printLint(path.basename(artifacts.firefox), lint);
report(
  'web-ext lint (AMO rules)',
  [...lint.errors, ...lint.unexplained].map((message) => `${message.code} ${message.file ?? ''}: ${message.message}`),
);
rmSync(unpacked, { recursive: true, force: true });

// What an AMO reviewer does: rebuild from the sources archive and compare.
const rebuild = rebuildFirefox(archives.sources, path.resolve('node_modules'));
try {
  report('Firefox package rebuilt from the sources archive is identical', differences(archives.firefox, rebuild.built));
} finally {
  rebuild.cleanup();
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
console.log('\nPackages');
for (const [key, file] of Object.entries(artifacts) as [keyof typeof artifacts, string][]) {
  const files = [...archives[key].values()];
  const unzipped = files.reduce((sum, content) => sum + content.length, 0);
  console.log(
    `  ${path.relative(process.cwd(), file).padEnd(44)} ${kb(statSync(file).size).padStart(10)} zipped  ${kb(unzipped).padStart(10)} unzipped  ${String(files.length).padStart(4)} files`,
  );
}

if (failures.length) {
  console.error(`\nnpm run zip: ${failures.length} problem(s); do not upload these packages.`);
  process.exitCode = 1;
} else {
  console.log('\nAll checks passed. Upload the Chrome zip to the Chrome Web Store, the Firefox zip and the sources zip to AMO.');
}
