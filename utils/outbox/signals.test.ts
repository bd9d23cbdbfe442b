import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '@/tests/unit/i18n';
import { BADGE_COLORS, NOTIFICATION_ID, notifyAttention, openCapturesFromNotification, resetBadgeMemo, showBadge } from './signals';
import { entry } from './testing';

beforeAll(() => useLocale('en'));
beforeEach(() => {
  fakeBrowser.reset();
  resetBadgeMemo();
});

const hex = (color: string) => [parseInt(color.slice(1, 3), 16), parseInt(color.slice(3, 5), 16), parseInt(color.slice(5, 7), 16), 255];
const refused = () =>
  entry({
    state: 'needs_attention',
    lastError: { code: 'missing_scope', crm: 'syncro', scope: 'leads:write' },
    attention: { reason: 'rejected', notifyAfter: 0, notifiedAt: null },
  });

describe('toolbar badge', () => {
  it('counts what is not in a CRM yet, is empty at zero, and turns red when one needs the user', async () => {
    await showBadge([entry({ state: 'queued' }), entry({ state: 'retrying' }), entry({ state: 'sending' }), entry({ state: 'delivered' }), entry({ state: 'discarded' })]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('3');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(hex(BADGE_COLORS.pending));
    expect(await fakeBrowser.action.getTitle({})).toBe('CRM Capture: 3 saves not in your CRM yet (0 need you)');

    await showBadge([entry({ state: 'queued' }), refused()]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual(hex(BADGE_COLORS.attention));

    await showBadge([entry({ state: 'delivered' })]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('CRM Capture');
  });
});

describe('notification', () => {
  it('names the person, the CRM and the reason when one save needs the user; counts when several do', async () => {
    const one = refused();
    await notifyAttention([one], [one]);
    const options = fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_ID];
    expect(options).toMatchObject({ type: 'basic', title: 'A save needs you', iconUrl: expect.stringMatching(/^data:image\/png;base64,/) });
    expect(options?.message).toBe(
      'Syncro did not take Maria Souza. The Syncro key lacks the “leads:write” permission. Give the key that permission in Syncro, or create a new key with it. Open the capture history to fix it or discard it.',
    );
    await notifyAttention([one], [one, refused(), { ...refused(), attention: { reason: 'unverifiable', notifyAfter: 0, notifiedAt: 1 } }]);
    expect(fakeBrowser.notifications.getAllCreateOptions()[NOTIFICATION_ID]?.message).toMatch(/^3 saves need you\. /);
  });

  it('opens the capture history when clicked, and goes away', async () => {
    await notifyAttention([refused()], [refused()]);
    await openCapturesFromNotification();
    expect((await fakeBrowser.tabs.query({})).map((tab) => tab.url)).toContain(fakeBrowser.runtime.getURL('/captures.html'));
    expect(await fakeBrowser.notifications.getAll()).toEqual({});
  });
});
