import { i18n } from '#i18n';
import { TEMPERATURES, type Temperature } from '@/utils/constants/crm';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import type { SectionProps } from './types';

const MAX_CUSTOM_ROWS = 30;

/** Temperature and free-form custom fields (synax.md documents no field definitions, §13.4). */
export function SynaxFields({ form, edit, errors }: SectionProps) {
  const rows = form.synax.custom;
  const setSynax = (patch: Partial<typeof form.synax>, clears: string[]) => edit((current) => ({ ...current, synax: { ...current.synax, ...patch } }), clears);
  const setRow = (index: number, patch: Partial<(typeof rows)[number]>) =>
    setSynax({ custom: rows.map((row, i) => (i === index ? { ...row, ...patch } : row)) }, [`synaxCustom.${index}`, 'synaxCustom']);

  return (
    <fieldset className="crm-section">
      <legend>{i18n.t('popup.synaxContact')}</legend>
      <SelectField
        label={i18n.t('popup.temperature')}
        value={form.synax.temperature ?? ''}
        options={TEMPERATURES.map((value) => ({ value, label: i18n.t(`popup.temperatureOption.${value}`) }))}
        onChange={(value) => setSynax({ temperature: (value || null) as Temperature | null }, ['temperature'])}
        problem={errors.temperature}
        fieldKey="temperature"
      />
      {rows.length > 0 && <p className="group-title">{i18n.t('popup.synaxFields')}</p>}
      {rows.map((row, index) => (
        <div className="two-columns custom-row" key={index}>
          <TextField
            label={i18n.t('popup.customKey', [index + 1])}
            value={row.key}
            problem={errors[`synaxCustom.${index}`]}
            onChange={(key) => setRow(index, { key })}
            autoComplete="off"
          />
          <TextField
            label={i18n.t('popup.customValue', [index + 1])}
            value={row.value}
            onChange={(value) => setRow(index, { value })}
            autoComplete="off"
            after={
              <button
                type="button"
                className="icon"
                aria-label={i18n.t('popup.removeCustom', [index + 1])}
                onClick={() => setSynax({ custom: rows.filter((_, i) => i !== index) }, [])}
              >
                ×
              </button>
            }
          />
        </div>
      ))}
      {errors.synaxCustom && errors.synaxCustom.code === 'server' && <p className="field-error">{errors.synaxCustom.messages.join(' ')}</p>}
      {rows.length < MAX_CUSTOM_ROWS && (
        <button type="button" className="link" onClick={() => setSynax({ custom: [...rows, { key: '', value: '' }] }, [])}>
          <span aria-hidden="true">+ </span>
          {i18n.t('popup.addCustom')}
        </button>
      )}
    </fieldset>
  );
}
