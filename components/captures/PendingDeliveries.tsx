import { Fragment, useId, useState } from 'react';
import { i18n } from '#i18n';
import type { ContactDraft } from '@/utils/crm/provider';
import { ask } from '@/utils/messaging/client';
import { attentionText, stateLabel } from '@/utils/outbox/describe';
import type { DeliveryView } from '@/utils/outbox/schema';
import { errorText } from '@/utils/ui/error-text';
import { CaptureCells, CaptureHeadings } from './CaptureCells';
import { CRM_LABELS } from '@/utils/constants/crm';
import { DeliveryEditor } from './DeliveryEditor';
import { FollowUpLine } from './FollowUpLine';
import { QuarantinedSaves } from './QuarantinedSaves';
import { usePendingDeliveries } from './use-pending-deliveries';

function StateCell({ delivery }: { delivery: DeliveryView }) {
  const problem = delivery.state === 'needs_attention' ? attentionText(delivery) : delivery.lastError ? errorText(delivery.lastError) : '';
  const followUp = delivery.followUp && { ...delivery.followUp, url: delivery.followUp.created?.url ?? null };
  return (
    <>
      <FollowUpLine followUp={followUp} waiting={delivery.state === 'queued' && delivery.attempts === 0 && !!delivery.followUp?.parentDeliveryId} />
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
  const resend = (id: string, contact: ContactDraft | null, skipLookup = false, updateId: string | null = null) =>
    act(id, () => ask('RESEND_DELIVERY', { id, contact, skipLookup, updateId }));
  const discard = (id: string) => act(id, () => ask('DISCARD_DELIVERY', { id }));

  if (error) return <p role="alert">{errorText(error)}</p>;
  if (!status || (!status.deliveries.length && !status.quarantined)) return null;
  return (
    <section className="pending" aria-labelledby={headingId}>
      <h2 id={headingId}>{i18n.t('captures.pending.title')}</h2>
      <p className="intro">{i18n.t('captures.pending.intro')}</p>
      <p className="muted">{i18n.t('captures.pending.count', [status.pending, status.attention])}</p>
      {status.quarantined > 0 && <QuarantinedSaves count={status.quarantined} onResent={() => void refresh()} />}
      {status.deliveries.length > 0 && (
        <table>
          <thead>
            <tr>
              <CaptureHeadings />
              <th scope="col">{i18n.t('captures.pending.state')}</th>
              <th scope="col">{i18n.t('captures.pending.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {status.deliveries.map((delivery) => (
              <Fragment key={delivery.id}>
                <tr aria-busy={busy === delivery.id || undefined}>
                  <CaptureCells
                    at={delivery.createdAt}
                    name={delivery.contact.name}
                    phone={delivery.contact.phones[0]}
                    email={delivery.contact.email}
                    page={delivery.page}
                    crm={delivery.crm}
                  />
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
                      <DeliveryEditor
                        delivery={delivery}
                        country={status.defaultCountry}
                        onSend={(contact) => void resend(delivery.id, contact)}
                        onCancel={() => setEditing(null)}
                      />
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
  onResend: (id: string, contact: ContactDraft | null, skipLookup?: boolean, updateId?: string | null) => void;
  onDiscard: () => void;
}

function Actions({ delivery, disabled, onEdit, onResend, onDiscard }: ActionsProps) {
  if (delivery.state === 'sending') return null;
  if (delivery.reason === 'duplicate') return <DuplicateActions delivery={delivery} disabled={disabled} onResend={onResend} onDiscard={onDiscard} />;
  const attention = delivery.state === 'needs_attention';
  return (
    <>
      {attention && !delivery.followUp && (
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

/** "Already in the CRM" as the popup offers it: open or update one of the records, or create anyway. */
function DuplicateActions({ delivery, disabled, onResend, onDiscard }: Omit<ActionsProps, 'onEdit'>) {
  const label = CRM_LABELS[delivery.crm];
  return (
    <>
      <ul className="matches">
        {delivery.matches.map((match) => (
          <li key={match.id}>
            <a href={match.url} target="_blank" rel="noreferrer">
              {i18n.t('popup.openRecord', [match.name || match.phone || match.email || `#${match.id}`, label])}
            </a>{' '}
            <button type="button" disabled={disabled} onClick={() => onResend(delivery.id, null, false, match.id)}>
              {i18n.t('outbox.update', [match.name || `#${match.id}`])}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" disabled={disabled} onClick={() => onResend(delivery.id, null, true)}>
        {i18n.t('outbox.createAnyway')}
      </button>
      <button type="button" className="danger" disabled={disabled} onClick={onDiscard}>
        {i18n.t('captures.pending.discard')}
      </button>
    </>
  );
}
