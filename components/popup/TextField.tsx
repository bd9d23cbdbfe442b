import { useId, type ChangeEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { Problem } from '@/utils/popup/validate';
import { FieldLabel, FieldProblem } from './FieldParts';

interface TextFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  problem?: Problem;
  hint?: string;
  type?: 'text' | 'email' | 'tel' | 'date' | 'time';
  multiline?: boolean;
  required?: boolean;
  autoFocus?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'tel' | 'email' | 'decimal';
  onBlur?: () => void;
  /** Extra controls after the input (e.g. a remove button). */
  after?: ReactNode;
  /** Shown on the label's line (e.g. where the value came from). */
  badge?: ReactNode;
  fieldKey?: string;
}

/**
 * A labelled input whose problem is shown right under it and announced with it
 * (aria-invalid + aria-describedby). Captured text only ever reaches `value`, never markup.
 */
export function TextField({ label, value, onChange, problem, hint, type = 'text', multiline, required, after, badge, fieldKey, ...rest }: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [problem ? errorId : '', hint ? hintId : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    'aria-required': required || undefined,
    'data-field': fieldKey,
    onChange: (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => onChange(event.target.value),
    ...rest,
  };
  const onTextareaKey = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Enter is a new line in notes; Ctrl/⌘+Enter saves like Enter elsewhere.
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      event.currentTarget.form?.requestSubmit();
    }
  };
  return (
    <div className="field">
      <FieldLabel htmlFor={id} label={label} required={required} extra={badge} />
      <div className="field-row">
        {multiline ? <textarea rows={3} {...common} onKeyDown={onTextareaKey} /> : <input type={type} {...common} />}
        {after}
      </div>
      <FieldProblem id={errorId} problem={problem} />
      {hint && (
        <p id={hintId} className="help">
          {hint}
        </p>
      )}
    </div>
  );
}
