import type { DeliveryView } from '@/utils/outbox/schema';
import { initialForm } from '@/utils/popup/form';
import type { ReadySession } from './use-popup-session';

/** A contact page with one person on it, as the popup's tests open it. */
export const capture = {
  url: 'https://padariasol.example/',
  title: 'Padaria',
  contacts: [{ name: 'Maria Souza', company: null, phones: ['+5511987654321'], emails: [], sources: ['text' as const], whatsapp: [] }],
  phones: [],
  emails: [],
};
export const context: ReadySession['context'] = {
  configured: { syncro: false, synax: true },
  settings: { defaultDestination: 'synax', defaultCountry: 'BR', defaultSource: '', defaultTags: [], syncroIdentityField: null },
  remembered: { destination: null, syncroPipelineId: null, syncroStageId: null, synaxTemperature: null },
  draft: null,
  deliveries: [],
};

/** The popup ready on that page with Synax connected; a draft restored when it brings deliveries. */
export const readySession = (patch: Partial<ReadySession['context']> = {}): ReadySession => ({
  phase: 'ready',
  draftKey: 'tab-1',
  capture,
  notice: null,
  context: { ...context, ...patch },
  form: initialForm({ capture, settings: context.settings, remembered: context.remembered, configured: context.configured }),
  restored: patch.deliveries !== undefined,
  tabId: null,
  selectionAdded: null,
});

/** A save of that person to Synax, from that draft, just queued; tests say how far it got. */
export const deliveryView = (patch: Partial<DeliveryView>): DeliveryView => ({
  id: '6f1c2a52-6d1e-4b39-9a55-0d3f3c7b4a11',
  crm: 'synax',
  action: 'create',
  state: 'queued',
  attempts: 0,
  nextAttemptAt: null,
  lastError: null,
  record: null,
  followUp: null,
  via: null,
  reason: null,
  matches: [],
  confirming: false,
  createdAt: 1,
  settledAt: null,
  contact: { name: 'Maria Souza', phones: ['+5511987654321'], email: null, company: null, notes: null, tags: [], source: null },
  page: { url: capture.url, title: capture.title },
  draftKey: 'tab-1',
  ...patch,
});
