import type { ReactNode } from 'react';
import { i18n } from '#i18n';
import { MAX_PHONES } from '@/utils/popup/form';
import { lacksCountryCode } from '@/utils/phone/captured';
import { checkPhone } from '@/utils/phone/parse';
import { isEmail } from '@/utils/popup/text';
import type { OriginField } from '@/utils/popup/origins';
import type { Problem } from '@/utils/popup/validate';
import { TextField } from './TextField';
import type { SectionProps } from './types';

interface PersonFieldsProps extends SectionProps {
  country: string;
  /** Problems found when leaving a field, before any save (phone, e-mail). */
  onBlurProblem: (key: string, problem: Problem | null) => void;
  phoneRequired: boolean;
  /** A WhatsApp chat whose number could not be read: the cursor waits in the phone field. */
  focusPhone?: boolean;
  /** Where a field's current value came from (ValueSource), on its label line. */
  sourceOf?: (field: OriginField, value: string) => ReactNode;
}

/** Name, phones, e-mail, company, notes, tags and source: what both CRMs keep about a person. */
export function PersonFields({ form, edit, errors, country, onBlurProblem, phoneRequired, focusPhone = false, sourceOf }: PersonFieldsProps) {
  const setText = (key: 'name' | 'email' | 'company' | 'notes' | 'tags' | 'source') => (value: string) => edit((current) => ({ ...current, [key]: value }), [key]);
  const setPhone = (index: number, value: string) =>
    edit((current) => ({ ...current, phones: current.phones.map((phone, i) => (i === index ? value : phone)) }), [`phone.${index}`]);

  function onPhoneBlur(index: number) {
    const check = checkPhone(form.phones[index] ?? '', country);
    onBlurProblem(`phone.${index}`, check.kind === 'invalid' ? { code: 'phone' } : null);
    // Shown formatted for reading once it is valid; sent as E.164 when saving.
    if (check.kind === 'valid' && check.readable !== form.phones[index]) setPhone(index, check.readable);
  }

  const removePhone = (index: number) =>
    edit(
      (current) => ({ ...current, phones: current.phones.filter((_, i) => i !== index) }),
      form.phones.map((_, i) => `phone.${i}`),
    );

  return (
    <>
      <TextField
        label={i18n.t('popup.name')}
        value={form.name}
        onChange={setText('name')}
        problem={errors.name}
        required
        autoFocus={!focusPhone}
        autoComplete="off"
        fieldKey="name"
        badge={sourceOf?.('name', form.name)}
      />
      {form.phones.map((phone, index) => (
        <TextField
          key={index}
          label={index === 0 ? i18n.t('popup.phone') : i18n.t('popup.phoneN', [index + 1])}
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={phone}
          autoFocus={index === 0 && focusPhone}
          required={index === 0 && phoneRequired}
          problem={errors[`phone.${index}`]}
          fieldKey={`phone.${index}`}
          badge={sourceOf?.('phone', phone)}
          onChange={(value) => setPhone(index, value)}
          onBlur={() => onPhoneBlur(index)}
          hint={lacksCountryCode(phone, country) ? i18n.t('popup.addCountryCode') : undefined}
          after={
            index > 0 && (
              <button type="button" className="icon" aria-label={i18n.t('popup.removePhone', [index + 1])} onClick={() => removePhone(index)}>
                ×
              </button>
            )
          }
        />
      ))}
      {form.phones.length < MAX_PHONES && (
        <button type="button" className="link" onClick={() => edit((current) => ({ ...current, phones: [...current.phones, ''] }), [])}>
          <span aria-hidden="true">+ </span>
          {i18n.t('popup.addPhone')}
        </button>
      )}
      <TextField
        label={i18n.t('popup.email')}
        type="email"
        inputMode="email"
        autoComplete="off"
        value={form.email}
        problem={errors.email}
        fieldKey="email"
        badge={sourceOf?.('email', form.email)}
        onChange={setText('email')}
        onBlur={() => onBlurProblem('email', form.email.trim() && !isEmail(form.email.trim()) ? { code: 'email' } : null)}
      />
      <TextField label={i18n.t('popup.company')} value={form.company} onChange={setText('company')} problem={errors.company} fieldKey="company" autoComplete="off" />
      <TextField label={i18n.t('popup.notes')} value={form.notes} onChange={setText('notes')} problem={errors.notes} fieldKey="notes" multiline hint={i18n.t('popup.notesHint')} />
      <div className="two-columns">
        <TextField
          label={i18n.t('popup.tags')}
          value={form.tags}
          onChange={setText('tags')}
          problem={errors.tags}
          fieldKey="tags"
          hint={i18n.t('popup.tagsHint')}
          autoComplete="off"
        />
        <TextField label={i18n.t('popup.source')} value={form.source} onChange={setText('source')} problem={errors.source} fieldKey="source" autoComplete="off" />
      </div>
    </>
  );
}
