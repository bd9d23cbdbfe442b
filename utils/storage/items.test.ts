import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { STORED_FAMILIES, STORED_ITEMS } from './items';

const ROOT = path.resolve(import.meta.dirname, '../..');

function shippedSources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(ROOT, rel)).isDirectory()) return shippedSources(rel);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}
const sources = ['entrypoints', 'components', 'utils'].flatMap(shippedSources).map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') }));

beforeEach(() => fakeBrowser.reset());

describe('the storage index', () => {
  it('lists every item declared anywhere, and each only once', () => {
    const declared = sources.flatMap(({ text }) => [...text.matchAll(/defineStoredItem\(\s*[`'"]([^`'"$]+)/g)].map((match) => match[1]!));
    const listed = [...STORED_ITEMS.map((item) => item.key), ...STORED_FAMILIES.map((family) => family.prefix)];
    expect(new Set(listed).size).toBe(listed.length);
    expect([...declared].sort()).toEqual([...listed].sort());
  });

  it('is the only way items are declared: storage.defineItem appears in define.ts alone', () => {
    expect(sources.filter(({ text }) => /\.defineItem\s*[<(]/.test(text)).map(({ file }) => file)).toEqual(['utils/storage/define.ts']);
  });

  it('reads every item validated: junk in storage comes back as the fallback, never thrown', async () => {
    const items = [...STORED_ITEMS, ...STORED_FAMILIES.map((family) => family.item('tab-1'))];
    for (const item of items) {
      const fallback = await item.getValue();
      await fakeBrowser.storage[item.key.startsWith('session:') ? 'session' : 'local'].set({ [item.key.replace(/^\w+:/, '')]: 'junk' });
      expect(await item.getValue(), item.key).toEqual(fallback);
    }
  });

  it('parses the session captures on read (they were trusted as stored before)', async () => {
    const [handed, offer] = STORED_ITEMS.filter((item) => item.key === 'session:handedCaptures' || item.key === 'session:pendingOffer');
    await fakeBrowser.storage.session.set({ handedCaptures: [{ id: 'x', capture: { url: 1 } }], pendingOffer: { tabId: 'one', captureId: 'x', at: 0 } });
    expect(await handed!.getValue()).toEqual([]);
    expect(await offer!.getValue()).toBeNull();
  });
});
