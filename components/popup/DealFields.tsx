import { i18n } from '#i18n';
import { dealTitle } from '@/utils/popup/follow-up-form';
import type { FieldErrors } from '@/utils/popup/validate';
import { errorText } from '@/utils/ui/error-text';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import type { FollowUps } from './use-follow-ups';

/** The optional Synax deal (synax.md §9.6): title, value, pipeline and stage from the API, created after the contact. */
export function DealFields({ followUps, name, errors }: { followUps: FollowUps; name: string; errors: FieldErrors }) {
  const { forms, setDeal, synaxMeta } = followUps;
  const deal = forms.deal;
  const pipelines = synaxMeta.meta?.pipelines ?? [];
  const pipeline = pipelines.find((candidate) => candidate.id === deal.pipelineId);

  function choosePipeline(pipelineId: string) {
    const chosen = pipelines.find((candidate) => candidate.id === pipelineId);
    setDeal({ pipelineId, stageId: chosen?.stages[0]?.id ?? '' }, ['deal.stage']);
  }

  return (
    <fieldset className="crm-section follow-up" data-block="deal">
      <legend>{i18n.t('deal.legend')}</legend>
      <label className="check">
        <input type="checkbox" checked={deal.enabled} onChange={(event) => setDeal({ enabled: event.target.checked })} />
        {i18n.t('deal.add')}
      </label>
      {deal.enabled && (
        <>
          <TextField
            label={i18n.t('deal.titleLabel')}
            value={dealTitle(deal, name)}
            onChange={(title) => setDeal({ title }, ['deal.title'])}
            problem={errors['deal.title']}
            required
            fieldKey="deal.title"
          />
          <TextField
            label={i18n.t('deal.valueLabel')}
            value={deal.value}
            inputMode="decimal"
            autoComplete="off"
            onChange={(value) => setDeal({ value }, ['deal.value'])}
            problem={errors['deal.value']}
            fieldKey="deal.value"
          />
          <div className="two-columns">
            <SelectField
              label={i18n.t('deal.pipelineLabel')}
              value={deal.pipelineId}
              options={pipelines.map(({ id, name: label }) => ({ value: id, label }))}
              onChange={choosePipeline}
              note={synaxMeta.warning ? i18n.t('deal.metaWarning', [errorText(synaxMeta.warning)]) : undefined}
              required
              fieldKey="deal.pipeline"
            />
            <SelectField
              label={i18n.t('deal.stageLabel')}
              value={deal.stageId}
              options={(pipeline?.stages ?? []).map(({ id, name: label }) => ({ value: id, label }))}
              onChange={(stageId) => setDeal({ stageId }, ['deal.stage'])}
              problem={errors['deal.stage']}
              disabled={!pipeline}
              required
              fieldKey="deal.stage"
            />
          </div>
          <p className="help">{i18n.t('followUp.sentAfter')}</p>
        </>
      )}
    </fieldset>
  );
}
