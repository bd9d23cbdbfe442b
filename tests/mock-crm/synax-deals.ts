// Deals, pipelines and stages of the Synax mock (synax.md §9.6–§9.7). Bodies and codes are [A].
import { randomUUID } from 'node:crypto';
import { reply, type MockReply } from './common';
import { findContact } from './synax-contacts';
import { listRows } from './synax-rows';
import { badRequest, jsonObjectBody, notFound, timestampAfter, type SynaxContext, type SynaxHandler } from './synax-state';
import type { SynaxDeal, SynaxDealStatus } from './synax-types';

const DEAL_STATUSES: readonly string[] = ['open', 'won', 'lost'] satisfies SynaxDealStatus[];
const DEAL_COLUMNS = ['id', 'title', 'value', 'contact_id', 'pipeline_id', 'stage_id', 'status', 'created_at', 'updated_at'] as const;

type DealInput = Partial<Pick<SynaxDeal, 'title' | 'value' | 'contact_id' | 'stage_id' | 'pipeline_id' | 'status'>>;

export const listDeals: SynaxHandler = ({ state, call, companyId }) => {
  const own = state.deals.filter((deal) => deal.company_id === companyId);
  const result = listRows(own, call.query, { filterable: ['status', 'stage_id', 'contact_id', 'pipeline_id'], orderable: DEAL_COLUMNS });
  return 'error' in result ? badRequest(result.error) : reply(200, { data: result.rows });
};

/** [A] title and stage_id required; 201 `{data: Deal}`. */
export const createDeal: SynaxHandler = (context) => {
  const parsed = readDealBody(context, true);
  if ('failure' in parsed) return parsed.failure;
  const { title, stage_id, pipeline_id } = parsed.input;
  if (title === undefined || stage_id === undefined || pipeline_id === undefined) throw new Error('validated deal lost its fields');
  const now = timestampAfter();
  const deal: SynaxDeal = {
    id: randomUUID(),
    company_id: context.companyId,
    title,
    value: parsed.input.value ?? null,
    contact_id: parsed.input.contact_id ?? null,
    pipeline_id,
    stage_id,
    status: parsed.input.status ?? 'open',
    created_at: now,
    updated_at: now,
  };
  context.state.deals.push(deal);
  return reply(201, { data: deal });
};

/** `{stage_id}` moves the deal, `{status}` closes it (§9.6). */
export const updateDeal: SynaxHandler = (context) => {
  const deal = context.state.deals.find((candidate) => candidate.id === context.params.id && candidate.company_id === context.companyId);
  if (deal === undefined) return notFound();
  const parsed = readDealBody(context, false);
  if ('failure' in parsed) return parsed.failure;
  Object.assign(deal, parsed.input, { updated_at: timestampAfter(deal.updated_at) });
  return reply(200, { data: deal });
};

export const listPipelines: SynaxHandler = ({ state, call }) => {
  const result = listRows(state.pipelines, call.query, { filterable: ['id'], orderable: ['id', 'name'] });
  return 'error' in result ? badRequest(result.error) : reply(200, { data: result.rows });
};

/** §9.7: `order=position.asc`; [A] `pipeline_id` filter in both forms. */
export const listStages: SynaxHandler = ({ state, call }) => {
  const result = listRows(state.stages, call.query, { filterable: ['pipeline_id'], orderable: ['id', 'name', 'pipeline_id', 'position'] });
  return 'error' in result ? badRequest(result.error) : reply(200, { data: result.rows });
};

function readDealBody({ state, call, companyId }: SynaxContext, creating: boolean): { input: DealInput } | { failure: MockReply } {
  const body = jsonObjectBody(call);
  if (body === null) return { failure: badRequest('Invalid JSON body') };
  const input: DealInput = {};
  if (body.title !== undefined || creating) {
    if (typeof body.title !== 'string' || body.title.trim() === '') return { failure: badRequest('title is required') };
    input.title = body.title;
  }
  if (body.stage_id !== undefined || creating) {
    const stage = state.stages.find((candidate) => candidate.id === body.stage_id);
    if (body.stage_id === undefined || body.stage_id === null) return { failure: badRequest('stage_id is required') };
    if (stage === undefined) return { failure: badRequest('stage_id does not match a stage') };
    Object.assign(input, { stage_id: stage.id, pipeline_id: stage.pipeline_id });
  }
  if (body.value !== undefined) {
    if (body.value !== null && (typeof body.value !== 'number' || !Number.isFinite(body.value))) return { failure: badRequest('value must be a number') };
    input.value = body.value;
  }
  if (body.contact_id !== undefined) {
    if (body.contact_id !== null && findContact(state, companyId, String(body.contact_id)) === undefined) {
      return { failure: badRequest('contact_id does not match a contact') };
    }
    input.contact_id = body.contact_id === null ? null : String(body.contact_id);
  }
  if (body.status !== undefined) {
    if (!DEAL_STATUSES.includes(String(body.status))) return { failure: badRequest('status must be one of: open, won, lost') };
    input.status = body.status as SynaxDealStatus;
  }
  return { input };
}
