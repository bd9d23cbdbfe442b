// Lead endpoints of the Syncro mock (syncro.md §8.5–§8.13).
import { reply, type MockReply } from './common';
import { atLeast, isDate, isInteger, isNumeric, satisfies, validate, validationFailed, type FieldRule, type Input } from './laravel-validation';
import { LOST_REASONS } from './syncro-fixtures';
import { buildLead, leadAsInput, leadRules, placement, requiredCustomFieldRules, serializeLead } from './syncro-lead-input';
import { calendarDate, listParam, paginate, PAGINATION_RULES } from './syncro-query';
import { findLead, findStage, isoNow, modelNotFound, type SyncroHandler, type SyncroState } from './syncro-state';
import type { SyncroLead, SyncroStage } from './syncro-types';

const LIST_RULES: readonly FieldRule[] = [
  ...PAGINATION_RULES,
  ...['pipeline_id', 'stage_id', 'assigned_to'].map((field): FieldRule => ({ field, presence: 'nullable', checks: [isInteger] })),
  ...['updated_since', 'created_from', 'created_to'].map((field): FieldRule => ({ field, presence: 'nullable', checks: [isDate] })),
];

export const listLeads: SyncroHandler = ({ state, query }) => {
  const errors = validate(query, LIST_RULES);
  if (Object.keys(errors).length > 0) return validationFailed(errors);
  const matching = state.leads.filter((lead) => leadMatches(lead, query)).sort(newestFirst);
  const { data, meta } = paginate(matching, query);
  const withOwner = listParam(query.include).includes('owner');
  return reply(200, { success: true, data: data.map((lead) => serializeLead(lead, withOwner)), meta });
};

export const createLead: SyncroHandler = ({ state, input }) => {
  const result = storeNewLead(state, input);
  return 'failure' in result ? result.failure : reply(201, { success: true, lead: serializeLead(result.lead) });
};

export const showLead: SyncroHandler = ({ state, params, query }) => {
  const lead = findLead(state, params.id);
  if (lead === undefined) return modelNotFound('Lead', params.id);
  return reply(200, { success: true, lead: serializeLead(lead, listParam(query.include).includes('owner')) });
};

/** [A] PUT /leads/{id}: the create fields, all optional (§8.9 is not documented). */
export const updateLead: SyncroHandler = ({ state, params, input }) => {
  const lead = findLead(state, params.id);
  if (lead === undefined) return modelNotFound('Lead', params.id);
  const result = applyUpdate(state, lead, input);
  return 'failure' in result ? result.failure : reply(200, { success: true, lead: serializeLead(result.lead) });
};

/** [A] POST /leads/upsert: matches by phone digits, then e-mail (case-insensitive); `created` says which happened. */
export const upsertLead: SyncroHandler = ({ state, input }) => {
  const existing = findDuplicate(state, input);
  const result = existing === undefined ? storeNewLead(state, input) : applyUpdate(state, existing, input);
  if ('failure' in result) return result.failure;
  const created = existing === undefined;
  return reply(created ? 201 : 200, { success: true, lead: serializeLead(result.lead), created });
};

export const deleteLead: SyncroHandler = ({ state, params }) => {
  const lead = findLead(state, params.id);
  if (lead === undefined) return modelNotFound('Lead', params.id);
  state.leads.splice(state.leads.indexOf(lead), 1);
  return reply(200, { success: true });
};

/** §8.10 */
export const moveLead = stageChange({
  rules: (state, input) => [
    { field: 'stage_id', presence: 'required', checks: [isInteger, satisfies((id) => findStage(state, id, input.pipeline_id) !== undefined)] },
    { field: 'pipeline_id', presence: 'required', checks: [isInteger, satisfies((id) => state.pipelines.some((p) => p.id === Number(id)))] },
  ],
  blockedMessage: 'Complete mandatory tasks before moving the lead.',
});

/** §8.11 */
export const markLeadWon = stageChange({
  rules: (state) => [anyStageRule(state), { field: 'value', presence: 'nullable', checks: [isNumeric, atLeast(0)] }],
  target: { accepts: (stage) => stage.is_won, otherwise: 'A etapa informada não é uma etapa de ganho.' },
  blockedMessage: 'Complete mandatory tasks before marking as won.',
  apply: (lead, input) => {
    if (input.value != null) lead.value = Number(input.value);
  },
});

/** §8.12 */
export const markLeadLost = stageChange({
  rules: (state) => [anyStageRule(state), { field: 'reason_id', presence: 'nullable', checks: [isInteger, satisfies((id) => LOST_REASONS.some((r) => r.id === Number(id)))] }],
  target: { accepts: (stage) => stage.is_lost, otherwise: 'A etapa informada não é uma etapa de perda.' },
  blockedMessage: 'Complete mandatory tasks before marking as lost.',
});

interface StageChange {
  rules: (state: SyncroState, input: Input) => FieldRule[];
  /** Won/lost only: the kind of stage the move must land on, and the 422 message otherwise. */
  target?: { accepts: (stage: SyncroStage) => boolean; otherwise: string };
  blockedMessage: string;
  apply?: (lead: SyncroLead, input: Input) => void;
}

/** The shared flow of §8.10–§8.12: 404 → validation → stage kind → blocked switch → move. */
function stageChange(change: StageChange): SyncroHandler {
  return ({ state, params, input }) => {
    const lead = findLead(state, params.id);
    if (lead === undefined) return modelNotFound('Lead', params.id);
    const errors = validate(input, change.rules(state, input));
    if (Object.keys(errors).length > 0) return validationFailed(errors);
    const stage = findStage(state, input.stage_id);
    if (stage !== undefined && change.target?.accepts(stage) === false) return reply(422, { message: change.target.otherwise });
    if (state.blocked) return blocked(state, lead, change.blockedMessage);
    change.apply?.(lead, input);
    placeInStage(state, lead, Number(input.stage_id));
    return reply(200, { success: true, lead_id: lead.id });
  };
}

type LeadResult = { lead: SyncroLead } | { failure: MockReply };

function storeNewLead(state: SyncroState, input: Input): LeadResult {
  const errors = validate(input, leadRules(state, input));
  if (state.enforceRequiredCustomFields) {
    const required = requiredCustomFieldRules(state, input);
    Object.assign(errors, validate(required.values, required.rules));
  }
  if (Object.keys(errors).length > 0) return { failure: validationFailed(errors) };
  // §8.6: the plan cap is a business rule, checked once the body is valid.
  if (state.leadLimit !== null && state.leads.length >= state.leadLimit) {
    return { failure: reply(422, { success: false, message: 'Limite de leads do plano atingido.', limit_reached: true }) };
  }
  const lead = buildLead(state, input, state.nextId.lead++);
  state.leads.push(lead);
  return { lead };
}

/** Validates the stored lead overlaid with the body, then stores the result. */
function applyUpdate(state: SyncroState, lead: SyncroLead, input: Input): LeadResult {
  const merged = { ...leadAsInput(lead), ...input };
  const errors = validate(merged, leadRules(state, merged));
  if (Object.keys(errors).length > 0) return { failure: validationFailed(errors) };
  const updated = buildLead(state, merged, lead.id, lead);
  state.leads[state.leads.indexOf(lead)] = updated;
  return { lead: updated };
}

function findDuplicate(state: SyncroState, input: Input): SyncroLead | undefined {
  const phone = typeof input.phone === 'string' ? digitsOf(input.phone) : '';
  const email = typeof input.email === 'string' ? input.email.toLowerCase() : '';
  return (
    state.leads.find((lead) => phone !== '' && lead.phone !== null && digitsOf(lead.phone) === phone) ??
    state.leads.find((lead) => email !== '' && lead.email?.toLowerCase() === email)
  );
}

function anyStageRule(state: SyncroState): FieldRule {
  return { field: 'stage_id', presence: 'required', checks: [isInteger, satisfies((id) => findStage(state, id) !== undefined)] };
}

/** §5.1 blocked body; the pending tasks are the lead's own pending tasks in the mock. */
function blocked(state: SyncroState, lead: SyncroLead, message: string): MockReply {
  const pending = state.tasks.filter((task) => task.lead_id === lead.id && task.status === 'pending');
  const pending_tasks = pending.map(({ id, subject, type }) => ({ id, subject, type }));
  return reply(422, { success: false, blocked: true, message, pending_tasks });
}

function placeInStage(state: SyncroState, lead: SyncroLead, stageId: number): void {
  Object.assign(lead, placement(state, stageId), { updated_at: isoNow() });
}

function leadMatches(lead: SyncroLead, query: Input): boolean {
  const given = (field: string): boolean => query[field] != null;
  const tags = listParam(query.tags);
  return (
    (!given('pipeline_id') || lead.pipeline_id === Number(query.pipeline_id)) &&
    (!given('stage_id') || lead.stage_id === Number(query.stage_id)) &&
    (!given('assigned_to') || lead.assigned_to === Number(query.assigned_to)) &&
    (!given('source') || lead.source === query.source) &&
    (!given('status') || (lead.status ?? 'active') === query.status) &&
    (tags.length === 0 || lead.tags.some((tag) => tags.includes(tag))) &&
    (typeof query.q !== 'string' || matchesSearch(lead, query.q)) &&
    (typeof query.updated_since !== 'string' || Date.parse(lead.updated_at ?? lead.created_at) >= Date.parse(query.updated_since)) &&
    (typeof query.created_from !== 'string' || calendarDate(lead.created_at) >= calendarDate(query.created_from)) &&
    (typeof query.created_to !== 'string' || calendarDate(lead.created_at) <= calendarDate(query.created_to))
  );
}

/** §8.5 [A]: case-insensitive substring on name/e-mail; phone by raw substring or, for phone-like queries, by digits. */
function matchesSearch(lead: SyncroLead, q: string): boolean {
  const needle = q.toLowerCase();
  if (lead.name.toLowerCase().includes(needle) || (lead.email ?? '').toLowerCase().includes(needle)) return true;
  if (lead.phone === null) return false;
  if (lead.phone.includes(q)) return true;
  const phoneLike = /^[\d\s+().-]+$/.test(q) && digitsOf(q) !== '';
  return phoneLike && digitsOf(lead.phone).includes(digitsOf(q));
}

function digitsOf(text: string): string {
  return text.replace(/\D/g, '');
}

// [A] newest first, like Laravel's latest().
function newestFirst(a: SyncroLead, b: SyncroLead): number {
  return b.created_at.localeCompare(a.created_at) || b.id - a.id;
}
