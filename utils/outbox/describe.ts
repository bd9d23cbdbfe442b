import { i18n } from '#i18n';
import { CRM_LABELS } from '../constants/crm';
import { errorText } from '../ui/error-text';
import type { DeliveryView, OutboxError } from './schema';

// Sentences about a delivery for the popup and the history page (no zod here: see states.ts).

export function clockTime(at: number): string {
  return new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { timeStyle: 'medium' }).format(at);
}

/**
 * Why it is being retried, without errorText's "try again" advice: the outbox does that itself.
 * Refusals never get here (they need the user); anything else falls back to errorText.
 */
export function retryReason(error: OutboxError): string {
  switch (error.code) {
    case 'server':
      return i18n.t('outbox.why.server', [CRM_LABELS[error.crm], error.status]);
    case 'network':
      return error.offline ? i18n.t('outbox.why.offline') : i18n.t('outbox.why.network', [CRM_LABELS[error.crm]]);
    case 'timeout':
      return i18n.t('outbox.why.timeout', [CRM_LABELS[error.crm]]);
    case 'rate_limited':
      return i18n.t('outbox.why.rateLimited', [CRM_LABELS[error.crm]]);
    case 'unexpected':
      return i18n.t('outbox.why.unexpected', [CRM_LABELS[error.crm]]);
    case 'internal':
      return i18n.t('outbox.why.internal');
    default:
      return errorText(error);
  }
}

/** The popup's line for a save that is in the outbox but not in the CRM yet. */
export function queuedLine(delivery: DeliveryView): string {
  const label = CRM_LABELS[delivery.crm];
  if (delivery.lastError && delivery.nextAttemptAt !== null) {
    return i18n.t('outbox.popup.retrying', [label, retryReason(delivery.lastError), clockTime(delivery.nextAttemptAt)]);
  }
  return delivery.state === 'sending' ? i18n.t('outbox.popup.sending', [label]) : i18n.t('outbox.popup.queued', [label]);
}

/** Why it needs the user: the CRM's refusal, or that an earlier send may have arrived unseen. */
export function attentionText(delivery: DeliveryView): string {
  const label = CRM_LABELS[delivery.crm];
  if (delivery.reason === 'unverifiable') return `${i18n.t('outbox.unverifiable', [label])} ${i18n.t('outbox.checkFirst', [label])}`;
  return delivery.lastError ? errorText(delivery.lastError) : '';
}

/** The history page's state column: queued / sending / retrying at … / needs you. */
export function stateLabel(delivery: DeliveryView): string {
  switch (delivery.state) {
    case 'queued':
      return i18n.t('outbox.queued');
    case 'sending':
      return i18n.t('outbox.sending');
    case 'retrying':
      return i18n.t('outbox.retrying', [clockTime(delivery.nextAttemptAt ?? Date.now())]);
    case 'needs_attention':
      return i18n.t('outbox.needsYou');
    case 'delivered':
      return i18n.t('captures.saved');
    case 'discarded':
      return i18n.t('outbox.discarded');
  }
}
