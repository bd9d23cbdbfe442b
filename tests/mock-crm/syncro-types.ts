// Syncro objects as the API returns them (syncro.md §7). Field order follows the docs' examples.

/** syncro.md §2.1 — every scope a key can hold. */
export const SYNCRO_SCOPES = [
  'leads:read',
  'leads:write',
  'pipelines:read',
  'custom_fields:read',
  'sequences:read',
  'sequences:write',
  'tasks:read',
  'tasks:write',
  'whatsapp:read',
  'whatsapp:write',
  'users:read',
  'webhooks:read',
  'webhooks:write',
] as const;
export type SyncroScope = (typeof SYNCRO_SCOPES)[number];

export interface SyncroKey {
  key: string;
  /** Listed one by one ('all' is not a scope). */
  scopes: string[];
  expired?: boolean;
  accountInactive?: boolean;
}

export interface SyncroAccount {
  id: number;
  name: string;
  plan: string;
}
export interface SyncroUser {
  id: number;
  name: string;
  email: string;
  role: 'admin' | 'manager' | 'viewer';
}
export interface SyncroStage {
  id: number;
  name: string;
  color: string;
  is_won: boolean;
  is_lost: boolean;
}
export interface SyncroPipeline {
  id: number;
  name: string;
  stages: SyncroStage[];
}
export interface SyncroLostReason {
  id: number;
  name: string;
}

export type SyncroCustomFieldType = 'text' | 'number' | 'currency' | 'date' | 'select' | 'multiselect' | 'checkbox';
export interface SyncroCustomField {
  id: number;
  name: string;
  label: string;
  field_type: SyncroCustomFieldType;
  options: string[];
  is_required: boolean;
  is_active: boolean;
  show_on_card: boolean;
  sort_order: number;
}
export type SyncroCustomFieldValue = string | number | boolean | string[] | null;

/** The Lead of §7.1 as stored; `updated_at` and `status` are kept for filters but never serialized (not in §7.1). */
export interface SyncroLead {
  id: number;
  name: string;
  phone: string | null;
  email: string | null;
  company: string | null;
  birthday: string | null;
  value: number;
  source: string | null;
  tags: string[];
  pipeline_id: number;
  stage_id: number;
  notes: string | null;
  utm_source: string | null;
  utm_medium: string | null;
  utm_campaign: string | null;
  utm_term: string | null;
  utm_content: string | null;
  stage: { id: number; name: string };
  pipeline: { id: number; name: string };
  created_at: string;
  custom_fields: Record<string, SyncroCustomFieldValue>;
  assigned_to: number | null;
  updated_at?: string;
  status?: string;
}

export type SyncroTaskType = 'call' | 'email' | 'task' | 'visit' | 'whatsapp' | 'meeting';
/** §7.5; `lead`, `assigned_user` and `is_overdue` are derived when serialized. */
export interface SyncroTask {
  id: number;
  subject: string;
  description: string | null;
  type: SyncroTaskType;
  status: 'pending' | 'completed';
  priority: 'low' | 'medium' | 'high';
  due_date: string;
  due_time: string | null;
  completed_at: string | null;
  lead_id: number | null;
  assigned_to: number | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface SyncroWhatsappInstance {
  id: number;
  provider: 'waha' | 'cloud_api';
  display_name: string;
  phone_number: string;
  is_primary: boolean;
  status: string;
  supports_templates: boolean;
  supports_buttons: boolean;
  has_window_restriction: boolean;
}

/** §7.8 as stored; `secret` leaves the mock only in the create answer. */
export interface SyncroWebhook {
  id: number;
  target_url: string;
  events: string[];
  source: 'api' | 'n8n';
  is_active: boolean;
  failure_count: number;
  last_success_at: string | null;
  last_failure_at: string | null;
  last_failure_reason: string | null;
  created_at: string;
  secret: string;
}
