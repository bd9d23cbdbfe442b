import { i18n } from '#i18n';
import { SYNCRO_TASK_SUBJECT_MAX, type SyncroTaskType } from '../crm/syncro/task-fields';

// Pure helpers for the popup's follow-up block (issue 16): the subject it suggests and the
// due-date quick picks. Dates are calendar days `YYYY-MM-DD`, as Syncro's `due_date` (syncro.md §8.17).

/** The type's name in the rep's language ("Ligação", "Call"). */
export function taskTypeLabel(type: SyncroTaskType): string {
  return i18n.t(`followUp.type.${type}`);
}

/**
 * "Ligar para Maria Souza" / "Call Maria Souza". With nobody to name, the type's name alone; a name
 * too long for the subject is shortened, never the verb.
 */
export function defaultTaskSubject(type: SyncroTaskType, who: string | null): string {
  const name = (who ?? '').replace(/\s+/g, ' ').trim();
  if (name === '') return taskTypeLabel(type);
  const subject = i18n.t(`followUp.subject.${type}`, [name]);
  if (subject.length <= SYNCRO_TASK_SUBJECT_MAX) return subject;
  const room = name.length - (subject.length - SYNCRO_TASK_SUBJECT_MAX) - 1;
  return i18n.t(`followUp.subject.${type}`, [`${name.slice(0, room).trimEnd()}…`]);
}

export const DUE_QUICK_PICKS = ['today', 'tomorrow', 'in3Days', 'nextMonday'] as const;
export type DueQuickPick = (typeof DUE_QUICK_PICKS)[number];

export function dueQuickPickLabel(pick: DueQuickPick): string {
  return i18n.t(`followUp.due.${pick}`);
}

/**
 * The day each quick pick stands for, counted from the rep's calendar day at `now` in `timeZone`
 * (an IANA name, e.g. America/Sao_Paulo): at 22:00 in São Paulo it is already tomorrow in UTC.
 * "Next Monday" is the first Monday after today: a week on when today is a Monday.
 */
export function dueQuickPickDates(now: Date, timeZone: string): Record<DueQuickPick, string> {
  const today = calendarDay(now, timeZone);
  const weekday = new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay();
  const daysToMonday = (8 - weekday) % 7 || 7;
  const plus = (days: number): string => ymd(new Date(Date.UTC(today.year, today.month - 1, today.day + days)));
  return { today: plus(0), tomorrow: plus(1), in3Days: plus(3), nextMonday: plus(daysToMonday) };
}

interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

function calendarDay(now: Date, timeZone: string): CalendarDay {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' }).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day'): number => Number(parts.find((candidate) => candidate.type === type)?.value);
  return { year: part('year'), month: part('month'), day: part('day') };
}

function ymd(date: Date): string {
  return date.toISOString().slice(0, 10);
}
