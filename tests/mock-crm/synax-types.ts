// Synax objects (synax.md §4) and the mock's fixtures. Ids are uuids (§1).

export type SynaxScope = 'read' | 'write';

export interface SynaxKey {
  key: string;
  scopes: SynaxScope[];
  inactive?: boolean;
  /** The company the key belongs to (§2); default SYNAX_DEMO_COMPANY_ID. */
  companyId?: string;
}

export type SynaxTemperature = 'cold' | 'warm' | 'hot';

/** §4.1, keys in the order of the docs' example. */
export interface SynaxContact {
  id: string;
  company_id: string;
  name: string | null;
  email: string | null;
  phone: string;
  temperature: SynaxTemperature;
  tags: string[];
  source: string | null;
  job_title: string | null;
  empresa: string | null;
  custom_fields: Record<string, unknown>;
  do_not_contact: boolean;
  is_active: boolean;
  created_at: string;
  updated_at: string;
}

export type SynaxDealStatus = 'open' | 'won' | 'lost';

/** §4.3 is partial: fields beyond the guide's (`pipeline_id`, timestamps, `company_id`) are [A]. */
export interface SynaxDeal {
  id: string;
  company_id: string;
  title: string;
  value: number | null;
  contact_id: string | null;
  pipeline_id: string;
  stage_id: string;
  status: SynaxDealStatus;
  created_at: string;
  updated_at: string;
}

/** §4.4 [A]: id, name (+ pipeline_id, position on stages). */
export interface SynaxPipeline {
  id: string;
  name: string;
}

export interface SynaxStage {
  id: string;
  name: string;
  pipeline_id: string;
  position: number;
}

export const SYNAX_DEMO_COMPANY_ID = '9e1d2c3b-1111-4a2b-8c3d-5e6f7a8b9c0d';

export const SYNAX_DEMO_KEYS = {
  full: 'sk_live_demo_5b2e9d7c1a3f4e6b',
  readOnly: 'sk_live_demo_readonly_8c1f3a5e7d9b',
} as const;

export function demoSynaxKeys(): SynaxKey[] {
  return [
    { key: SYNAX_DEMO_KEYS.full, scopes: ['read', 'write'] },
    { key: SYNAX_DEMO_KEYS.readOnly, scopes: ['read'] },
  ];
}

const SALES = '3f6c1a2b-7d4e-4c8a-9b1f-2e5d8a7c6b01';
const AFTER_SALES = '3f6c1a2b-7d4e-4c8a-9b1f-2e5d8a7c6b02';

export function demoSynaxPipelines(): SynaxPipeline[] {
  return [
    { id: SALES, name: 'Funil de Vendas' },
    { id: AFTER_SALES, name: 'Pós-venda' },
  ];
}

export function demoSynaxStages(): SynaxStage[] {
  const stage = (suffix: string, name: string, pipeline_id: string, position: number): SynaxStage => ({
    id: `5a8e2c4d-1b3f-4e6a-8c2d-7f9b1e3a5c${suffix}`,
    name,
    pipeline_id,
    position,
  });
  // Deliberately not stored in position order, so `order=position.asc` is observable.
  return [
    stage('03', 'Proposta', SALES, 3),
    stage('01', 'Novo lead', SALES, 1),
    stage('02', 'Qualificação', SALES, 2),
    stage('04', 'Fechamento', SALES, 4),
    stage('11', 'Onboarding', AFTER_SALES, 1),
    stage('12', 'Acompanhamento', AFTER_SALES, 2),
  ];
}
