import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { boundaryViolations, readImportGraph, type ImportGraph } from './import-graph';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('import boundaries of the shipped code', () => {
  it('hold: page-side code stays away from keys and CRM calls, utils/ below the UI, no folder circles', () => {
    const graph = readImportGraph(ROOT, ['entrypoints', 'components', 'utils']);
    expect(graph.size).toBeGreaterThan(100);
    expect(boundaryViolations(graph)).toEqual([]);
  });
});

describe('the boundary checker', () => {
  const graph = (edges: Record<string, string[]>): ImportGraph => new Map(Object.entries(edges));

  it('flags capture and content-script code that imports crm, background, outbox or storage code', () => {
    const found = boundaryViolations(
      graph({
        'utils/capture/links/extract.ts': ['utils/crm/syncro/client.ts', 'utils/phone/parse.ts'],
        'entrypoints/whatsapp.content/app.ts': ['utils/storage/settings.ts', 'utils/constants/crm.ts'],
        'entrypoints/popup/App.tsx': ['utils/storage/settings.ts'],
      }),
    );
    expect(found).toEqual([
      expect.stringContaining('utils/capture/links/extract.ts → utils/crm/syncro/client.ts'),
      expect.stringContaining('entrypoints/whatsapp.content/app.ts → utils/storage/settings.ts'),
    ]);
  });

  it('flags utils/ importing components/ or entrypoints/', () => {
    expect(boundaryViolations(graph({ 'utils/popup/form.ts': ['components/popup/types.ts', 'entrypoints/popup/App.tsx'] }))).toHaveLength(2);
  });

  it('flags folders of utils/ that import each other in a circle, however long, once each', () => {
    const found = boundaryViolations(
      graph({
        'utils/outbox/a.ts': ['utils/background/b.ts'],
        'utils/background/b.ts': ['utils/outbox/c.ts', 'utils/storage/d.ts'],
        'utils/storage/d.ts': ['utils/popup/e.ts'],
        'utils/popup/e.ts': ['utils/storage/f.ts', 'utils/constants/g.ts'],
        'utils/messaging/h.ts': ['utils/crm/i.ts'],
        'utils/crm/i.ts': ['utils/messaging/j.ts'],
      }),
    );
    expect(found).toEqual([
      'utils folders import each other in a circle: background → outbox → background',
      'utils folders import each other in a circle: crm → messaging → crm',
      'utils folders import each other in a circle: popup → storage → popup',
    ]);
  });
});
