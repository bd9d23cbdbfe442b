import { i18n } from '#i18n';
import type { CrmId } from '../constants/crm';
import type { FollowUpAction } from '../crm/provider';
import { SYNCRO_TASK_SUBJECT_MAX, type SyncroTaskPriority, type SyncroTaskType } from '../crm/syncro/task-fields';
import { defaultTaskSubject } from './follow-up';
import { parseAmount } from './text';
import type { FieldErrors } from './validate';

// The popup's follow-up blocks (issue 16) as plain state: what the rep typed, checked and turned
// into the task or deal the outbox sends after the record (no zod here: the popup's bundle).

export interface TaskForm {
  enabled: boolean;
  type: SyncroTaskType;
  /** null: the default for the type and the person ("Ligar para Maria Souza"), until the rep types one. */
  subject: string | null;
  dueDate: string;
  dueTime: string;
  priority: SyncroTaskPriority | '';
  assigneeId: string;
  notes: string;
}

export interface DealForm {
  enabled: boolean;
  /** null: "Deal — <name>" until the rep types one. */
  title: string | null;
  value: string;
  pipelineId: string;
  stageId: string;
}

export interface FollowUpForms {
  task: TaskForm;
  deal: DealForm;
}

export const initialFollowUps = (dueDate: string): FollowUpForms => ({
  task: { enabled: false, type: 'call', subject: null, dueDate, dueTime: '', priority: '', assigneeId: '', notes: '' },
  deal: { enabled: false, title: null, value: '', pipelineId: '', stageId: '' },
});

export const taskSubject = (task: TaskForm, name: string): string => task.subject ?? defaultTaskSubject(task.type, name);
export const dealTitle = (deal: DealForm, name: string): string => deal.title ?? i18n.t('deal.defaultTitle', [name.trim() || '—']);

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const isDay = (day: string) => DAY.test(day) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day);

/** Problems of the enabled blocks for the chosen CRMs, keyed `followUp.*` / `deal.*` like the form's own. */
export function validateFollowUps(forms: FollowUpForms, crms: readonly CrmId[], name: string): FieldErrors {
  const errors: FieldErrors = {};
  const { task, deal } = forms;
  if (crms.includes('syncro') && task.enabled) {
    const subject = taskSubject(task, name).trim();
    if (!subject) errors['followUp.subject'] = { code: 'required' };
    else if (subject.length > SYNCRO_TASK_SUBJECT_MAX) errors['followUp.subject'] = { code: 'tooLong', max: SYNCRO_TASK_SUBJECT_MAX };
    if (!isDay(task.dueDate)) errors['followUp.dueDate'] = { code: 'date' };
    if (task.dueTime && !TIME.test(task.dueTime)) errors['followUp.dueTime'] = { code: 'date' };
  }
  if (crms.includes('synax') && deal.enabled) {
    if (!dealTitle(deal, name).trim()) errors['deal.title'] = { code: 'required' };
    if (deal.value.trim() && (parseAmount(deal.value) ?? -1) < 0) errors['deal.value'] = { code: 'number' };
    if (!deal.stageId) errors['deal.stage'] = { code: 'required' };
  }
  return errors;
}

/** What each chosen CRM gets after its record (a valid form: see validateFollowUps). */
export function followUpActions(forms: FollowUpForms, name: string): Partial<Record<CrmId, FollowUpAction>> {
  const { task, deal } = forms;
  const actions: Partial<Record<CrmId, FollowUpAction>> = {};
  if (task.enabled) {
    actions.syncro = {
      kind: 'task',
      task: {
        type: task.type,
        subject: taskSubject(task, name).trim(),
        dueDate: task.dueDate,
        dueTime: task.dueTime || null,
        priority: task.priority || null,
        assigneeId: task.assigneeId ? Number(task.assigneeId) : null,
        notes: task.notes.trim() || null,
      },
    };
  }
  if (deal.enabled && deal.stageId) {
    actions.synax = { kind: 'deal', deal: { title: dealTitle(deal, name).trim(), value: deal.value.trim() ? parseAmount(deal.value) : null, stageId: deal.stageId } };
  }
  return actions;
}
