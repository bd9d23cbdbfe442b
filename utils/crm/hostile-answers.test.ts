// @vitest-environment node
// Issue 13: answers a CRM (or whatever sits in front of it) should never get away with — a
// redirect, a Retry-After of a month, a 4xx we do not know, a lookup that ignores its filter.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_KEYS, startSynaxMock, startSyncroMock, type SynaxMock, type SyncroMock } from '@/tests/mock-crm';
import { RETRY_AFTER_DEFAULT_S, RETRY_AFTER_MAX_S, retryAfterSeconds } from './http';
import type { RecordDraft } from './provider';
import { createSynaxProvider } from './synax/client';
import { createSyncroProvider } from './syncro/client';

let syncro: SyncroMock;
let synax: SynaxMock;
/** Another host: where a redirect would take the key. */
let elsewhere: SynaxMock;
beforeAll(async () => {
  [syncro, synax, elsewhere] = await Promise.all([startSyncroMock(), startSynaxMock(), startSynaxMock()]);
});
afterAll(() => Promise.all([syncro.close(), synax.close(), elsewhere.close()]));
beforeEach(() => {
  syncro.reset();
  synax.reset();
  elsewhere.reset();
});

const syncroClient = () => createSyncroProvider({ apiKey: DEMO_KEYS.syncro, baseUrl: syncro.baseUrl });
const synaxClient = () => createSynaxProvider({ apiKey: DEMO_KEYS.synax, baseUrl: synax.baseUrl });
const draft: RecordDraft = {
  contact: { name: 'Maria Souza', phones: ['+5521998765432'], email: 'maria@example.com', company: null, notes: null, tags: [], source: 'extension' },
  syncro: { pipelineId: 1, stageId: 5, value: null, customFields: {} },
  synax: { temperature: null, customFields: {} },
};

describe('redirects are never followed', () => {
  it.each(['syncro', 'synax'] as const)('%s: a 307 to another host sends it neither the key nor the contact', async (crm) => {
    const mock = crm === 'syncro' ? syncro : synax;
    mock.inject({ fault: { kind: 'status', status: 307, headers: { Location: `${elsewhere.baseUrl}/contacts` } }, times: 1 });
    const client = crm === 'syncro' ? syncroClient() : synaxClient();
    const result = await client.createRecord(draft);
    expect(result).toMatchObject({ ok: false, error: { code: 'network', crm } });
    expect(elsewhere.requests).toHaveLength(0);
    expect(elsewhere.contacts).toHaveLength(0);
  });
});

describe('Retry-After is bounded', () => {
  it('a month in seconds, a huge number, an HTTP date far ahead: at most an hour', async () => {
    for (const header of ['2592000', '99999999999999999999', new Date(Date.now() + 30 * 86_400_000).toUTCString()]) {
      syncro.inject({ fault: { kind: 'status', status: 429, headers: { 'Retry-After': header } }, times: 1 });
      expect(await syncroClient().listPipelines()).toEqual({ ok: false, error: { code: 'rate_limited', crm: 'syncro', retryAfterSeconds: RETRY_AFTER_MAX_S } });
    }
  });

  it('the body field is bounded too; nonsense falls back to a minute; a past date is now', () => {
    const none = new Headers();
    expect(retryAfterSeconds(none, 10_000_000)).toBe(RETRY_AFTER_MAX_S);
    expect(retryAfterSeconds(none, -5)).toBe(RETRY_AFTER_DEFAULT_S);
    expect(retryAfterSeconds(none, Number.NaN)).toBe(RETRY_AFTER_DEFAULT_S);
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'soon' }), undefined)).toBe(RETRY_AFTER_DEFAULT_S);
    expect(retryAfterSeconds(new Headers({ 'Retry-After': '-30' }), 20)).toBe(0);
    expect(retryAfterSeconds(new Headers({ 'Retry-After': 'Wed, 21 Oct 2015 07:28:00 GMT' }), undefined)).toBe(0);
    expect(retryAfterSeconds(new Headers({ 'Retry-After': '12' }), 999)).toBe(12);
  });
});

describe('a 4xx we do not know is a refusal in the CRM’s own words', () => {
  it.each([
    [400, { message: 'O campo origem é inválido.' }, 'O campo origem é inválido.'],
    [403, '<html><body>Request blocked by firewall</body></html>', ''],
    [405, { message: 'The POST method is not supported for route api/v1/leads.' }, 'The POST method is not supported for route api/v1/leads.'],
    [413, { message: 'Payload Too Large' }, 'Payload Too Large'],
    [415, { message: 'Unsupported Media Type' }, 'Unsupported Media Type'],
  ])('Syncro %i', async (status, body, message) => {
    syncro.inject({ fault: { kind: 'status', status, body }, times: 1, method: 'POST' });
    expect(await syncroClient().createRecord(draft)).toEqual({ ok: false, error: { code: 'refused', crm: 'syncro', status, message } });
  });

  it('Synax 403 with a text that names no scope', async () => {
    synax.inject({ fault: { kind: 'status', status: 403, body: { error: 'IP not allowed for this key' } }, times: 1, method: 'POST' });
    expect(await synaxClient().createRecord(draft)).toEqual({ ok: false, error: { code: 'refused', crm: 'synax', status: 403, message: 'IP not allowed for this key' } });
  });

  it('a 3xx that is not a redirect we follow, or a 1xx, is still an answer we cannot read', async () => {
    syncro.inject({ fault: { kind: 'status', status: 304 }, times: 1 });
    expect(await syncroClient().listPipelines()).toMatchObject({ ok: false, error: { code: 'unexpected', status: 304 } });
  });
});

describe('a lookup that ignores its filter is reported, not taken as "nothing there"', () => {
  it('Synax: unrelated contacts back for phone=eq.', async () => {
    await createSynaxProvider({ apiKey: DEMO_KEYS.synax, baseUrl: synax.baseUrl }).createRecord({ ...draft, contact: { ...draft.contact, phones: ['+5511911112222'] } });
    synax.inject({ fault: { kind: 'ignore-filter' }, method: 'GET' });
    expect(await synaxClient().findDuplicates({ phones: ['+5521998765432'], email: null })).toEqual({ ok: false, error: { code: 'lookup_unreliable', crm: 'synax' } });
  });

  it('Syncro: leads that hold the searched number nowhere', async () => {
    await syncroClient().createRecord({ ...draft, contact: { ...draft.contact, name: 'Outra Pessoa', phones: ['+5511911112222'], email: null } });
    syncro.inject({ fault: { kind: 'ignore-filter' }, method: 'GET' });
    expect(await syncroClient().findDuplicates({ phones: ['+5521998765432'], email: null })).toEqual({ ok: false, error: { code: 'lookup_unreliable', crm: 'syncro' } });
    syncro.clearFaults();
    expect(await syncroClient().findDuplicates({ phones: ['+5521998765432'], email: null })).toEqual({ ok: true, data: [] });
  });
});
