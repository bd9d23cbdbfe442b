import { useId } from 'react';
import { i18n } from '#i18n';
import type { Skipped } from '@/utils/bulk/plan';
import { tallyOf, type BulkTally } from '@/utils/bulk/tally';
import { CRM_IDS, CRM_LABELS, isWebLink } from '@/utils/constants/crm';
import type { SavedRecord } from '@/utils/crm/provider';
import { errorText } from '@/utils/ui/error-text';
import type { BulkDelivery } from './use-bulk-save';

const recordLabel = (record: SavedRecord) => record.name || record.phone || record.email || `#${record.id}`;

/** "Syncro: 12 created, 2 already there, 1 needs you" — only the parts that are not zero. */
function tallyLine(tally: BulkTally): string {
  const parts = [
    tally.created && i18n.t('bulk.created', tally.created),
    tally.updated && i18n.t('bulk.updated', tally.updated),
    tally.existing && i18n.t('bulk.existing', tally.existing),
    tally.needsYou && i18n.t('bulk.needsYou', tally.needsYou),
    tally.waiting && i18n.t('bulk.waiting', tally.waiting),
  ];
  return parts.filter(Boolean).join(', ');
}

interface BulkSummaryProps {
  deliveries: BulkDelivery[];
  skipped: Skipped[];
  onResolve: (id: string, choice: { updateId: string | null }) => void;
}

/** Where the bulk save stands per CRM, and what needs the rep: matches to open, update or create anyway, refusals. */
export function BulkSummary({ deliveries, skipped, onResolve }: BulkSummaryProps) {
  const existingId = useId();
  const refusedId = useId();
  const views = deliveries.map((delivery) => delivery.view);
  const existing = views.filter((view) => view.state === 'needs_attention' && view.reason === 'duplicate');
  const refused = views.filter((view) => view.state === 'needs_attention' && view.reason !== 'duplicate');
  const invalid = skipped.filter((skip) => skip.kind === 'invalid').length;
  const repeated = skipped.filter((skip) => skip.kind === 'repeated').length;
  const crms = CRM_IDS.filter((crm) => views.some((view) => view.crm === crm));
  return (
    <section className="bulk-summary" aria-live="polite">
      {crms.map((crm) => (
        <p key={crm} className="bulk-tally">
          {i18n.t('bulk.tally', [CRM_LABELS[crm], tallyLine(tallyOf(views, crm))])}
        </p>
      ))}
      {views.some((view) => view.state !== 'delivered' && view.state !== 'needs_attention' && view.state !== 'discarded') && <p className="muted">{i18n.t('bulk.queued')}</p>}
      {invalid > 0 && <p className="warn-text">{i18n.t('bulk.invalid', invalid)}</p>}
      {repeated > 0 && <p className="muted">{i18n.t('bulk.repeated', repeated)}</p>}
      {existing.length > 0 && (
        <section aria-labelledby={existingId}>
          <h2 id={existingId}>{i18n.t('bulk.existingTitle')}</h2>
          <ul className="bulk-attention">
            {existing.map((view) => {
              const match = view.matches[0];
              return (
                <li key={view.id}>
                  <span>
                    {view.contact.name} · {CRM_LABELS[view.crm]}
                  </span>{' '}
                  {match && isWebLink(match.url) && (
                    <a href={match.url} target="_blank" rel="noreferrer">
                      {i18n.t('popup.openRecord', [recordLabel(match), CRM_LABELS[view.crm]])}
                    </a>
                  )}{' '}
                  {match && (
                    <button type="button" onClick={() => onResolve(view.id, { updateId: match.id })}>
                      {i18n.t('bulk.update')}
                    </button>
                  )}
                  <button type="button" className="secondary" onClick={() => onResolve(view.id, { updateId: null })}>
                    {i18n.t('bulk.createAnyway')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      {refused.length > 0 && (
        <section aria-labelledby={refusedId}>
          <h2 id={refusedId}>{i18n.t('bulk.needsYouTitle')}</h2>
          <ul className="bulk-attention">
            {refused.map((view) => (
              <li key={view.id}>
                {view.contact.name} · {CRM_LABELS[view.crm]}: {view.lastError ? errorText(view.lastError) : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </section>
  );
}
