import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import { ask } from '@/utils/messaging/client';
import { chooseContact, destinationCrms, initialForm, type FormState } from '@/utils/popup/form';
import { withPipelineDefaults } from '@/utils/popup/pipelines';
import { validateForm, type FieldErrors, type FormContext, type Problem } from '@/utils/popup/validate';
import { followUpActions, validateFollowUps } from '@/utils/popup/follow-up-form';
import { ContactPicker } from './ContactPicker';
import { DealFields } from './DealFields';
import { FollowUpOutcomes } from './FollowUpOutcomes';
import { FollowUpTaskFields } from './FollowUpTaskFields';
import { useFollowUps } from './use-follow-ups';
import { DestinationPicker } from './DestinationPicker';
import { PersonFields } from './PersonFields';
import { SaveOutcomes } from './SaveOutcomes';
import { SelectionNote } from './SelectionNote';
import { SynaxFields } from './SynaxFields';
import { SyncroFields } from './SyncroFields';
import type { Edit } from './types';
import { useDraftAutosave } from './use-draft-autosave';
import type { ReadySession } from './use-popup-session';
import { useSaveFlow } from './use-save-flow';
import { useSyncroMeta } from './use-syncro-meta';
import { ValueSource } from './ValueSource';
import { originOfField, type OriginField } from '@/utils/popup/origins';
import { WhatsappAddNumber } from './WhatsappAddNumber';
import { WhatsappNotice } from './WhatsappNotice';
import { IdentityFieldNotice } from './IdentityFieldNotice';

const NOTICE_TEXT = {
  empty: 'popup.noContacts',
  restricted: 'popup.restricted',
  unavailable: 'popup.unavailable',
  expired: 'popup.captureExpired',
} as const;

const without = (errors: FieldErrors, keys: string[]): FieldErrors =>
  keys.some((key) => key in errors) ? Object.fromEntries(Object.entries(errors).filter(([key]) => !keys.includes(key))) : errors;

/** The capture as an editable record, and what happened when it was sent. */
export function RecordForm({ session }: { session: ReadySession }) {
  const { context, capture, draftKey } = session;
  const country = context.settings.defaultCountry;
  const [form, setForm] = useState<FormState>(session.form);
  const [edits, setEdits] = useState(0);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [focusRequest, setFocusRequest] = useState(0);
  const [restored, setRestored] = useState(session.restored);
  const formRef = useRef<HTMLFormElement>(null);
  const crms = destinationCrms(form.destination);
  const meta = useSyncroMeta(context.configured.syncro);
  const kept = useDraftAutosave(draftKey, form, edits);
  const followUps = useFollowUps(context.configured, (keys) => setErrors((current) => without(current, keys)));

  const edit: Edit = (change, clears) => {
    setForm(change);
    setEdits((count) => count + 1);
    setErrors((current) => without(current, clears));
  };
  const flow = useSaveFlow({
    draftKey,
    lid: capture.whatsapp?.lid ?? null,
    deliveries: context.deliveries,
    onSaved: (crm, record) => setForm((current) => ({ ...current, saved: { ...current.saved, [crm]: record } })),
    onFieldErrors: (found) => setErrors((current) => ({ ...current, ...found })),
  });

  const ctx: FormContext = useMemo(
    () => ({
      country,
      syncro: meta.meta && { pipelines: meta.meta.pipelines, customFields: meta.meta.customFields },
      otherPhonesLabel: i18n.t('popup.otherPhones'),
      identityField: context.settings.syncroIdentityField,
    }),
    [country, meta.meta, context.settings.syncroIdentityField],
  );

  // The benchmark's end point (scripts/bench/popup.ts): the form shows the capture or the draft.
  useEffect(() => void performance.mark('form-filled'), []);
  useEffect(() => {
    if (meta.meta) setForm((current) => withPipelineDefaults(current, meta.meta!.pipelines));
  }, [meta.meta]);
  useEffect(() => {
    if (focusRequest) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (flow.busy) return;
    const found = { ...validateForm(form, ctx), ...validateFollowUps(followUps.forms, crms, form.name) };
    setErrors(found);
    if (Object.keys(found).length) return setFocusRequest((count) => count + 1);
    flow.start(form, ctx, followUpActions(followUps.forms, form.name));
  }

  const sourceOf = (field: OriginField, value: string) => (
    <ValueSource origin={originOfField(capture, form.contactIndex, field, value, country)} field={field} value={value} tabId={session.tabId} />
  );
  const onBlurProblem = (key: string, problem: Problem | null) => setErrors((current) => (problem ? { ...current, [key]: problem } : without(current, [key])));

  function startOver() {
    if (draftKey) void ask('DISCARD_DRAFT', { key: draftKey });
    setForm(initialForm({ capture, settings: context.settings, remembered: context.remembered, configured: context.configured }));
    setEdits(0);
    setErrors({});
    setRestored(false);
    flow.reset();
  }

  function pickContact(index: number) {
    edit((current) => chooseContact(current, capture, index, country), ['name', 'email', 'company', ...form.phones.map((_, i) => `phone.${i}`)]);
    flow.reset();
  }

  const allSaved = crms.every((crm) => form.saved[crm]);
  return (
    <>
      {session.notice && <p className="notice">{i18n.t(NOTICE_TEXT[session.notice])}</p>}
      {restored && (
        <p className="notice">
          {i18n.t('popup.draftRestored')}{' '}
          <button type="button" className="link" onClick={startOver}>
            {i18n.t('popup.startOver')}
          </button>
        </p>
      )}
      <WhatsappNotice note={capture.whatsapp} synax={crms.includes('synax') && !form.phones.some((phone) => phone.trim())} />
      <WhatsappAddNumber note={capture.whatsapp} phone={capture.contacts[0]?.phones[0] ?? null} page={form.page} country={country} />
      <ContactPicker capture={capture} selected={form.contactIndex} country={country} onPick={pickContact} />
      <form ref={formRef} onSubmit={onSubmit} noValidate>
        <PersonFields
          form={form}
          edit={edit}
          errors={errors}
          country={country}
          onBlurProblem={onBlurProblem}
          phoneRequired={crms.includes('synax')}
          focusPhone={Boolean(capture.whatsapp?.phoneWhy) && !form.phones[0]}
          sourceOf={sourceOf}
        />
        <SelectionNote form={form} edit={edit} tabId={session.tabId} addedOnOpen={session.selectionAdded} />
        <DestinationPicker form={form} edit={edit} configured={context.configured} />
        {crms.includes('syncro') && <SyncroFields form={form} edit={edit} errors={errors} meta={meta} />}
        {crms.includes('syncro') && <IdentityFieldNotice field={context.settings.syncroIdentityField} note={capture.whatsapp} meta={meta} />}
        {crms.includes('synax') && <SynaxFields form={form} edit={edit} errors={errors} />}
        {crms.includes('syncro') && <FollowUpTaskFields followUps={followUps} name={form.name} errors={errors} />}
        {crms.includes('synax') && <DealFields followUps={followUps} name={form.name} errors={errors} />}
        <div className="actions">
          <button type="submit" className="primary" disabled={flow.busy}>
            {i18n.t('popup.save')}
          </button>
          {allSaved && !restored && (
            <button type="button" onClick={startOver}>
              {i18n.t('popup.startOver')}
            </button>
          )}
          {kept && edits > 0 && !allSaved && <span className="muted draft-kept">{i18n.t('popup.draftSaved')}</span>}
        </div>
      </form>
      <SaveOutcomes
        outcomes={flow.outcomes}
        onUpdate={flow.update}
        onCreateAnyway={flow.createAnyway}
        onFollowUpOnly={flow.followUpOnly}
        hasFollowUp={flow.hasFollowUp}
        whatsapp={Boolean(capture.whatsapp)}
      />
      <FollowUpOutcomes ids={flow.followUps} />
    </>
  );
}
