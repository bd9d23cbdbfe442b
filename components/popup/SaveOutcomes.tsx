import { useId } from 'react';
import { i18n } from '#i18n';
import type { SavedRecord } from '@/utils/crm/provider';
import { attentionText, queuedLine } from '@/utils/outbox/describe';
import { CRM_IDS, CRM_LABELS, type CrmId } from '@/utils/constants/crm';
import { errorText } from '@/utils/ui/error-text';
import { ErrorText } from './ErrorText';
import { UpdateChanges } from './UpdateChanges';
import type { Outcome, Outcomes } from './use-save-flow';

interface SaveOutcomesProps {
  outcomes: Outcomes;
  onUpdate: (crm: CrmId, id: string) => void;
  onCreateAnyway: (crm: CrmId) => void;
  /** Set when this CRM's save carries a task or deal: it can go alone to a record already there. */
  onFollowUpOnly?: (crm: CrmId, match: SavedRecord) => void;
  hasFollowUp?: (crm: CrmId) => boolean;
  /** The form came from a WhatsApp chat: a number an update adds is its WhatsApp number. */
  whatsapp?: boolean;
}

const recordLabel = (record: SavedRecord) => record.name || record.phone || record.email || `#${record.id}`;

function ProgressLine({ crm, outcome, whatsapp }: { crm: CrmId; outcome: Outcome; whatsapp: boolean }) {
  const label = CRM_LABELS[crm];
  if (outcome.kind === 'checking') return <p>{i18n.t('popup.checking', [label])}</p>;
  if (outcome.kind === 'saving') return <p>{i18n.t('popup.saving', [label])}</p>;
  // In the outbox: kept, retried after the popup closes.
  if (outcome.kind === 'queued') return <p>{queuedLine(outcome.delivery)}</p>;
  if (outcome.kind !== 'saved') return null;
  if (!outcome.record) return <p>{i18n.t('popup.savedNoLink', [label, outcome.name ?? ''])}</p>;
  const key = outcome.action === 'update' ? 'popup.updated' : outcome.action === 'earlier' ? 'popup.alreadySaved' : 'popup.saved';
  return (
    <div className="saved">
      <p>
        {i18n.t(key, [label, recordLabel(outcome.record)])}{' '}
        <a href={outcome.record.url} target="_blank" rel="noreferrer">
          {i18n.t('popup.openIn', [label])}
        </a>
      </p>
      {outcome.action === 'update' && <UpdateChanges changes={outcome.record.changes} whatsapp={whatsapp} />}
      {outcome.record.ignoredFields?.length ? <p className="warn-text">{i18n.t('identityField.ignored', [label, outcome.record.ignoredFields.join(', ')])}</p> : null}
      {outcome.lookupSkipped && <p className="warn-text">{i18n.t('popup.lookupSkipped', [label, errorText(outcome.lookupSkipped)])}</p>}
    </div>
  );
}

function DuplicateOffer({ crm, matches, onUpdate, onCreateAnyway, onFollowUpOnly, hasFollowUp }: { crm: CrmId; matches: SavedRecord[] } & Omit<SaveOutcomesProps, 'outcomes'>) {
  const headingId = useId();
  const label = CRM_LABELS[crm];
  return (
    <section className="duplicates" aria-labelledby={headingId}>
      <h2 id={headingId}>{i18n.t('popup.duplicates.title', [label])}</h2>
      <ul>
        {matches.map((match) => (
          <li key={match.id}>
            <a href={match.url} target="_blank" rel="noreferrer">
              {i18n.t('popup.openRecord', [recordLabel(match), label])}
            </a>
            <span className="muted"> {[match.phone, match.email].filter(Boolean).join(' · ')}</span>
            <button type="button" onClick={() => onUpdate(crm, match.id)}>
              {i18n.t('popup.duplicates.update')}
            </button>
            {onFollowUpOnly && hasFollowUp?.(crm) && (
              <button type="button" className="secondary" onClick={() => onFollowUpOnly(crm, match)}>
                {i18n.t(crm === 'syncro' ? 'popup.duplicates.taskOnly' : 'popup.duplicates.dealOnly')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={() => onCreateAnyway(crm)}>
        {i18n.t('popup.duplicates.create')}
      </button>
    </section>
  );
}

/** Each destination's outcome: progress and success in one status region, failures in an alert. */
export function SaveOutcomes({ outcomes, whatsapp = false, ...choices }: SaveOutcomesProps) {
  const entries = CRM_IDS.flatMap((crm) => (outcomes[crm] ? [[crm, outcomes[crm]] as const] : []));
  const failures = entries.filter(([, outcome]) => outcome.kind === 'failed');
  return (
    <>
      {entries.map(([crm, outcome]) => (outcome.kind === 'duplicates' ? <DuplicateOffer key={crm} crm={crm} matches={outcome.matches} {...choices} /> : null))}
      <div role="status" className="outcome ok">
        {entries.map(([crm, outcome]) => (
          <ProgressLine key={crm} crm={crm} outcome={outcome} whatsapp={whatsapp} />
        ))}
      </div>
      {failures.length > 0 && (
        <div role="alert" className="outcome error">
          {failures.map(
            ([crm, outcome]) =>
              outcome.kind === 'failed' && <p key={crm}>{outcome.delivery?.reason === 'unverifiable' ? attentionText(outcome.delivery) : <ErrorText error={outcome.error} />}</p>,
          )}
        </div>
      )}
    </>
  );
}
