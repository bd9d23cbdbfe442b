import { useId, useMemo, useState, type FormEvent } from 'react';
import { getCountries } from 'libphonenumber-js';
import { i18n } from '#i18n';
import { DESTINATIONS, saveSettings, type EffectiveSettings, type Settings } from '@/utils/storage/settings';
import { CRM_LABELS } from '@/utils/constants/crm';

const destinationLabel = (destination: Settings['defaultDestination']) => (destination === 'both' ? i18n.t('options.destinationBoth') : CRM_LABELS[destination]);

export const parseTags = (text: string): string[] => [
  ...new Set(
    text
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
  ),
];

/** Countries by their name in the UI language, for the default phone country picker. */
function useCountryOptions() {
  return useMemo(() => {
    const names = new Intl.DisplayNames([navigator.language], { type: 'region' });
    return getCountries()
      .map((code) => ({ code, name: names.of(code) ?? code }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }, []);
}

/** Default destination, phone country, source and tags; policy-managed ones are read-only. */
export function DefaultsSection({ settings, onChange }: { settings: EffectiveSettings; onChange: (next: EffectiveSettings) => void }) {
  const ids = { heading: useId(), destination: useId(), country: useId(), source: useId(), sourceHelp: useId(), tags: useId(), tagsHelp: useId() };
  const countries = useCountryOptions();
  const [draft, setDraft] = useState({ ...settings.values, tagsText: settings.values.defaultTags.join(', ') });
  const [saved, setSaved] = useState(false);
  const isManaged = (name: keyof Settings) => settings.managed.includes(name);
  const managedNote = (name: keyof Settings) => isManaged(name) && <span className="managed">{i18n.t('options.managed')}</span>;

  function update(patch: Partial<typeof draft>) {
    setDraft((current) => ({ ...current, ...patch }));
    setSaved(false);
  }

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const { tagsText, ...values } = draft;
    onChange(await saveSettings({ ...values, defaultTags: parseTags(tagsText) }));
    setSaved(true);
  }

  return (
    <section className="card" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{i18n.t('options.defaults')}</h2>
      <form onSubmit={onSubmit}>
        <label htmlFor={ids.destination}>{i18n.t('options.destination')}</label>
        <select
          id={ids.destination}
          value={draft.defaultDestination}
          disabled={isManaged('defaultDestination')}
          onChange={(event) => update({ defaultDestination: event.target.value as Settings['defaultDestination'] })}
        >
          {DESTINATIONS.map((destination) => (
            <option key={destination} value={destination}>
              {destinationLabel(destination)}
            </option>
          ))}
        </select>
        {managedNote('defaultDestination')}

        <label htmlFor={ids.country}>{i18n.t('options.country')}</label>
        <select id={ids.country} value={draft.defaultCountry} disabled={isManaged('defaultCountry')} onChange={(event) => update({ defaultCountry: event.target.value })}>
          {countries.map(({ code, name }) => (
            <option key={code} value={code}>
              {name} ({code})
            </option>
          ))}
        </select>
        {managedNote('defaultCountry')}

        <label htmlFor={ids.source}>{i18n.t('options.source')}</label>
        <input
          id={ids.source}
          value={draft.defaultSource}
          maxLength={100}
          readOnly={isManaged('defaultSource')}
          aria-describedby={ids.sourceHelp}
          onChange={(event) => update({ defaultSource: event.target.value })}
        />
        <p id={ids.sourceHelp} className="help">
          {i18n.t('options.sourceHint')} {managedNote('defaultSource')}
        </p>

        <label htmlFor={ids.tags}>{i18n.t('options.tags')}</label>
        <input
          id={ids.tags}
          value={draft.tagsText}
          readOnly={isManaged('defaultTags')}
          aria-describedby={ids.tagsHelp}
          onChange={(event) => update({ tagsText: event.target.value })}
        />
        <p id={ids.tagsHelp} className="help">
          {i18n.t('options.tagsHint')} {managedNote('defaultTags')}
        </p>

        <div className="actions">
          <button type="submit">{i18n.t('options.saveDefaults')}</button>
        </div>
        <p role="status" className="outcome ok">
          {saved ? i18n.t('options.defaultsSaved') : ''}
        </p>
      </form>
    </section>
  );
}
