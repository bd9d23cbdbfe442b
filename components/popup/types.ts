import type { FormState } from '@/utils/popup/form';
import type { FieldErrors } from '@/utils/popup/validate';

/** A user edit: the change, and the error keys it makes obsolete. */
export type Edit = (change: (form: FormState) => FormState, clears: string[]) => void;

export interface SectionProps {
  form: FormState;
  edit: Edit;
  errors: FieldErrors;
}
