import path from 'node:path';
import { build, type Rolldown } from 'vite';
import { describe, expect, it } from 'vitest';

/**
 * The collector is injected into pages on demand: it must stay small (30 KB minified, counted
 * in bytes as the built page-capture.js is) and must not pull in libphonenumber (its metadata
 * belongs to the background). Decisions that need no DOM (phone validity, Cloudflare decoding,
 * address validity, which heading is a tagline) run in the background for this reason.
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
    expect(Buffer.byteLength(chunk.code)).toBeLessThan(BUDGET_BYTES);
  });
});
