import { describe, expect, it } from 'vitest';
import { pruneIds, SETTLED_KEEP_COUNT, SETTLED_KEEP_MS } from './prune';
import type { OutboxEntry } from './schema';
import { DELIVERY_STATES } from './states';
import { entry } from './testing';

const DAY = 24 * 60 * 60 * 1000;
const NOW = 100 * DAY;

describe('pruning', () => {
  it('drops delivered and discarded entries after a week, never anything still owed', () => {
    const old = NOW - SETTLED_KEEP_MS - 1;
    const entries: OutboxEntry[] = DELIVERY_STATES.map((state, i) =>
      entry({ id: `00000000-0000-4000-8000-00000000000${i}`, state, settledAt: old, updatedAt: old, createdAt: old - DAY }),
    );
    const gone = pruneIds(entries, NOW);
    expect(gone.sort()).toEqual(
      entries
        .filter((e) => e.state === 'delivered' || e.state === 'discarded')
        .map((e) => e.id)
        .sort(),
    );
    // Even years-old undelivered ones stay: nothing is dropped silently.
    expect(pruneIds([entry({ state: 'needs_attention', createdAt: 0, updatedAt: 0 })], NOW)).toEqual([]);
  });

  it('keeps the newest settled ones when there are too many', () => {
    const many = Array.from({ length: SETTLED_KEEP_COUNT + 30 }, (_, i) => entry({ id: crypto.randomUUID(), state: 'delivered', settledAt: NOW - i * 1000 }));
    const pending = Array.from({ length: 300 }, () => entry({ id: crypto.randomUUID(), state: 'retrying' }));
    const gone = new Set(pruneIds([...pending, ...many], NOW));
    expect(gone.size).toBe(30);
    expect(many.slice(SETTLED_KEEP_COUNT).every((e) => gone.has(e.id))).toBe(true);
    expect(pending.some((e) => gone.has(e.id))).toBe(false);
  });
});
