// Syncro endpoints around the leads: account, users, pipelines, custom fields (syncro.md §8.1–§8.4),
// tasks (§8.16–§8.17), WhatsApp instances (§8.18) and webhook subscriptions (§8.20).
import { randomBytes } from 'node:crypto';
import { reply } from './common';
import { isArray, isDate, isDateYmd, isInteger, isString, isTimeHm, isUrl, maxChars, oneOf, satisfies, validate, validationFailed, type FieldRule } from './laravel-validation';
import { ACCOUNT, LOST_REASONS, SUPPORTED_WEBHOOK_EVENTS, USERS, WHATSAPP_INSTANCES } from './syncro-fixtures';
import { listParam, paginate, PAGINATION_RULES } from './syncro-query';
import { isoNow, modelNotFound, userExists, type SyncroHandler, type SyncroState } from './syncro-state';
import type { SyncroTask, SyncroTaskType, SyncroWebhook } from './syncro-types';

const TASK_TYPES = ['call', 'email', 'task', 'visit', 'whatsapp', 'meeting'];
const TASK_STATUSES = ['pending', 'completed'];
const TASK_PRIORITIES = ['low', 'medium', 'high'];

export const showAccount: SyncroHandler = () => reply(200, { success: true, account: ACCOUNT });

export const listUsers: SyncroHandler = () => reply(200, { success: true, data: USERS });

export const listPipelines: SyncroHandler = ({ state }) => reply(200, { success: true, pipelines: state.pipelines, lost_reasons: LOST_REASONS });

/** §8.4: `active_only` read as Laravel's $request->boolean(). */
export const listCustomFields: SyncroHandler = ({ state, query }) => {
  const activeOnly = ['1', 'true', 'on', 'yes'].includes(String(query.active_only ?? '').toLowerCase());
  const fields = state.customFields.filter((field) => !activeOnly || field.is_active);
  return reply(200, { success: true, data: [...fields].sort((a, b) => a.sort_order - b.sort_order) });
};

export const listWhatsappInstances: SyncroHandler = () => reply(200, { success: true, data: WHATSAPP_INSTANCES });

const TASK_LIST_RULES: readonly FieldRule[] = [
  ...PAGINATION_RULES,
  { field: 'lead_id', presence: 'nullable', checks: [isInteger] },
  { field: 'assigned_to', presence: 'nullable', checks: [isInteger] },
  { field: 'status', presence: 'nullable', checks: [oneOf(TASK_STATUSES)] },
  { field: 'type', presence: 'nullable', checks: [oneOf(TASK_TYPES)] },
  { field: 'priority', presence: 'nullable', checks: [oneOf(TASK_PRIORITIES)] },
  { field: 'due_from', presence: 'nullable', checks: [isDate] },
  { field: 'due_to', presence: 'nullable', checks: [isDate] },
];

/** §8.16; list items carry the subset shown in the docs' example (§7.5). */
export const listTasks: SyncroHandler = ({ state, query }) => {
  const errors = validate(query, TASK_LIST_RULES);
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const equals = (field: 'lead_id' | 'assigned_to' | 'status' | 'type' | 'priority', task: SyncroTask): boolean =>
    query[field] == null || String(task[field]) === String(query[field]);
  const matching = state.tasks
    .filter((task) => (['lead_id', 'assigned_to', 'status', 'type', 'priority'] as const).every((field) => equals(field, task)))
    .filter((task) => typeof query.due_from !== 'string' || task.due_date >= query.due_from.slice(0, 10))
    .filter((task) => typeof query.due_to !== 'string' || task.due_date <= query.due_to.slice(0, 10))
    .sort((a, b) => a.due_date.localeCompare(b.due_date) || a.id - b.id);
  const { data, meta } = paginate(matching, query);
  const summaries = data.map(({ id, subject, type, status, priority, due_date, lead_id }) => ({ id, subject, type, status, priority, due_date, lead_id }));
  return reply(200, { success: true, data: summaries, meta });
};

/** §8.17; the 201 body is [A] `{success, data: Task}`. */
export const createTask: SyncroHandler = ({ state, input }) => {
  const errors = validate(input, [
    { field: 'subject', presence: 'required', checks: [isString, maxChars(255)] },
    { field: 'type', presence: 'required', checks: [oneOf(TASK_TYPES)] },
    { field: 'due_date', presence: 'required', checks: [isDateYmd] },
    { field: 'description', presence: 'nullable', checks: [isString] },
    { field: 'priority', presence: 'nullable', checks: [oneOf(TASK_PRIORITIES)] },
    { field: 'due_time', presence: 'nullable', checks: [isTimeHm] },
    { field: 'lead_id', presence: 'nullable', checks: [isInteger, satisfies((id) => state.leads.some((lead) => lead.id === Number(id)))] },
    { field: 'assigned_to', presence: 'nullable', checks: [isInteger, satisfies(userExists)] },
    { field: 'notes', presence: 'nullable', checks: [isString] },
  ]);
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const now = isoNow();
  const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
  const id = (value: unknown): number | null => (value == null ? null : Number(value));
  const task: SyncroTask = {
    id: state.nextId.task++,
    subject: String(input.subject),
    description: text(input.description),
    type: input.type as SyncroTaskType, // validated against TASK_TYPES
    status: 'pending',
    priority: (text(input.priority) ?? 'medium') as SyncroTask['priority'], // [A] default priority
    due_date: String(input.due_date),
    due_time: text(input.due_time),
    completed_at: null,
    lead_id: id(input.lead_id),
    assigned_to: id(input.assigned_to),
    notes: text(input.notes),
    created_at: now,
    updated_at: now,
  };
  state.tasks.push(task);
  return reply(201, { success: true, data: serializeTask(state, task) });
};

function serializeTask(state: SyncroState, task: SyncroTask): Record<string, unknown> {
  const lead = state.leads.find((candidate) => candidate.id === task.lead_id);
  const user = USERS.find((candidate) => candidate.id === task.assigned_to);
  const today = new Date().toISOString().slice(0, 10);
  return {
    id: task.id,
    subject: task.subject,
    description: task.description,
    type: task.type,
    status: task.status,
    priority: task.priority,
    due_date: task.due_date,
    due_time: task.due_time,
    completed_at: task.completed_at,
    lead_id: task.lead_id,
    lead: lead === undefined ? null : { id: lead.id, name: lead.name, phone: lead.phone, email: lead.email },
    assigned_to: task.assigned_to,
    assigned_user: user === undefined ? null : { id: user.id, name: user.name },
    notes: task.notes,
    is_overdue: task.status === 'pending' && task.due_date < today,
    created_at: task.created_at,
    updated_at: task.updated_at,
  };
}

/** §8.20: list view (§7.8) — never the secret. */
export const listWebhooks: SyncroHandler = ({ state }) => {
  const data = state.webhooks.map(({ secret: _secret, last_failure_reason: _reason, ...listView }) => listView);
  return reply(200, { success: true, data, supported_events: SUPPORTED_WEBHOOK_EVENTS });
};

/** §8.20: detail view, flat (no `data` wrapper), never the secret. */
export const showWebhook: SyncroHandler = ({ state, params }) => {
  const webhook = state.webhooks.find((candidate) => String(candidate.id) === params.id);
  if (webhook === undefined) return modelNotFound('WebhookSubscription', params.id);
  const { secret: _secret, created_at: _createdAt, ...detail } = webhook;
  return reply(200, { success: true, ...detail });
};

/** §8.20: the only answer that carries the secret. */
export const createWebhook: SyncroHandler = ({ state, input }) => {
  const errors = validate(input, [
    { field: 'target_url', presence: 'required', checks: [isUrl] },
    { field: 'events', presence: 'required', checks: [isArray] },
    { field: 'events.*', presence: 'present', checks: [oneOf(SUPPORTED_WEBHOOK_EVENTS)] },
    { field: 'source', presence: 'nullable', checks: [oneOf(['api', 'n8n'])] },
    { field: 'secret', presence: 'nullable', checks: [isString, maxChars(255)] },
  ]);
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const webhook: SyncroWebhook = {
    id: state.nextId.webhook++,
    target_url: String(input.target_url),
    events: listParam(input.events),
    source: input.source === 'n8n' ? 'n8n' : 'api',
    is_active: true,
    failure_count: 0,
    last_success_at: null,
    last_failure_at: null,
    last_failure_reason: null,
    created_at: isoNow(),
    secret: typeof input.secret === 'string' ? input.secret : randomBytes(32).toString('hex'),
  };
  state.webhooks.push(webhook);
  return reply(201, { success: true, id: webhook.id, secret: webhook.secret, events: webhook.events });
};
