import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DRAFT_MAX_AGE_MS, readDraft, readRemembered, remember, removeDraft, writeDraft, type FormDraft } from './drafts';

beforeEach(() => fakeBrowser.reset());

const draft: FormDraft = {
  page: { url: 'https://example.com/', title: 'Example' },
  contactIndex: 0,
  name: 'Maria',
  phones: ['(11) 98765-4321'],
  email: '',
  company: '',
  notes: 'ligar',
  tags: '',
  source: 'example.com',
  destination: 'both',
  syncro: { pipelineId: 1, stageId: 5, value: '', custom: { aceita: true, interesses: ['a'] } },
  synax: { temperature: 'hot', custom: [] },
  saved: {},
};

describe('popup drafts', () => {
  it('are kept per tab in session storage only', async () => {
    await writeDraft('tab-7', draft);
    expect(await readDraft('tab-7')).toEqual(draft);
    expect(await readDraft('tab-8')).toBeNull();
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    await removeDraft('tab-7');
    expect(await readDraft('tab-7')).toBeNull();
  });

  it('are dropped when old or unreadable', async () => {
    await writeDraft('tab-1', draft, 1000);
    expect(await readDraft('tab-1', 1000 + DRAFT_MAX_AGE_MS + 1)).toBeNull();
    expect(await fakeBrowser.storage.session.get('draft/tab-1')).toEqual({});
    await fakeBrowser.storage.session.set({ 'draft/tab-2': { savedAt: Date.now(), draft: { ...draft, phones: [] } } });
    expect(await readDraft('tab-2')).toBeNull();
  });

  it('remember the last choices, repairing bad values one by one', async () => {
    expect(await readRemembered()).toEqual({ destination: null, syncroPipelineId: null, syncroStageId: null, synaxTemperature: null });
    await remember({ destination: 'synax', synaxTemperature: 'cold' });
    await remember({ syncroPipelineId: 2 });
    expect(await readRemembered()).toEqual({ destination: 'synax', syncroPipelineId: 2, syncroStageId: null, synaxTemperature: 'cold' });
    await fakeBrowser.storage.local.set({ popupRemembered: { destination: 'hubspot', syncroStageId: 6 } });
    expect(await readRemembered()).toMatchObject({ destination: null, syncroStageId: 6 });
  });
});
