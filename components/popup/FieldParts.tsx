import type { ReactNode } from 'react';
import { problemText } from '@/components/problem-text';
import type { Problem } from '@/utils/popup/validate';

/** A field's label, with the visual mark of a required one (the control says it with aria-required); `extra` follows on the same line. */
export function FieldLabel({ htmlFor, label, required, extra }: { htmlFor: string; label: string; required?: boolean; extra?: ReactNode }) {
  return (
    <div className="label-line">
      <label htmlFor={htmlFor}>{label}</label>
      {required && (
        <span aria-hidden="true" className="required-mark">
          *
        </span>
      )}
      {extra}
    </div>
  );
}

/** The sentence under a field that cannot be sent as it is; `id` is what the control's aria-describedby names. */
export function FieldProblem({ id, problem }: { id: string; problem: Problem | undefined }) {
  if (!problem) return null;
  return (
    <p id={id} className="field-error">
      {problemText(problem)}
    </p>
  );
}
