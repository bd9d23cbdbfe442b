import { i18n } from '#i18n';
import { SYNCRO_TASK_PRIORITIES, SYNCRO_TASK_TYPES, type SyncroTaskPriority, type SyncroTaskType } from '@/utils/crm/syncro/task-fields';
import { DUE_QUICK_PICKS, dueQuickPickLabel, taskTypeLabel } from '@/utils/popup/follow-up';
import { taskSubject } from '@/utils/popup/follow-up-form';
import type { FieldErrors } from '@/utils/popup/validate';
import { errorText } from '@/utils/ui/error-text';
import { SelectField } from './SelectField';
import { TextField } from './TextField';
import type { FollowUps } from './use-follow-ups';

/**
 * The optional follow-up task for Syncro (syncro.md §8.17), collapsed until the rep asks for it.
 * A key without tasks:write (its last connection test) gets an explanation instead of the fields.
 */
export function FollowUpTaskFields({ followUps, name, errors }: { followUps: FollowUps; name: string; errors: FieldErrors }) {
  const { forms, setTask, dates, syncroMeta } = followUps;
  const task = forms.task;
  const blocked = syncroMeta.missingScope;
  return (
    <fieldset className="crm-section follow-up" data-block="follow-up-task">
      <legend>{i18n.t('followUp.legend')}</legend>
      <label className="check">
        <input type="checkbox" checked={task.enabled} onChange={(event) => setTask({ enabled: event.target.checked })} />
        {i18n.t('followUp.add')}
      </label>
      {task.enabled && blocked && (
        <p className="warn-text" role="note">
          {i18n.t('followUp.noScope', [blocked])}
        </p>
      )}
      {task.enabled && !blocked && (
        <>
          <div className="two-columns">
            <SelectField
              label={i18n.t('followUp.typeLabel')}
              value={task.type}
              options={SYNCRO_TASK_TYPES.map((type) => ({ value: type, label: taskTypeLabel(type) }))}
              onChange={(value) => setTask({ type: value as SyncroTaskType })}
              fieldKey="followUp.type"
            />
            <SelectField
              label={i18n.t('followUp.priorityLabel')}
              value={task.priority}
              options={[
                { value: '', label: i18n.t('followUp.priority.none') },
                ...SYNCRO_TASK_PRIORITIES.map((level) => ({ value: level, label: i18n.t(`followUp.priority.${level}`) })),
              ]}
              onChange={(value) => setTask({ priority: value as SyncroTaskPriority | '' })}
              fieldKey="followUp.priority"
            />
          </div>
          <TextField
            label={i18n.t('followUp.subjectLabel')}
            value={taskSubject(task, name)}
            onChange={(subject) => setTask({ subject }, ['followUp.subject'])}
            problem={errors['followUp.subject']}
            required
            fieldKey="followUp.subject"
          />
          <div className="two-columns">
            <TextField
              label={i18n.t('followUp.dueLabel')}
              type="date"
              value={task.dueDate}
              onChange={(dueDate) => setTask({ dueDate }, ['followUp.dueDate'])}
              problem={errors['followUp.dueDate']}
              required
              fieldKey="followUp.dueDate"
            />
            <TextField
              label={i18n.t('followUp.timeLabel')}
              type="time"
              value={task.dueTime}
              onChange={(dueTime) => setTask({ dueTime }, ['followUp.dueTime'])}
              problem={errors['followUp.dueTime']}
              fieldKey="followUp.dueTime"
            />
          </div>
          <div className="quick-picks" role="group" aria-label={i18n.t('followUp.quickPicks')}>
            {DUE_QUICK_PICKS.map((pick) => (
              <button key={pick} type="button" className="chip" aria-pressed={task.dueDate === dates[pick]} onClick={() => setTask({ dueDate: dates[pick] }, ['followUp.dueDate'])}>
                {dueQuickPickLabel(pick)}
              </button>
            ))}
          </div>
          <SelectField
            label={i18n.t('followUp.assigneeLabel')}
            value={task.assigneeId}
            options={[{ value: '', label: i18n.t('followUp.unassigned') }, ...(syncroMeta.meta?.users ?? []).map((user) => ({ value: String(user.id), label: user.name }))]}
            onChange={(assigneeId) => setTask({ assigneeId })}
            note={syncroMeta.warning ? i18n.t('followUp.usersWarning', [errorText(syncroMeta.warning)]) : undefined}
            fieldKey="followUp.assignee"
          />
          <TextField label={i18n.t('followUp.notesLabel')} value={task.notes} multiline onChange={(notes) => setTask({ notes })} fieldKey="followUp.notes" />
          <p className="help">{i18n.t('followUp.sentAfter')}</p>
        </>
      )}
    </fieldset>
  );
}
