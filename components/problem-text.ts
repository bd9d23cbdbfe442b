import { i18n } from '#i18n';
import { CRM_LABELS } from '@/utils/constants/crm';
import type { Problem } from '@/utils/popup/validate';

/** The sentence shown next to a field. */
export function problemText(problem: Problem): string {
  switch (problem.code) {
    case 'tooLong':
    case 'tooMany':
      return i18n.t(`popup.problem.${problem.code}`, [problem.max]);
    case 'server':
      return i18n.t('popup.problem.server', [CRM_LABELS[problem.crm], problem.messages.join(' ')]);
    default:
      return i18n.t(`popup.problem.${problem.code}`);
  }
}
