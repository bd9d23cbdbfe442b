import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * The collector is injected into pages on demand: it must stay small and must not pull in
 * libphonenumber (its metadata belongs to the popup and the background).
 * TODO [2026-11-24] the target is 20 KB minified; five sources plus the naming
 * heuristics weigh 29.7 KB (11 KB gzip) today. This budget stops growth until the lead decides
 * what to cut or move out of the page (see the capture report).
 */
const BUDGET_BYTES = 30 * 1024;

async function bundleCollector(): Promise<Rolldown.OutputChunk> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: path.join(import.meta.dirname, 'collect.ts'), formats: ['iife'], name: 'collect' },
    },
  });
  const outputs = Array.isArray(result) ? result : [result];
  const chunk = outputs.flatMap((output) => ('output' in output ? output.output : [])).find((item) => item.type === 'chunk');
  if (chunk === undefined) throw new Error('no bundle');
  return chunk;
}

describe('collector bundle', () => {
  it('stays under budget and free of phone metadata', { timeout: 30_000 }, async () => {
    const chunk = await bundleCollector();
    expect(chunk.moduleIds.filter((id) => id.includes('libphonenumber'))).toEqual([]);
    expect(chunk.code.length).toBeLessThan(BUDGET_BYTES);
  });
});
