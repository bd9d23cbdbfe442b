import type { AppError } from '@/utils/crm/app-error';
import { errorText } from '@/utils/ui/error-text';

/** The translated sentence for an error: what happened and what to do. */
export function ErrorText({ error }: { error: AppError }) {
  return <>{errorText(error)}</>;
}
