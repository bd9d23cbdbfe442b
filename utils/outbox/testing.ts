import type { RecordDraft } from '../crm/provider';
import type { OutboxEntry } from './schema';
import { newEntry, type NewDelivery } from './transitions';

/** Test fixtures for the outbox (not shipped: only *.test.ts import this). */
export const TEST_DRAFT: RecordDraft = {
  contact: { name: 'Maria Souza', phones: ['+5511987654321'], email: 'maria@padariasol.example', company: null, notes: null, tags: [], source: 'e2e' },
  syncro: { pipelineId: 1, stageId: 6, value: null, customFields: {} },
  synax: { temperature: 'warm', customFields: {} },
};

export function delivery(patch: Partial<NewDelivery> = {}): NewDelivery {
  return {
    crm: 'syncro',
    draft: TEST_DRAFT,
    mode: { kind: 'create' },
    destination: 'syncro',
    page: { url: 'https://padariasol.example/', title: 'Padaria Sol' },
    draftKey: null,
    deliveryId: crypto.randomUUID(),
    existingIds: [],
    checkDuplicates: false,
    ...patch,
  };
}

export function entry(patch: Partial<OutboxEntry> = {}, at = 1_000): OutboxEntry {
  return { ...newEntry(delivery(), at), ...patch };
}
