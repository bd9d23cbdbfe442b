import { useCallback, useEffect, useId, useState } from 'react';
import { i18n } from '#i18n';
import type { AppError } from '@/utils/crm/app-error';
import { identityFieldChoices } from '@/utils/crm/syncro/identity-field';
import type { SyncroCustomField } from '@/utils/crm/syncro/schemas';
import { ask } from '@/utils/messaging/client';
import { saveSettings, type EffectiveSettings } from '@/utils/storage/settings';
import { errorText } from '@/utils/ui/error-text';

type Listing = { state: 'loading' } | { state: 'ready'; choices: SyncroCustomField[] } | { state: 'failed'; error: AppError };

/**
 * Options, Syncro section: the custom field that also gets a WhatsApp contact's `@username` or LID
 * when WhatsApp hides the number (issue 19). The list comes through the background, which alone
 * holds the key; only active text fields are offered (identity-field.ts says why).
 */
export function SyncroIdentityField({ settings, onChange }: { settings: EffectiveSettings; onChange: (next: EffectiveSettings) => void }) {
  const ids = { select: useId(), help: useId() };
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [saved, setSaved] = useState(false);
  const chosen = settings.values.syncroIdentityField;

  const load = useCallback(async () => {
    setListing({ state: 'loading' });
    const reply = await ask('LIST_SYNCRO_CUSTOM_FIELDS');
    setListing(reply.ok ? { state: 'ready', choices: identityFieldChoices(reply.data) } : { state: 'failed', error: reply.error });
  }, []);
  useEffect(() => void load(), [load]);

  async function choose(name: string) {
    onChange(await saveSettings({ syncroIdentityField: name || null }));
    setSaved(true);
  }

  const choices = listing.state === 'ready' ? listing.choices : [];
  const gone = chosen !== null && listing.state === 'ready' && !choices.some((choice) => choice.name === chosen);
  return (
    <div className="identity-field">
      <label htmlFor={ids.select}>{i18n.t('identityField.label')}</label>
      <select id={ids.select} value={chosen ?? ''} disabled={listing.state === 'loading'} aria-describedby={ids.help} onChange={(event) => void choose(event.target.value)}>
        <option value="">{i18n.t('identityField.none')}</option>
        {choices.map((choice) => (
          <option key={choice.name} value={choice.name}>
            {choice.label} ({choice.name})
          </option>
        ))}
        {chosen !== null && !choices.some((choice) => choice.name === chosen) && <option value={chosen}>{chosen}</option>}
      </select>
      <div id={ids.help} className="help">
        <p>{i18n.t('identityField.hint')}</p>
        {listing.state === 'loading' && <p>{i18n.t('identityField.loading')}</p>}
        {listing.state === 'ready' && !choices.length && <p>{i18n.t('identityField.noTextFields')}</p>}
        {gone && <p className="field-error">{i18n.t('identityField.goneOptions', [chosen])}</p>}
        {listing.state === 'failed' && (
          <p className="field-error" role="alert">
            {i18n.t('identityField.loadFailed', [errorText(listing.error)])}{' '}
            <button type="button" className="link" onClick={() => void load()}>
              {i18n.t('identityField.retry')}
            </button>
          </p>
        )}
      </div>
      {/* Not a second role=status in the section: the connection's outcome is the section's status. */}
      <p aria-live="polite" className="outcome ok">
        {saved ? i18n.t('identityField.saved') : ''}
      </p>
    </div>
  );
}
