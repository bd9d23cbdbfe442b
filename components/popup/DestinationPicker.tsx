import { useId } from 'react';
import { i18n } from '#i18n';
import { destinationCrms, destinationOf, type Configured } from '@/utils/popup/form';
import { CRM_IDS, CRM_LABELS, type CrmId } from '@/utils/constants/crm';
import type { SectionProps } from './types';

/** Syncro, Synax or both; CRMs without a key are shown but cannot be chosen. */
export function DestinationPicker({ form, edit, configured }: Omit<SectionProps, 'errors'> & { configured: Configured }) {
  const noteId = useId();
  const chosen = destinationCrms(form.destination);

  function toggle(crm: CrmId, on: boolean) {
    const next = CRM_IDS.filter((candidate) => (candidate === crm ? on : chosen.includes(candidate)));
    const destination = destinationOf(next);
    // At least one stays chosen: unticking the last one does nothing.
    if (destination) edit((current) => ({ ...current, destination }), ['destination']);
  }

  return (
    <fieldset className="destination">
      <legend>{i18n.t('popup.destination')}</legend>
      {CRM_IDS.map((crm) => (
        <span key={crm} className="check">
          <label>
            <input
              type="checkbox"
              checked={configured[crm] && chosen.includes(crm)}
              disabled={!configured[crm]}
              aria-describedby={configured[crm] ? undefined : `${noteId}-${crm}`}
              onChange={(event) => toggle(crm, event.target.checked)}
            />
            {CRM_LABELS[crm]}
          </label>
          {!configured[crm] && (
            <span id={`${noteId}-${crm}`} className="muted">
              ({i18n.t('popup.notConnected')})
            </span>
          )}
        </span>
      ))}
    </fieldset>
  );
}
