import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RecordDraft, SavedRecord } from '../crm/provider';
import { readDraft, readRemembered, writeDraft, type FormDraft } from '../storage/drafts';
import { readHistory } from '../storage/history';
import { saveRecord, type RecordJob } from './records';

beforeEach(() => fakeBrowser.reset());

const draft: RecordDraft = {
  contact: { name: 'Maria', phones: ['+5511987654321'], email: null, company: null, notes: null, tags: [], source: null },
  syncro: { pipelineId: 1, stageId: 6, value: null, customFields: {} },
};
const job = (patch: Partial<RecordJob> = {}): RecordJob => ({
  crm: 'syncro',
  draft,
  mode: { kind: 'create' },
  destination: 'both',
  page: { url: 'https://example.com/', title: 'Example' },
  draftKey: 'tab-3',
  ...patch,
});
const record = (crm: 'syncro' | 'synax', id: string): SavedRecord => ({ crm, id, name: 'Maria', phone: '+5511987654321', email: null, url: `https://crm/${id}` });
const formDraft = { destination: 'both', saved: {} } as unknown as FormDraft;

describe('saveRecord', () => {
  it('records the attempt, remembers the choices and marks the draft saved for that CRM', async () => {
    await writeDraft('tab-3', { ...formDraft, page: { url: '', title: '' }, contactIndex: 0, name: 'Maria', phones: [''], email: '', company: '', notes: '', tags: '', source: '', syncro: { pipelineId: 1, stageId: 6, value: '', custom: {} }, synax: { temperature: null, custom: [] } });
    const deliver = vi.fn(async () => ({ ok: true as const, data: record('syncro', '901') }));
    expect(await saveRecord(job(), deliver)).toEqual({ ok: true, data: record('syncro', '901') });
    expect(deliver).toHaveBeenCalledWith(job());
    expect(await readHistory()).toEqual([
      expect.objectContaining({ crm: 'syncro', destination: 'both', action: 'create', status: 'saved', name: 'Maria', record: { id: '901', url: 'https://crm/901' }, error: null }),
    ]);
    expect(await readRemembered()).toMatchObject({ destination: 'both', syncroPipelineId: 1, syncroStageId: 6 });
    expect((await readDraft('tab-3'))?.saved).toEqual({ syncro: record('syncro', '901') });

    // The second destination completes the draft: it is removed.
    await saveRecord(job({ crm: 'synax', draft: { contact: draft.contact, synax: { temperature: 'hot', customFields: {} } } }), async () => ({ ok: true, data: record('synax', 'abc') }));
    expect(await readDraft('tab-3')).toBeNull();
    expect(await readRemembered()).toMatchObject({ synaxTemperature: 'hot' });
  });

  it('records failures (and crashes) with their error, and keeps the draft', async () => {
    const error = { code: 'missing_scope' as const, crm: 'syncro' as const, scope: 'leads:write' };
    expect(await saveRecord(job({ draftKey: null }), async () => ({ ok: false, error }))).toEqual({ ok: false, error });
    expect(await saveRecord(job({ draftKey: null, mode: { kind: 'update', id: '9' } }), async () => Promise.reject(new Error('boom')))).toEqual({ ok: false, error: { code: 'internal' } });
    const [crash, failure] = await readHistory();
    expect(failure).toMatchObject({ status: 'failed', error, record: null });
    expect(crash).toMatchObject({ status: 'failed', action: 'update', error: { code: 'internal' } });
  });
});
