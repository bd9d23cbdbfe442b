import { useCallback, useEffect, useMemo, useState } from 'react';
import { i18n } from '#i18n';
import { exportContacts, toCsv, toVcard, type VcardVersion } from '@/utils/bulk/export';
import { planBulk, rowsFromCapture, type BulkRow, type Skipped } from '@/utils/bulk/plan';
import { BULK_MAX_PEOPLE } from '@/utils/constants/capture';
import { destinationCrms, type FormState } from '@/utils/popup/form';
import { withPipelineDefaults } from '@/utils/popup/pipelines';
import type { FieldErrors, FormContext } from '@/utils/popup/validate';
import { DestinationPicker } from '../DestinationPicker';
import { ErrorText } from '../ErrorText';
import { SynaxFields } from '../SynaxFields';
import { SyncroFields } from '../SyncroFields';
import { TextField } from '../TextField';
import type { Edit } from '../types';
import type { ReadySession } from '../use-popup-session';
import { useSyncroMeta } from '../use-syncro-meta';
import { BulkList, editRow, type Field } from './BulkList';
import { BulkSummary } from './BulkSummary';
import { downloadText, exportName } from './download';
import { useBulkSave } from './use-bulk-save';
import './bulk.css';

const firstIds = (rows: BulkRow[]) => new Set(rows.slice(0, BULK_MAX_PEOPLE).map((row) => row.id));

/**
 * Several people from one page (issue 17): tick them, fix them inline, choose the destination
 * and the fields everyone shares once, then save them all (one delivery per person and CRM,
 * each checked for duplicates by the outbox) or export them. Loaded only when the rep asks.
 */
export default function BulkView({ session, onBack }: { session: ReadySession; onBack: () => void }) {
  const { context, capture } = session;
  const country = context.settings.defaultCountry;
  const [rows, setRows] = useState<BulkRow[]>(() => rowsFromCapture(capture, country));
  const [selected, setSelected] = useState<Set<string>>(() => firstIds(rows));
  const [page, setPage] = useState(0);
  const [common, setCommon] = useState<FormState>(session.form);
  const [rowErrors, setRowErrors] = useState<Record<string, FieldErrors>>({});
  const [commonErrors, setCommonErrors] = useState<FieldErrors>({});
  const [skipped, setSkipped] = useState<Skipped[]>([]);
  const [nothing, setNothing] = useState(false);
  const meta = useSyncroMeta(context.configured.syncro);
  const bulk = useBulkSave();
  const crms = destinationCrms(common.destination);
  const sent = useMemo(() => new Set(bulk.deliveries.map((delivery) => delivery.rowId)), [bulk.deliveries]);

  // The benchmark's end point (scripts/bench/popup.ts): the list of people is on screen.
  useEffect(() => void performance.mark('bulk-shown'), []);
  useEffect(() => {
    if (meta.meta) setCommon((current) => withPipelineDefaults(current, meta.meta!.pipelines));
  }, [meta.meta]);

  const ctx: FormContext = useMemo(
    () => ({ country, syncro: meta.meta && { pipelines: meta.meta.pipelines, customFields: meta.meta.customFields }, otherPhonesLabel: i18n.t('popup.otherPhones') }),
    [country, meta.meta],
  );
  const edit: Edit = (change, clears) => {
    setCommon(change);
    setCommonErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !clears.includes(key))));
  };
  const onTick = useCallback((id: string, on: boolean) => {
    setNothing(false);
    setSelected((current) => {
      const next = new Set(current);
      if (on && next.size < BULK_MAX_PEOPLE) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const onEdit = useCallback((id: string, field: Field, value: string) => {
    setRows((current) => current.map((row) => (row.id === id ? editRow(row, field, value) : row)));
    setRowErrors((current) => (current[id] ? Object.fromEntries(Object.entries(current).filter(([key]) => key !== id)) : current));
  }, []);

  async function saveAll() {
    const ticked = new Set([...selected].filter((id) => !sent.has(id)));
    if (!ticked.size) return setNothing(true);
    const plan = planBulk(rows, ticked, common, ctx);
    const invalid = plan.skipped.flatMap((skip) => (skip.kind === 'invalid' ? [skip] : []));
    // A problem every person shares is the common fields' (pipeline, stage…): shown there, not on each line.
    const shared = invalid.length === ticked.size ? Object.fromEntries(Object.entries(invalid[0]!.errors).filter(([key]) => invalid.every((skip) => key in skip.errors))) : {};
    setCommonErrors(shared);
    if (Object.keys(shared).length) return;
    setRowErrors(Object.fromEntries(invalid.map((skip) => [skip.rowId, skip.errors])));
    setSkipped(plan.skipped);
    if (!plan.deliveries.length) return;
    // Sent ones stay tickable (for an export) but locked: a second Save sends only the others.
    await bulk.save(plan, common);
  }

  function exportAs(kind: 'csv' | VcardVersion) {
    const contacts = exportContacts(
      rows.filter((row) => selected.has(row.id)),
      country,
    );
    if (kind === 'csv') downloadText(toCsv(contacts), exportName(capture.url, 'csv'), 'text/csv;charset=utf-8');
    else downloadText(toVcard(contacts, kind), exportName(capture.url, 'vcf'), 'text/vcard;charset=utf-8');
  }

  const count = [...selected].filter((id) => !sent.has(id)).length;
  return (
    <section className="bulk" aria-labelledby="bulk-title">
      <div className="bulk-head">
        <h2 id="bulk-title">{i18n.t('bulk.title', [String(rows.length)])}</h2>
        <button type="button" className="link" onClick={onBack}>
          {i18n.t('bulk.back')}
        </button>
      </div>
      <div className="bulk-tools">
        <button type="button" onClick={() => setSelected(firstIds(rows))}>
          {i18n.t('bulk.selectAll')}
        </button>
        <button type="button" onClick={() => setSelected(new Set())}>
          {i18n.t('bulk.selectNone')}
        </button>
        <span className="muted">{i18n.t('bulk.selected', count)}</span>
      </div>
      {rows.length > BULK_MAX_PEOPLE && <p className="notice">{i18n.t('bulk.tooMany', [String(BULK_MAX_PEOPLE)])}</p>}
      <BulkList rows={rows} page={page} selected={selected} sent={sent} errors={rowErrors} onPage={setPage} onTick={onTick} onEdit={onEdit} />
      <fieldset className="bulk-common">
        <legend>{i18n.t('bulk.common')}</legend>
        <DestinationPicker form={common} edit={edit} configured={context.configured} />
        {crms.includes('syncro') && <SyncroFields form={common} edit={edit} errors={commonErrors} meta={meta} />}
        {crms.includes('synax') && <SynaxFields form={common} edit={edit} errors={commonErrors} />}
        <TextField
          label={i18n.t('popup.tags')}
          value={common.tags}
          onChange={(tags) => edit((current) => ({ ...current, tags }), ['tags'])}
          problem={commonErrors.tags}
          hint={i18n.t('popup.tagsHint')}
        />
        <TextField
          label={i18n.t('popup.source')}
          value={common.source}
          onChange={(source) => edit((current) => ({ ...current, source }), ['source'])}
          problem={commonErrors.source}
        />
      </fieldset>
      <div className="actions">
        <button type="button" className="primary" disabled={bulk.busy} onClick={() => void saveAll()}>
          {i18n.t('bulk.save', count)}
        </button>
        <span className="bulk-export" role="group" aria-label={i18n.t('bulk.export')}>
          <span className="muted">{i18n.t('bulk.export')}:</span>
          <button type="button" onClick={() => exportAs('csv')}>
            {i18n.t('bulk.exportCsv')}
          </button>
          <button type="button" onClick={() => exportAs('3.0')}>
            {i18n.t('bulk.exportVcard3')}
          </button>
          <button type="button" onClick={() => exportAs('4.0')}>
            {i18n.t('bulk.exportVcard4')}
          </button>
        </span>
      </div>
      {nothing && <p role="alert">{i18n.t('bulk.nothingSelected')}</p>}
      {bulk.error && (
        <p role="alert">
          <ErrorText error={bulk.error} />
        </p>
      )}
      <BulkSummary deliveries={bulk.deliveries} skipped={skipped} onResolve={(id, choice) => void bulk.resolve(id, choice)} />
    </section>
  );
}
