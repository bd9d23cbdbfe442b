import { describe, expect, it } from 'vitest';
import { mayLookUp, USER_SWITCH_MS } from './user-intent';

describe('when a chat switch may ask the CRMs', () => {
  it('the first chat of the page, and chats opened right after a trusted click or key press', () => {
    expect(mayLookUp(true, null, 10_000)).toBe(true);
    expect(mayLookUp(false, 9_000, 10_000)).toBe(true);
    expect(mayLookUp(false, 10_000 - USER_SWITCH_MS, 10_000)).toBe(true);
  });

  it('never a chat the page switched to by itself', () => {
    expect(mayLookUp(false, null, 10_000)).toBe(false);
    expect(mayLookUp(false, 10_000 - USER_SWITCH_MS - 1, 10_000)).toBe(false);
    // A clock that went back is no recent input.
    expect(mayLookUp(false, 20_000, 10_000)).toBe(false);
  });
});
