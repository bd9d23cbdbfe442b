// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import type { SavedRecord } from '@/utils/crm/provider';
import { ask } from '@/utils/messaging/client';
import type { DeliveryView } from '@/utils/outbox/schema';
import { RecordForm } from './RecordForm';
import { deliveryView, readySession } from './testing';
import { FOLLOW_MS } from './use-save-flow';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn() }));
const askMock = vi.mocked(ask) as unknown as ReturnType<typeof vi.fn>;
const calls = (name: string) => askMock.mock.calls.filter(([called]) => called === name);

const saved: SavedRecord = { crm: 'synax', id: 'c-9', name: 'Maria Souza', phone: '+5511987654321', email: null, url: 'https://app.synax.app.br/crm/contacts/c-9' };
const view = (patch: Partial<DeliveryView>): DeliveryView =>
  deliveryView({ state: 'retrying', attempts: 1, nextAttemptAt: Date.UTC(2026, 10, 24, 14, 32, 5), lastError: { code: 'server', crm: 'synax', status: 503 }, ...patch });

beforeAll(() => useLocale('en'));
beforeEach(() => {
  askMock.mockReset();
  vi.useFakeTimers({ shouldAdvanceTime: true });
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('saving through the outbox', () => {
  it('a CRM that did not take it yet: "queued, retrying", followed until it lands, never sent twice', async () => {
    let state: DeliveryView = view({});
    askMock.mockImplementation(async (name: string) => {
      if (name === 'FIND_DUPLICATES') return { ok: false, error: { code: 'network', crm: 'synax', offline: true } };
      if (name === 'SAVE_RECORD') return { ok: true, data: state };
      if (name === 'OUTBOX_STATUS') return { ok: true, data: { deliveries: [state], pending: 1, attention: 0, quarantined: 0, defaultCountry: 'BR' } };
      return { ok: true, data: null };
    });
    render(<RecordForm session={readySession()} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    // The lookup failed offline: saved anyway, and the outbox is told to look before creating.
    expect(calls('SAVE_RECORD')[0]?.[1]).toMatchObject({ checkDuplicates: true, existingIds: [], deliveryId: expect.stringMatching(/^[0-9a-f-]{36}$/) });
    expect(screen.getByRole('status').textContent).toMatch(
      /^Synax: not saved yet\. Synax is having problems \(HTTP 503\)\. It is kept and sent again automatically at .+; you can close this window\.$/,
    );
    expect(screen.queryByRole('alert')).toBeNull();

    // Save again while it is queued: nothing is sent twice.
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    expect(calls('SAVE_RECORD')).toHaveLength(1);

    state = view({ state: 'delivered', record: saved, via: 'created', attempts: 2, nextAttemptAt: null });
    await act(async () => vi.advanceTimersByTimeAsync(FOLLOW_MS));
    expect(calls('OUTBOX_STATUS')[0]?.[1]).toEqual({ ids: [state.id] });
    expect(screen.getByRole('status').textContent).toContain('Saved to Synax: Maria Souza.');
    expect(screen.getByRole('link', { name: 'Open in Synax' }).getAttribute('href')).toBe(saved.url);
  });

  it('a refusal is shown on the form, marked seen, and Save again resends the same delivery as edited', async () => {
    const refused = view({
      state: 'needs_attention',
      reason: 'rejected',
      nextAttemptAt: null,
      lastError: { code: 'validation', crm: 'synax', message: 'bad', fields: { email: ['invalid e-mail'] } },
    });
    askMock.mockImplementation(async (name: string, request?: { deliveryId?: string }) => {
      if (name === 'FIND_DUPLICATES') return { ok: true, data: [] };
      // The background answers with the delivery the popup named.
      const id = request?.deliveryId ?? '';
      if (name === 'SAVE_RECORD') return { ok: true, data: calls('SAVE_RECORD').length === 1 ? { ...refused, id } : view({ id, state: 'delivered', record: saved }) };
      return { ok: true, data: null };
    });
    render(<RecordForm session={readySession()} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    expect(screen.getByRole('alert').textContent).toBe('Synax rejected the data: invalid e-mail');
    expect(calls('MARK_DELIVERY_SEEN')[0]?.[1]).toEqual({ id: (calls('SAVE_RECORD')[0]?.[1] as { deliveryId: string }).deliveryId });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    const [first, second] = calls('SAVE_RECORD').map(([, request]) => (request as { deliveryId: string }).deliveryId);
    expect(second).toBe(first);
    expect(screen.getByRole('status').textContent).toContain('Saved to Synax: Maria Souza.');
  });

  it("a reopened popup shows the draft's save still on its way, instead of sending it again", async () => {
    askMock.mockImplementation(async () => ({
      ok: true,
      data: { deliveries: [view({ state: 'queued', lastError: null })], pending: 1, attention: 0, quarantined: 0, defaultCountry: 'BR' },
    }));
    render(<RecordForm session={readySession({ deliveries: [view({ state: 'queued', lastError: null })] })} />);
    expect(screen.getByRole('status').textContent).toBe('Synax: waiting to be sent. It is kept and sent automatically; you can close this window.');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    expect(calls('SAVE_RECORD')).toHaveLength(0);
    expect(calls('FIND_DUPLICATES')).toHaveLength(0);
  });

  it('the popup could not check and the outbox found a record: "already in Synax — open / update / create anyway", not "saved"', async () => {
    const colleague: SavedRecord = { ...saved, id: 'c-1', name: 'Maria S.' };
    let state: DeliveryView = view({});
    askMock.mockImplementation(async (name: string, request?: { deliveryId?: string; mode?: { kind: string } }) => {
      if (name === 'FIND_DUPLICATES') return { ok: false, error: { code: 'server', crm: 'synax', status: 503 } };
      if (name === 'SAVE_RECORD') {
        if (request?.mode?.kind === 'update')
          return { ok: true, data: view({ id: request.deliveryId, state: 'delivered', record: colleague, via: 'updated', nextAttemptAt: null }) };
        state = view({ id: request?.deliveryId });
        return { ok: true, data: state };
      }
      if (name === 'OUTBOX_STATUS') return { ok: true, data: { deliveries: [state], pending: 1, attention: 1, quarantined: 0, defaultCountry: 'BR' } };
      return { ok: true, data: null };
    });
    render(<RecordForm session={readySession()} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    state = view({ id: state.id, state: 'needs_attention', reason: 'duplicate', matches: [colleague], nextAttemptAt: null, lastError: null });
    await act(async () => vi.advanceTimersByTimeAsync(FOLLOW_MS));
    expect(screen.getByRole('heading', { name: 'Synax already has this person' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Open Maria S. in Synax' }).getAttribute('href')).toBe(colleague.url);
    expect(screen.queryByText(/Saved to Synax/)).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Update instead' })));
    const update = calls('SAVE_RECORD').at(-1)?.[1] as { deliveryId: string; mode: unknown };
    expect(update).toMatchObject({ deliveryId: state.id, mode: { kind: 'update', id: 'c-1' } });
    expect(screen.getByRole('status').textContent).toContain('Updated');
  });

  it('a reopened popup with such a save: "create anyway" asks the outbox to send it without the lookup', async () => {
    const colleague: SavedRecord = { ...saved, id: 'c-1', name: 'Maria S.' };
    const waiting = view({ state: 'needs_attention', reason: 'duplicate', matches: [colleague], nextAttemptAt: null, lastError: null });
    askMock.mockImplementation(async (name: string) =>
      name === 'RESEND_DELIVERY' ? { ok: true, data: view({ state: 'delivered', record: saved, via: 'created', nextAttemptAt: null }) } : { ok: true, data: null },
    );
    render(<RecordForm session={readySession({ deliveries: [waiting] })} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Create anyway' })));
    expect(calls('RESEND_DELIVERY')[0]?.[1]).toEqual({ id: waiting.id, contact: null, skipLookup: true, updateId: null });
    expect(screen.getByRole('status').textContent).toContain('Saved to Synax: Maria Souza.');
  });

  it('the CRM took it without saying which record: "saved, link unknown", and Save does not send it again', async () => {
    askMock.mockImplementation(async (name: string) => {
      if (name === 'FIND_DUPLICATES') return { ok: true, data: [] };
      if (name === 'SAVE_RECORD') return { ok: true, data: view({ state: 'delivered', record: null, via: 'created', nextAttemptAt: null }) };
      return { ok: true, data: null };
    });
    render(<RecordForm session={readySession()} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    expect(screen.getByRole('status').textContent).toBe('Saved to Synax: Maria Souza. Synax did not say which record it is; look for it there by phone or e-mail.');
    expect(screen.queryByRole('link', { name: 'Open in Synax' })).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    expect(calls('SAVE_RECORD')).toHaveLength(1);
  });
});
