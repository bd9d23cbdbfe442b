// Fixture data of the Syncro mock (syncro.md §12). Ids echo the docs' examples (§7.1, §8.3).
import {
  SYNCRO_SCOPES,
  type SyncroAccount,
  type SyncroCustomField,
  type SyncroKey,
  type SyncroLostReason,
  type SyncroPipeline,
  type SyncroUser,
  type SyncroWhatsappInstance,
} from './syncro-types';

export const SYNCRO_DEMO_KEYS = {
  full: 'crm_demo_7f3a9c2e5b1d4e8f',
  readOnly: 'crm_demo_readonly_4c8e2a6f9b1d',
} as const;

export function demoSyncroKeys(): SyncroKey[] {
  return [
    { key: SYNCRO_DEMO_KEYS.full, scopes: [...SYNCRO_SCOPES] },
    { key: SYNCRO_DEMO_KEYS.readOnly, scopes: SYNCRO_SCOPES.filter((scope) => scope.endsWith(':read')) },
  ];
}

export const ACCOUNT: SyncroAccount = { id: 1, name: 'Loja Demo', plan: 'scale' };

export const USERS: readonly SyncroUser[] = [
  { id: 1, name: 'Ana Lima', email: 'ana@lojademo.example', role: 'admin' },
  { id: 2, name: 'Bruno Costa', email: 'bruno@lojademo.example', role: 'manager' },
];

export function demoPipelines(): SyncroPipeline[] {
  return [
    {
      id: 1,
      name: 'Vendas',
      stages: [
        { id: 5, name: 'Novo', color: '#3B82F6', is_won: false, is_lost: false },
        { id: 6, name: 'Qualificado', color: '#8B5CF6', is_won: false, is_lost: false },
        { id: 7, name: 'Proposta', color: '#F59E0B', is_won: false, is_lost: false },
        { id: 9, name: 'Ganho', color: '#22C55E', is_won: true, is_lost: false },
        { id: 10, name: 'Perdido', color: '#9CA3AF', is_won: false, is_lost: true },
      ],
    },
    {
      // No lost stage here on purpose: "mark lost" needs a stage of another pipeline.
      id: 2,
      name: 'Parcerias',
      stages: [
        { id: 11, name: 'Contato inicial', color: '#0EA5E9', is_won: false, is_lost: false },
        { id: 12, name: 'Negociação', color: '#F97316', is_won: false, is_lost: false },
        { id: 13, name: 'Parceria fechada', color: '#16A34A', is_won: true, is_lost: false },
      ],
    },
  ];
}

export const LOST_REASONS: readonly SyncroLostReason[] = [
  { id: 1, name: 'Preço' },
  { id: 2, name: 'Sem resposta' },
];

export function demoCustomFields(): SyncroCustomField[] {
  const field = (id: number, name: string, label: string, field_type: SyncroCustomField['field_type'], extra: Partial<SyncroCustomField> = {}): SyncroCustomField => ({
    id,
    name,
    label,
    field_type,
    options: [],
    is_required: false,
    is_active: true,
    show_on_card: false,
    sort_order: id,
    ...extra,
  });
  return [
    field(1, 'segmento', 'Segmento', 'select', { options: ['Varejo', 'Indústria', 'Serviços'], show_on_card: true }),
    field(2, 'origem_detalhe', 'Origem (detalhe)', 'text', { is_required: true }),
    field(3, 'aceita_whatsapp', 'Aceita WhatsApp', 'checkbox'),
    field(4, 'funcionarios', 'Funcionários', 'number'),
    field(5, 'ticket_medio', 'Ticket médio', 'currency'),
    field(6, 'data_contato', 'Data do contato', 'date'),
    field(7, 'interesses', 'Interesses', 'multiselect', { options: ['Produtos', 'Consultoria', 'Suporte'] }),
    field(8, 'codigo_legado', 'Código legado', 'text', { is_active: false }),
  ];
}

export const WHATSAPP_INSTANCES: readonly SyncroWhatsappInstance[] = [
  {
    id: 1,
    provider: 'waha',
    display_name: 'Comercial',
    phone_number: '+5511987650001',
    is_primary: true,
    status: 'connected',
    supports_templates: false,
    supports_buttons: false,
    has_window_restriction: false,
  },
  {
    id: 2,
    provider: 'cloud_api',
    display_name: 'Oficial',
    phone_number: '+5511987650002',
    is_primary: false,
    status: 'connected',
    supports_templates: true,
    supports_buttons: true,
    has_window_restriction: true,
  },
];

/** §7.8 lists these as known; the docs elide the rest, so the mock offers only these. */
export const SUPPORTED_WEBHOOK_EVENTS = ['lead.created', 'lead.updated', 'lead.stage_changed', 'lead.won', 'task.completed'];
