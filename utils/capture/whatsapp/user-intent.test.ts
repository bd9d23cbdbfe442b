import { describe, expect, it } from 'vitest';
import { mayLookUp, USER_SWITCH_MS } from './user-intent';

describe('when a chat switch may ask the CRMs', () => {
  it('the first chat of the page, and chats opened right after a trusted click or key press', () => {
    expect(mayLookUp({ firstChat: true, lastTrustedInputAt: null, now: 10_000 })).toBe(true);
    expect(mayLookUp({ firstChat: false, lastTrustedInputAt: 9_000, now: 10_000 })).toBe(true);
    expect(mayLookUp({ firstChat: false, lastTrustedInputAt: 10_000 - USER_SWITCH_MS, now: 10_000 })).toBe(true);
  });

  it('never a chat the page switched to by itself', () => {
    expect(mayLookUp({ firstChat: false, lastTrustedInputAt: null, now: 10_000 })).toBe(false);
    expect(mayLookUp({ firstChat: false, lastTrustedInputAt: 10_000 - USER_SWITCH_MS - 1, now: 10_000 })).toBe(false);
    // A clock that went back is no recent input.
    expect(mayLookUp({ firstChat: false, lastTrustedInputAt: 20_000, now: 10_000 })).toBe(false);
  });
});
