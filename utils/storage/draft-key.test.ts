import { describe, expect, it } from 'vitest';
import { draftKeyOf } from './draft-key';
import { draftKeySchema } from './drafts';

describe('draft keys', () => {
  it('names a draft by its handed capture first, else by its tab', () => {
    expect(draftKeyOf('a1-b2', 7)).toBe('capture-a1-b2');
    expect(draftKeyOf(null, 7)).toBe('tab-7');
    expect(draftKeyOf(null, null)).toBeNull();
  });

  it('gives no key for a capture id the background would refuse', () => {
    expect(draftKeyOf('../settings', 7)).toBeNull();
    expect(draftKeySchema.safeParse('capture-../settings').success).toBe(false);
    expect(draftKeySchema.safeParse(draftKeyOf('a1-b2', null)).success).toBe(true);
  });
});
