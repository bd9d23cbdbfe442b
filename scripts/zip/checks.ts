import type { Archive } from './read-zip';

/** What each store package must be; a non-empty answer means the release is not ready. */
export interface PackageExpectation {
  browser: 'chrome' | 'firefox';
  /** package.json's version: the manifest must carry the same one. */
  version: string;
  /** Firefox only: the add-on id AMO knows us by (it must never change). */
  geckoId?: string;
}

interface Manifest {
  manifest_version?: number;
  name?: string;
  version?: string;
  default_locale?: string;
  background?: { service_worker?: string; scripts?: string[] };
  action?: { default_popup?: string; default_icon?: string | Record<string, string> };
  options_ui?: { page?: string };
  icons?: Record<string, string>;
  content_scripts?: { matches?: string[]; js?: string[]; css?: string[] }[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  web_accessible_resources?: { resources?: string[]; matches?: string[] }[];
  storage?: { managed_schema?: string };
  browser_specific_settings?: { gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[] } } };
  [key: string]: unknown;
}

/** Hosts only the e2e/demo build may name (mock CRMs, fixture servers). */
const LOOPBACK = /(^|[/.*:])(127\.0\.0\.1|localhost|\[::1\])([:/]|$)/;
const LOOPBACK_URL = /\bhttps?:\/\/(127\.0\.0\.1|localhost|\[::1\])\b/;
/** Test hooks the e2e build exposes (entrypoints/background.ts, entrypoints/whatsapp.content/stats.ts). */
const E2E_MARKERS = ['e2eContextMenuClick', 'whatsapp-e2e-stats'];
/** Chrome and AMO both reject or flag these; none belongs in what users install. */
const NOT_SHIPPED = [/\.map$/, /\.tsx?$/, /(^|\/)(__tests__|tests?|fixtures)\//, /\.(test|spec)\.[cm]?js$/, /\.pem$/, /(^|\/)\.env/, /\.(zip|xpi|crx)$/];
const TEXT = /\.(js|mjs|css|html|json)$/;
const VERSION = /^(0|[1-9]\d{0,8})(\.(0|[1-9]\d{0,8})){0,3}$/;

function parseManifest(archive: Archive): Manifest | null {
  const raw = archive.get('manifest.json');
  if (!raw) return null;
  try {
    return JSON.parse(raw.toString('utf8')) as Manifest;
  } catch {
    return null;
  }
}

/** Every file the manifest points at (the browser refuses to load, or breaks at run time, without it). */
export function referencedFiles(manifest: Manifest): string[] {
  const icons = (value: string | Record<string, string> | undefined) => (typeof value === 'string' ? [value] : Object.values(value ?? {}));
  return [
    manifest.background?.service_worker,
    ...(manifest.background?.scripts ?? []),
    manifest.action?.default_popup,
    ...icons(manifest.action?.default_icon),
    manifest.options_ui?.page,
    ...icons(manifest.icons),
    ...(manifest.content_scripts ?? []).flatMap((script) => [...(script.js ?? []), ...(script.css ?? [])]),
    ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []).filter((resource) => !resource.includes('*')),
    manifest.storage?.managed_schema,
  ]
    .filter((file): file is string => Boolean(file))
    .map((file) => file.replace(/^\//, ''));
}

function localeProblems(manifest: Manifest, archive: Archive): string[] {
  const placeholders = [...JSON.stringify(manifest).matchAll(/__MSG_(\w+)__/g)].map((match) => match[1]!);
  if (!placeholders.length) return [];
  if (!manifest.default_locale) return ['manifest uses __MSG_…__ but has no default_locale'];
  const file = `_locales/${manifest.default_locale}/messages.json`;
  const raw = archive.get(file);
  if (!raw) return [`${file} is missing`];
  const keys = new Set(Object.keys(JSON.parse(raw.toString('utf8')) as object).map((key) => key.toLowerCase()));
  return placeholders.filter((key) => !keys.has(key.toLowerCase())).map((key) => `__MSG_${key}__ is not in ${file}`);
}

function browserProblems(manifest: Manifest, expected: PackageExpectation): string[] {
  const problems: string[] = [];
  if (expected.browser === 'chrome') {
    if (!manifest.background?.service_worker) problems.push('Chrome MV3 needs background.service_worker');
    if (manifest.browser_specific_settings) problems.push('browser_specific_settings is Firefox-only (Chrome warns about it)');
    return problems;
  }
  const gecko = manifest.browser_specific_settings?.gecko;
  if (!gecko?.id) problems.push('browser_specific_settings.gecko.id is missing');
  else if (expected.geckoId && gecko.id !== expected.geckoId) problems.push(`gecko.id is ${gecko.id}, AMO knows us as ${expected.geckoId}`);
  if (!gecko?.strict_min_version) problems.push('gecko.strict_min_version is missing');
  if (!gecko?.data_collection_permissions?.required?.length) problems.push('gecko.data_collection_permissions.required is missing (AMO requires it for new add-ons)');
  if (!manifest.background?.scripts?.length) problems.push('Firefox needs background.scripts (it has no extension service workers)');
  if (manifest.storage) problems.push('the storage key is Chrome-only (Firefox warns about it)');
  return problems;
}

/** Checks one store package (as read from its zip); returns the problems found, if any. */
export function checkExtensionPackage(archive: Archive, expected: PackageExpectation): string[] {
  const manifest = parseManifest(archive);
  if (!manifest) return ['manifest.json is missing or not valid JSON'];
  const problems: string[] = [];
  if (manifest.manifest_version !== 3) problems.push(`manifest_version is ${manifest.manifest_version}, expected 3`);
  if (!manifest.name) problems.push('manifest has no name');
  if (!manifest.icons?.['128']) problems.push('manifest has no 128×128 icon (the stores and the install prompt show it)');
  if (!manifest.version || !VERSION.test(manifest.version)) problems.push(`manifest version “${manifest.version}” is not 1–4 dot-separated integers`);
  else if (manifest.version !== expected.version) problems.push(`manifest version ${manifest.version} differs from package.json ${expected.version}`);
  problems.push(...localeProblems(manifest, archive));
  for (const file of referencedFiles(manifest)) if (!archive.has(file)) problems.push(`manifest refers to ${file}, which is not in the package`);
  problems.push(...browserProblems(manifest, expected));

  const patterns = [
    ...(manifest.host_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
    ...(manifest.web_accessible_resources ?? []).flatMap((entry) => entry.matches ?? []),
  ];
  for (const pattern of patterns) if (LOOPBACK.test(pattern)) problems.push(`test host in the manifest: ${pattern}`);
  const exposedPages = (manifest.web_accessible_resources ?? []).flatMap((entry) => entry.resources ?? []).filter((resource) => /\.html$/.test(resource));
  if (exposedPages.length) problems.push(`extension pages exposed to the web (e2e-only): ${exposedPages.join(', ')}`);

  for (const [file, content] of archive) {
    if (NOT_SHIPPED.some((pattern) => pattern.test(file))) problems.push(`${file} does not belong in a store package`);
    if (!TEXT.test(file)) continue;
    const text = content.toString('utf8');
    if (/[#@]\s*sourceMappingURL=/.test(text)) problems.push(`${file} points at a source map`);
    const url = LOOPBACK_URL.exec(text);
    if (url) problems.push(`${file} names a test host: ${url[0]}`);
    for (const marker of E2E_MARKERS) if (text.includes(marker)) problems.push(`${file} contains the e2e-only hook “${marker}”`);
  }
  return problems;
}

/** What AMO reviewers need to rebuild the Firefox package, and nothing that must stay private or local. */
// A reviewer rebuilds from these (docs/releasing.md) and follows the API contracts the code cites (docs/api/).
const SOURCES_REQUIRED = [
  'package.json',
  'package-lock.json',
  'wxt.config.ts',
  'tsconfig.json',
  'README.md',
  'entrypoints/background.ts',
  'docs/releasing.md',
  'docs/api/syncro.md',
  'docs/api/synax.md',
];
const SOURCES_FORBIDDEN = [/(^|\/)node_modules\//, /^\.output\//, /^\.wxt\//, /^(test-results|playwright-report|dist)\//, /(^|\/)\.env/, /\.pem$/, /\.(zip|xpi|crx)$/];

export function checkSourcesArchive(archive: Archive): string[] {
  const problems = SOURCES_REQUIRED.filter((file) => !archive.has(file)).map((file) => `sources archive lacks ${file}`);
  for (const file of archive.keys()) if (SOURCES_FORBIDDEN.some((pattern) => pattern.test(file))) problems.push(`sources archive must not contain ${file}`);
  return problems;
}

/** The release notes must say what this version is before it is uploaded (CHANGELOG.md, "## [x.y.z] …"). */
export function checkChangelog(changelog: string, version: string): string[] {
  const escaped = version.replace(/\./g, '\\.');
  const heading = new RegExp(`^## \\[?${escaped}\\]?(\\s|$)`, 'm');
  return heading.test(changelog) ? [] : [`CHANGELOG.md has no "## [${version}]" section`];
}
