import { useId, useState, type FormEvent } from 'react';
import { i18n } from '#i18n';
import type { ContactDraft } from '@/utils/crm/provider';
import type { DeliveryView } from '@/utils/outbox/schema';
import { checkPhone, readablePhone } from '@/utils/phone/parse';
import { isEmail } from '@/utils/popup/text';

interface DeliveryEditorProps {
  delivery: DeliveryView;
  country: string;
  onSend: (contact: ContactDraft) => void;
  onCancel: () => void;
}

type Field = 'name' | 'phone' | 'email' | 'company' | 'notes';
const LIMITS: Record<Field, number> = { name: 255, phone: 40, email: 191, company: 255, notes: 2000 };

/** Fixes what the CRM refused (name, phone, e-mail, company, notes) and sends it again. */
export function DeliveryEditor({ delivery, country, onSend, onCancel }: DeliveryEditorProps) {
  const id = useId();
  const { contact } = delivery;
  const [values, setValues] = useState<Record<Field, string>>({
    name: contact.name,
    phone: contact.phones[0] ? readablePhone(contact.phones[0], country) : '',
    email: contact.email ?? '',
    company: contact.company ?? '',
    notes: contact.notes ?? '',
  });
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});

  function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    const phone = checkPhone(values.phone, country);
    if (!values.name.trim()) found.name = i18n.t('popup.problem.required');
    if (phone.kind === 'invalid') found.phone = i18n.t('popup.problem.phone');
    // synax.md §4.2: a Synax contact cannot exist without a phone.
    if (phone.kind === 'empty' && delivery.crm === 'synax') found.phone = i18n.t('popup.problem.required');
    if (values.email.trim() && !isEmail(values.email.trim())) found.email = i18n.t('popup.problem.email');
    setProblems(found);
    if (Object.keys(found).length) return;
    const phones = phone.kind === 'valid' ? [phone.e164, ...contact.phones.slice(1).filter((other) => other !== phone.e164)] : contact.phones.slice(1);
    const text = (field: Field) => values[field].trim() || null;
    onSend({ ...contact, name: values.name.trim(), phones, email: text('email')?.toLowerCase() ?? null, company: text('company'), notes: text('notes') });
  }

  const field = (name: Field, label: string, multiline = false) => {
    const problemId = `${id}-${name}-problem`;
    const props = {
      id: `${id}-${name}`,
      value: values[name],
      maxLength: LIMITS[name],
      'aria-invalid': problems[name] ? true : undefined,
      'aria-describedby': problems[name] ? problemId : undefined,
      onChange: (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value })),
    };
    return (
      <div className="editor-field">
        <label htmlFor={props.id}>{label}</label>
        {multiline ? <textarea rows={3} {...props} /> : <input type={name === 'email' ? 'email' : 'text'} {...props} />}
        {problems[name] && (
          <p id={problemId} className="failed">
            {problems[name]}
          </p>
        )}
      </div>
    );
  };

  return (
    <form className="delivery-editor" aria-label={i18n.t('outbox.editing')} onSubmit={submit} noValidate>
      <p className="muted">{i18n.t('outbox.editing')}</p>
      {field('name', i18n.t('popup.name'))}
      {field('phone', i18n.t('popup.phone'))}
      {field('email', i18n.t('popup.email'))}
      {field('company', i18n.t('popup.company'))}
      {field('notes', i18n.t('popup.notes'), true)}
      <div className="editor-actions">
        <button type="submit" className="primary">
          {i18n.t('outbox.saveAndSend')}
        </button>
        <button type="button" onClick={onCancel}>
          {i18n.t('outbox.cancel')}
        </button>
      </div>
    </form>
  );
}
