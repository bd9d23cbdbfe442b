import { i18n } from '#i18n';
import { defaultStageId } from '@/utils/popup/pipelines';
import { errorText } from '@/utils/ui/error-text';
import { CustomFieldInput } from './CustomFieldInput';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import type { SectionProps } from './types';
import type { SyncroMetaState } from './use-syncro-meta';

/** Pipeline and stage (GET /pipelines), value, and the account's custom fields (GET /custom-fields). */
export function SyncroFields({ form, edit, errors, meta }: SectionProps & { meta: SyncroMetaState }) {
  const pipelines = meta.meta?.pipelines ?? [];
  const pipeline = pipelines.find((candidate) => candidate.id === form.syncro.pipelineId);
  const setSyncro = (patch: Partial<typeof form.syncro>, clears: string[]) => edit((current) => ({ ...current, syncro: { ...current.syncro, ...patch } }), clears);

  function choosePipeline(value: string) {
    const chosen = pipelines.find((candidate) => String(candidate.id) === value);
    setSyncro({ pipelineId: chosen?.id ?? null, stageId: chosen ? defaultStageId(chosen) : null }, ['pipeline', 'stage']);
  }

  return (
    <fieldset className="crm-section">
      <legend>{i18n.t('popup.syncroLead')}</legend>
      <div className="two-columns">
        <SelectField
          label={i18n.t('popup.pipeline')}
          value={pipeline ? String(pipeline.id) : ''}
          options={pipelines.map(({ id, name }) => ({ value: String(id), label: name }))}
          onChange={choosePipeline}
          problem={errors.pipeline}
          note={meta.error ? errorText(meta.error) : undefined}
          required
          fieldKey="pipeline"
        />
        <SelectField
          label={i18n.t('popup.stage')}
          value={pipeline?.stages.some((stage) => stage.id === form.syncro.stageId) ? String(form.syncro.stageId) : ''}
          options={(pipeline?.stages ?? []).map(({ id, name }) => ({ value: String(id), label: name }))}
          onChange={(value) => setSyncro({ stageId: value ? Number(value) : null }, ['stage'])}
          problem={errors.stage}
          disabled={!pipeline}
          required
          fieldKey="stage"
        />
      </div>
      <div className="meta-bar">
        <button type="button" className="link" onClick={meta.refresh} disabled={meta.loading}>
          <span aria-hidden="true">↻ </span>
          {i18n.t('popup.refresh')}
        </button>
        {meta.loading && <span className="muted">{i18n.t('popup.refreshing')}</span>}
      </div>
      {meta.warning && <p className="warn-text">{i18n.t(meta.warning.stale ? 'popup.metaStale' : 'popup.metaWarning', [errorText(meta.warning.error)])}</p>}
      <TextField
        label={i18n.t('popup.value')}
        value={form.syncro.value}
        inputMode="decimal"
        autoComplete="off"
        problem={errors.value}
        fieldKey="value"
        onChange={(value) => setSyncro({ value }, ['value'])}
      />
      {meta.meta?.customFields.map((field) => (
        <CustomFieldInput
          key={field.name}
          field={field}
          values={form.syncro.custom}
          problem={errors[`custom:${field.name}`]}
          onChange={(value) => setSyncro({ custom: { ...form.syncro.custom, [field.name]: value } }, [`custom:${field.name}`])}
        />
      ))}
    </fieldset>
  );
}
