// Task enums of syncro.md §7.5 as plain constants: the popup needs them and must not load zod.

/** In the order the follow-up form offers them (the most common first). */
export const SYNCRO_TASK_TYPES = ['call', 'whatsapp', 'email', 'meeting', 'visit', 'task'] as const;
export type SyncroTaskType = (typeof SYNCRO_TASK_TYPES)[number];

export const SYNCRO_TASK_PRIORITIES = ['low', 'medium', 'high'] as const;
export type SyncroTaskPriority = (typeof SYNCRO_TASK_PRIORITIES)[number];

/** [A] §8.17 gives no length for `subject`; 255 is the string column Laravel validates elsewhere (the mock does too). */
export const SYNCRO_TASK_SUBJECT_MAX = 255;
