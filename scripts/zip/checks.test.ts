import { describe, expect, it } from 'vitest';
import { checkChangelog, checkExtensionPackage, checkSourcesArchive } from './checks';
import type { Archive } from './read-zip';

const ICON = Buffer.from([0x89, 0x50, 0x4e, 0x47]);

function firefoxManifest(overrides: Record<string, unknown> = {}) {
  return {
    manifest_version: 3,
    name: '__MSG_extName__',
    version: '1.2.0',
    default_locale: 'en',
    icons: { 128: 'icon/128.png' },
    background: { scripts: ['background.js'] },
    action: { default_popup: 'popup.html' },
    options_ui: { page: 'options.html', open_in_tab: true },
    host_permissions: ['https://*.syncro.chat/*'],
    content_scripts: [{ matches: ['https://web.whatsapp.com/*'], js: ['content-scripts/whatsapp.js'] }],
    browser_specific_settings: {
      gecko: { id: 'crm-capture@crm-capture.app', strict_min_version: '140.0', data_collection_permissions: { required: ['personallyIdentifyingInfo'] } },
    },
    ...overrides,
  };
}

function pack(manifest: object, extra: Record<string, string> = {}): Archive {
  const files: [string, Buffer][] = [
    ['manifest.json', Buffer.from(JSON.stringify(manifest))],
    ['_locales/en/messages.json', Buffer.from(JSON.stringify({ extName: { message: 'CRM Capture' } }))],
    ['icon/128.png', ICON],
    ['background.js', Buffer.from('console.log(1)')],
    ['popup.html', Buffer.from('<!doctype html>')],
    ['options.html', Buffer.from('<!doctype html>')],
    ['content-scripts/whatsapp.js', Buffer.from('void 0')],
    ...Object.entries(extra).map(([file, text]): [string, Buffer] => [file, Buffer.from(text)]),
  ];
  return new Map(files);
}

const firefox = { browser: 'firefox' as const, version: '1.2.0', geckoId: 'crm-capture@crm-capture.app' };

describe('store package checks', () => {
  it('accept a well-formed Firefox package', () => {
    expect(checkExtensionPackage(pack(firefoxManifest()), firefox)).toEqual([]);
  });

  it('accept a well-formed Chrome package and reject Firefox-only keys in it', () => {
    const chrome = firefoxManifest({ background: { service_worker: 'background.js' }, browser_specific_settings: undefined });
    expect(checkExtensionPackage(pack(chrome), { browser: 'chrome', version: '1.2.0' })).toEqual([]);
    expect(checkExtensionPackage(pack({ ...chrome, browser_specific_settings: { gecko: { id: 'x' } } }), { browser: 'chrome', version: '1.2.0' })).toEqual([
      'browser_specific_settings is Firefox-only (Chrome warns about it)',
    ]);
  });

  it('catch a version that is not package.json’s, or not a store version', () => {
    expect(checkExtensionPackage(pack(firefoxManifest({ version: '1.1.0' })), firefox)).toEqual(['manifest version 1.1.0 differs from package.json 1.2.0']);
    expect(checkExtensionPackage(pack(firefoxManifest({ version: '1.2.0-beta' })), firefox)[0]).toMatch(/not 1–4 dot-separated integers/);
  });

  it('catch source maps, sources and tests in the package', () => {
    const problems = checkExtensionPackage(
      pack(firefoxManifest(), { 'background.js.map': '{}', 'chunks/a.js': 'x()\n//# sourceMappingURL=a.js.map', 'utils/x.ts': '', 'tests/fixtures/p.html': '' }),
      firefox,
    );
    expect(problems).toEqual([
      'background.js.map does not belong in a store package',
      'chunks/a.js points at a source map',
      'utils/x.ts does not belong in a store package',
      'tests/fixtures/p.html does not belong in a store package',
    ]);
  });

  it('catch the e2e build: loopback hosts, exposed pages and test hooks', () => {
    const e2e = firefoxManifest({
      host_permissions: ['https://*.syncro.chat/*', 'http://127.0.0.1/*', 'http://localhost/*'],
      web_accessible_resources: [{ resources: ['options.html'], matches: ['http://127.0.0.1/*'] }],
    });
    const problems = checkExtensionPackage(pack(e2e, { 'background.js': 'globalThis.e2eContextMenuClick = f; fetch("http://127.0.0.1:4010/api")' }), firefox);
    expect(problems).toEqual(
      expect.arrayContaining([
        'test host in the manifest: http://127.0.0.1/*',
        'test host in the manifest: http://localhost/*',
        'extension pages exposed to the web (e2e-only): options.html',
        'background.js names a test host: http://127.0.0.1',
        'background.js contains the e2e-only hook “e2eContextMenuClick”',
      ]),
    );
  });

  it('catch what AMO would refuse or warn about', () => {
    const manifest = firefoxManifest({
      browser_specific_settings: { gecko: { id: 'other@example.com' } },
      background: { service_worker: 'background.js' },
      storage: { managed_schema: 'schema.json' },
    });
    expect(checkExtensionPackage(pack(manifest, { 'schema.json': '{}' }), firefox)).toEqual([
      'gecko.id is other@example.com, AMO knows us as crm-capture@crm-capture.app',
      'gecko.strict_min_version is missing',
      'gecko.data_collection_permissions.required is missing (AMO requires it for new add-ons)',
      'Firefox needs background.scripts (it has no extension service workers)',
      'the storage key is Chrome-only (Firefox warns about it)',
    ]);
  });

  it('catch missing files, icons and messages the manifest refers to', () => {
    const archive = pack(firefoxManifest({ description: '__MSG_extDescription__', icons: {} }));
    archive.delete('popup.html');
    expect(checkExtensionPackage(archive, firefox)).toEqual([
      'manifest has no 128×128 icon (the stores and the install prompt show it)',
      '__MSG_extDescription__ is not in _locales/en/messages.json',
      'manifest refers to popup.html, which is not in the package',
    ]);
    expect(checkExtensionPackage(new Map([['manifest.json', Buffer.from('{nope')]]), firefox)).toEqual(['manifest.json is missing or not valid JSON']);
  });
});

describe('sources archive checks', () => {
  const sources = (files: string[]): Archive => new Map(files.map((file) => [file, Buffer.from('')]));
  const needed = [
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

  it('accept what a reviewer needs to rebuild', () => {
    expect(checkSourcesArchive(sources([...needed, 'utils/crm/config.ts']))).toEqual([]);
  });

  it('catch a missing lockfile and local or private files', () => {
    expect(
      checkSourcesArchive(
        sources([
          ...needed.filter((file) => file !== 'package-lock.json'),
          'node_modules/react/index.js',
          '.output/firefox-mv3/manifest.json',
          '.env.local',
          'keys/cws.pem',
          'test-results/x/trace.zip',
        ]),
      ),
    ).toEqual([
      'sources archive lacks package-lock.json',
      'sources archive must not contain node_modules/react/index.js',
      'sources archive must not contain .output/firefox-mv3/manifest.json',
      'sources archive must not contain .env.local',
      'sources archive must not contain keys/cws.pem',
      'sources archive must not contain test-results/x/trace.zip',
    ]);
  });

  it('catch missing API contracts, which code comments cite', () => {
    expect(checkSourcesArchive(sources(needed.filter((file) => !file.startsWith('docs/api/'))))).toEqual([
      'sources archive lacks docs/api/syncro.md',
      'sources archive lacks docs/api/synax.md',
    ]);
  });
});

describe('changelog check', () => {
  it('wants a section for the version being released', () => {
    expect(checkChangelog('# Changelog\n\n## [1.2.0] - 2026-12-01\n- Firefox\n', '1.2.0')).toEqual([]);
    expect(checkChangelog('# Changelog\n\n## [1.2.0] - 2026-12-01\n', '1.2.1')).toEqual(['CHANGELOG.md has no "## [1.2.1]" section']);
    expect(checkChangelog('## [11.2.0]\n', '1.2.0')).toEqual(['CHANGELOG.md has no "## [1.2.0]" section']);
    expect(checkChangelog('## [1x2x0]\n', '1.2.0')).toEqual(['CHANGELOG.md has no "## [1.2.0]" section']);
  });
});
