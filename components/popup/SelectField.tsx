import { useId } from 'react';
import { i18n } from '#i18n';
import type { Problem } from '@/utils/popup/validate';
import { problemText } from '@/components/problem-text';

interface SelectFieldProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
  problem?: Problem;
  /** A problem the field cannot be used without (e.g. the pipelines could not be read). */
  note?: string;
  required?: boolean;
  /** Offer an empty "Choose…" entry. */
  placeholder?: boolean;
  disabled?: boolean;
  fieldKey?: string;
}

export function SelectField({ label, value, options, onChange, problem, note, required, placeholder, disabled, fieldKey }: SelectFieldProps) {
  const id = useId();
  const describedBy = [problem ? `${id}-error` : '', note ? `${id}-note` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <div className="label-line">
        <label htmlFor={id}>{label}</label>
        {required && <span aria-hidden="true" className="required-mark">*</span>}
      </div>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-invalid={problem ? true : undefined}
        aria-required={required || undefined}
        aria-describedby={describedBy}
        data-field={fieldKey}
        onChange={(event) => onChange(event.target.value)}
      >
        {(placeholder || !options.some((option) => option.value === value)) && <option value="">{i18n.t('popup.choose')}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {problem && (
        <p id={`${id}-error`} className="field-error">
          {problemText(problem)}
        </p>
      )}
      {note && (
        <p id={`${id}-note`} className="field-error">
          {note}
        </p>
      )}
    </div>
  );
}
