import { Fragment, useId, useState } from 'react';
import { i18n } from '#i18n';
import type { ContactDraft } from '@/utils/crm/provider';
import { ask } from '@/utils/messaging/client';
import { attentionText, stateLabel } from '@/utils/outbox/describe';
import type { DeliveryView } from '@/utils/outbox/schema';
import { CRM_LABELS } from '@/utils/constants/crm';
import { hostOf } from '@/utils/popup/text';
import { errorText } from '@/utils/ui/error-text';
import { DeliveryEditor } from './DeliveryEditor';
import { usePendingDeliveries } from './use-pending-deliveries';

function StateCell({ delivery }: { delivery: DeliveryView }) {
  const problem = delivery.state === 'needs_attention' ? attentionText(delivery) : delivery.lastError ? errorText(delivery.lastError) : '';
  return (
    <>
      <strong className={delivery.state === 'needs_attention' ? 'failed' : undefined}>{stateLabel(delivery)}</strong>
      {delivery.attempts > 0 && <div className="muted">{i18n.t('captures.pending.attempts', [delivery.attempts])}</div>}
      {problem && <div>{delivery.state === 'needs_attention' ? problem : i18n.t('captures.pending.lastProblem', [problem])}</div>}
    </>
  );
}

/**
 * Saves not in a CRM yet, above the list of captures sent: their state, tries and last problem, and what the
 * user can do — send now, fix and send again, send anyway, or discard (after a confirmation).
 */
export function PendingDeliveries({ onSettled }: { onSettled: () => void }) {
  const headingId = useId();
  const { status, error, refresh } = usePendingDeliveries(onSettled);
  const [editing, setEditing] = useState<string | null>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);

  async function act(id: string, request: () => Promise<unknown>) {
    setBusy(id);
    await request();
    setBusy(null);
    setEditing(null);
    setConfirming(null);
    await refresh();
  }
  const resend = (id: string, contact: ContactDraft | null, skipLookup = false) => act(id, () => ask('RESEND_DELIVERY', { id, contact, skipLookup }));
  const discard = (id: string) => act(id, () => ask('DISCARD_DELIVERY', { id }));

  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!status || (!status.deliveries.length && !status.quarantined)) return null;
  const when = new Intl.DateTimeFormat(browser.i18n.getUILanguage(), { dateStyle: 'short', timeStyle: 'short' });
  return (
    <section className="pending" aria-labelledby={headingId}>
      <h2 id={headingId}>{i18n.t('captures.pending.title')}</h2>
      <p className="intro">{i18n.t('captures.pending.intro')}</p>
      <p className="muted">{i18n.t('captures.pending.count', [status.pending, status.attention])}</p>
      {status.quarantined > 0 && <p className="failed">{i18n.t('captures.pending.quarantined', [status.quarantined])}</p>}
      {status.deliveries.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">{i18n.t('captures.when')}</th>
              <th scope="col">{i18n.t('captures.person')}</th>
              <th scope="col">{i18n.t('captures.from')}</th>
              <th scope="col">{i18n.t('captures.crm')}</th>
              <th scope="col">{i18n.t('captures.pending.state')}</th>
              <th scope="col">{i18n.t('captures.pending.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {status.deliveries.map((delivery) => (
              <Fragment key={delivery.id}>
                <tr aria-busy={busy === delivery.id || undefined}>
                  <td>{when.format(delivery.createdAt)}</td>
                  <td>
                    <strong>{delivery.contact.name}</strong>
                    <br />
                    <span className="muted">{[delivery.contact.phones[0], delivery.contact.email].filter(Boolean).join(' · ')}</span>
                  </td>
                  <td title={delivery.page.url}>{delivery.page.title || hostOf(delivery.page.url) || '—'}</td>
                  <td>{CRM_LABELS[delivery.crm]}</td>
                  <td>
                    <StateCell delivery={delivery} />
                  </td>
                  <td className="pending-actions">
                    {confirming === delivery.id ? (
                      <>
                        <span>{i18n.t('captures.pending.confirmDiscard')}</span>
                        <button type="button" className="danger" onClick={() => void discard(delivery.id)}>
                          {i18n.t('captures.pending.discard')}
                        </button>
                        <button type="button" onClick={() => setConfirming(null)}>
                          {i18n.t('captures.pending.keep')}
                        </button>
                      </>
                    ) : (
                      <Actions delivery={delivery} disabled={busy !== null} onEdit={() => setEditing(delivery.id)} onResend={resend} onDiscard={() => setConfirming(delivery.id)} />
                    )}
                  </td>
                </tr>
                {editing === delivery.id && (
                  <tr>
                    <td colSpan={6}>
                      <DeliveryEditor delivery={delivery} country={status.defaultCountry} onSend={(contact) => void resend(delivery.id, contact)} onCancel={() => setEditing(null)} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

interface ActionsProps {
  delivery: DeliveryView;
  disabled: boolean;
  onEdit: () => void;
  onResend: (id: string, contact: ContactDraft | null, skipLookup?: boolean) => void;
  onDiscard: () => void;
}

function Actions({ delivery, disabled, onEdit, onResend, onDiscard }: ActionsProps) {
  if (delivery.state === 'sending') return null;
  const attention = delivery.state === 'needs_attention';
  return (
    <>
      {attention && (
        <button type="button" disabled={disabled} onClick={onEdit}>
          {i18n.t('captures.pending.edit')}
        </button>
      )}
      {delivery.reason === 'unverifiable' ? (
        <button type="button" disabled={disabled} onClick={() => onResend(delivery.id, null, true)}>
          {i18n.t('captures.pending.sendAnyway')}
        </button>
      ) : (
        <button type="button" disabled={disabled} onClick={() => onResend(delivery.id, null)}>
          {i18n.t(attention ? 'captures.pending.sendAgain' : 'captures.pending.sendNow')}
        </button>
      )}
      <button type="button" className="danger" disabled={disabled} onClick={onDiscard}>
        {i18n.t('captures.pending.discard')}
      </button>
    </>
  );
}
