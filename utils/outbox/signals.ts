import { i18n } from '#i18n';
import { browser } from 'wxt/browser';
import { CRM_LABELS } from '../constants/crm';
import { openCapturesPage } from '../ui/captures-page';
import { attentionText } from './describe';
import type { OutboxEntry } from './schema';
import { isUnsettled } from './states';

export const NOTIFICATION_ID = 'outbox-attention';
export const BADGE_COLORS = { pending: '#1A73E8', attention: '#C5221F' } as const;

/** 64×64 red disc with a white "!" (no icon ships with the extension yet; basic notifications need one). */
const ATTENTION_ICON =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAYAAACqaXHeAAAA8UlEQVR42u3bQQqAMAxEUW8ieP9reC5dCyIqTTLp/IJ75ym2tcmyMHLGvq3Hl8su8DQgo4O3gYgOLguRHVwGojp4KYRa+FQE1fApCOrhQxG6hA9B6BZ+KMLIG3o7ZBBGP5EKgN8IEa9kFcAvBGuAqI9SJcAnBGuAyGmpGuAVgjVA9MJEAeARwRogY2mqAnCLAAAAxgBZ21MlgAsCAAAAAAAAAAAAAAAAmAKwGwSg7wEoAN3+C0ofm9sDVE6JMkUT1TOBRNXIrACcDlMgAQBFUvII9rWCNtWiLZ48xdKUy9MwQcsMTVO0zdE4SesszdMTjxMK7Z/vm+1skQAAAABJRU5ErkJggg==';

export interface QueueSummary {
  /** Still owed to a CRM: queued, sending, retrying or waiting for the user. */
  pending: number;
  attention: number;
}

export function summarize(entries: OutboxEntry[]): QueueSummary {
  return {
    pending: entries.filter((entry) => isUnsettled(entry.state)).length,
    attention: entries.filter((entry) => entry.state === 'needs_attention').length,
  };
}

let shown: string | null = null;

/** The toolbar badge: how many saves are not in a CRM yet (empty at 0); red when one needs the user. */
export async function showBadge(entries: OutboxEntry[]): Promise<void> {
  const { pending, attention } = summarize(entries);
  const key = `${pending}/${attention}`;
  if (key === shown) return;
  shown = key;
  const text = pending === 0 ? '' : pending > 999 ? '999+' : String(pending);
  const title = pending === 0 ? i18n.t('extName') : i18n.t('outbox.badgeTitle', [pending, attention]);
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color: attention ? BADGE_COLORS.attention : BADGE_COLORS.pending }),
    // COMPAT: setBadgeTextColor is Chrome 110+ / Firefox 63+; older browsers pick a readable one.
    browser.action.setBadgeTextColor?.({ color: '#FFFFFF' }),
    browser.action.setTitle({ title }),
  ]);
}

/** Tests only: forget what the badge shows. */
export function resetBadgeMemo(): void {
  shown = null;
}

/** One notification for everything that needs the user; clicking it opens the capture history. */
export async function notifyAttention(fresh: OutboxEntry[], all: OutboxEntry[]): Promise<void> {
  const newest = fresh.reduce((a, b) => (b.updatedAt > a.updatedAt ? b : a));
  const label = CRM_LABELS[newest.job.crm];
  const reason = attentionText({ crm: newest.job.crm, reason: newest.attention?.reason ?? 'rejected', lastError: newest.lastError, attempts: newest.attempts });
  const message = all.length === 1 ? i18n.t('outbox.notify.one', [newest.job.draft.contact.name, label, reason]) : i18n.t('outbox.notify.many', [all.length, reason]);
  await browser.notifications.create(NOTIFICATION_ID, {
    type: 'basic',
    iconUrl: ATTENTION_ICON,
    title: i18n.t('outbox.notify.title'),
    message,
  });
}

export async function openCapturesFromNotification(): Promise<void> {
  await openCapturesPage();
  await browser.notifications.clear(NOTIFICATION_ID);
}
