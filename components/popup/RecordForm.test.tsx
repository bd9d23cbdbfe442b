// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import type { SavedRecord } from '@/utils/crm/provider';
import { ask } from '@/utils/messaging/client';
import type { DeliveryView } from '@/utils/outbox/schema';
import { initialForm } from '@/utils/popup/form';
import { RecordForm } from './RecordForm';
import { capture, deliveryView, readySession } from './testing';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn() }));
const askMock = vi.mocked(ask) as unknown as ReturnType<typeof vi.fn>;

const session = readySession();
const existing: SavedRecord = { crm: 'synax', id: 'c-1', name: 'Maria Souza', phone: '+5511987654321', email: null, url: 'https://app.synax.app.br/crm/contacts/c-1' };
/** SAVE_RECORD answers with the delivery (utils/outbox); these CRMs answered at once. */
const delivered = (record: SavedRecord, action: 'create' | 'update' = 'create'): DeliveryView =>
  deliveryView({ id: crypto.randomUUID(), crm: record.crm, action, state: 'delivered', attempts: 1, record, via: action === 'create' ? 'created' : 'updated', settledAt: 1 });

function answer(replies: Record<string, unknown>) {
  askMock.mockImplementation(async (name: string) => ({ ok: true, data: replies[name] ?? null }));
}
const calls = (name: string) => askMock.mock.calls.filter(([called]) => called === name);

beforeAll(() => useLocale('en'));
beforeEach(() => askMock.mockReset());
afterEach(cleanup);

describe('RecordForm', () => {
  it('blocks an invalid phone inline, focused, without asking the background', async () => {
    answer({});
    render(<RecordForm session={session} />);
    const phone = screen.getByLabelText('Phone');
    fireEvent.change(phone, { target: { value: '12345' } });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    expect(phone.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById(phone.getAttribute('aria-describedby')!)?.textContent).toContain('Not a valid phone number.');
    expect(document.activeElement).toBe(phone);
    expect(calls('FIND_DUPLICATES')).toHaveLength(0);
    expect(calls('SAVE_RECORD')).toHaveLength(0);
  });

  it('looks for duplicates, then creates, and shows the record with its link', async () => {
    const saved = { ...existing, id: 'c-2', url: 'https://app.synax.app.br/crm/contacts/c-2' };
    answer({ FIND_DUPLICATES: [], SAVE_RECORD: delivered(saved) });
    render(<RecordForm session={session} />);
    await act(async () => fireEvent.submit(screen.getByRole('button', { name: 'Save to CRM' }).closest('form')!));
    expect(calls('FIND_DUPLICATES')[0]?.[1]).toEqual({ crm: 'synax', phones: ['+5511987654321'], email: null });
    expect(calls('SAVE_RECORD')[0]?.[1]).toMatchObject({
      crm: 'synax',
      mode: { kind: 'create' },
      destination: 'synax',
      draftKey: 'tab-1',
      draft: { contact: { name: 'Maria Souza', phones: ['+5511987654321'], source: 'padariasol.example' }, synax: { temperature: 'warm' } },
    });
    expect(screen.getByRole('status').textContent).toContain('Saved to Synax: Maria Souza.');
    expect(screen.getByRole('link', { name: 'Open in Synax' }).getAttribute('href')).toBe(saved.url);
  });

  it('offers the duplicate and updates it instead of creating', async () => {
    answer({ FIND_DUPLICATES: [existing], SAVE_RECORD: delivered(existing, 'update') });
    render(<RecordForm session={session} />);
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    const offer = screen.getByRole('region', { name: 'Synax already has this person' });
    expect(within(offer).getByRole('link', { name: 'Open Maria Souza in Synax' }).getAttribute('href')).toBe(existing.url);
    expect(calls('SAVE_RECORD')).toHaveLength(0);
    await act(async () => fireEvent.click(within(offer).getByRole('button', { name: 'Update instead' })));
    expect(calls('SAVE_RECORD')[0]?.[1]).toMatchObject({ mode: { kind: 'update', id: 'c-1' } });
    expect(screen.getByRole('status').textContent).toContain('Updated in Synax: Maria Souza.');
  });

  it('writes the draft as the user types, debounced', async () => {
    vi.useFakeTimers();
    answer({});
    render(<RecordForm session={session} />);
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'l' } });
    fireEvent.change(screen.getByLabelText('Notes'), { target: { value: 'ligar amanhã' } });
    expect(calls('SAVE_DRAFT')).toHaveLength(0);
    await act(async () => vi.advanceTimersByTimeAsync(300));
    expect(calls('SAVE_DRAFT')).toHaveLength(1);
    expect(calls('SAVE_DRAFT')[0]?.[1]).toMatchObject({ key: 'tab-1', draft: { notes: 'ligar amanhã', name: 'Maria Souza' } });
    vi.useRealTimers();
  });

  it.each([
    ['en', 'Add the country code'],
    ['pt_BR', 'Adicione o código do país'],
  ] as const)('offers a telephone field no plan reads as written, asking (%s) for the country code', async (locale, hint) => {
    await useLocale(locale);
    answer({});
    const odd = { ...capture, contacts: [{ ...capture.contacts[0]!, unreadPhones: ['(212) 555-0147'] }] };
    const { settings, remembered, configured } = session.context;
    const form = initialForm({ capture: odd, settings, remembered, configured });
    render(<RecordForm session={{ ...session, capture: odd, form }} />);
    const typed = screen.getByDisplayValue('(212) 555-0147');
    expect(document.getElementById(typed.getAttribute('aria-describedby')!)?.textContent).toContain(hint);
    expect(screen.getByDisplayValue('(11) 98765-4321').getAttribute('aria-describedby')).toBeNull();
    await useLocale('en');
  });
});
