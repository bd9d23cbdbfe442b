// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import { ask } from '@/utils/messaging/client';
import { RecordForm } from './RecordForm';
import { readySession } from './testing';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn() }));
const askMock = vi.mocked(ask) as unknown as ReturnType<typeof vi.fn>;
const quote = '[10:41, 05/12/2026] Maria Souza: Quero 3 mesas de inox.';

beforeAll(() => useLocale('en'));
beforeEach(() => askMock.mockReset().mockImplementation(async (name: string) => ({ ok: true, data: name === 'READ_SELECTION' ? { note: quote } : null })));
afterEach(cleanup);

describe('the selection in the notes', () => {
  it('offers the tab’s selection and adds it below the notes only when the rep clicks', async () => {
    const session = readySession();
    render(<RecordForm session={{ ...session, tabId: 7, form: { ...session.form, notes: 'Ligar amanhã' } }} />);
    const offer = await screen.findByRole('button', { name: 'Add the selected text to the notes' });
    expect(askMock.mock.calls.filter(([name]) => name === 'READ_SELECTION')).toEqual([['READ_SELECTION', { tabId: 7 }]]);
    expect(screen.getByLabelText<HTMLTextAreaElement>('Notes').value).toBe('Ligar amanhã');
    await act(async () => fireEvent.click(offer));
    expect(screen.getByLabelText<HTMLTextAreaElement>('Notes').value).toBe(`Ligar amanhã\n\n${quote}`);
    expect(screen.getByText('The selected text is in the notes.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Add the selected text to the notes' })).toBeNull();
  });

  it('after the right-click item: says how it went and reads nothing more', async () => {
    render(<RecordForm session={{ ...readySession(), tabId: 7, selectionAdded: 'shortened' }} />);
    expect(screen.getByText('The selected text was cut to fit the notes (2000 characters at most).')).toBeTruthy();
    expect(askMock.mock.calls.filter(([name]) => name === 'READ_SELECTION')).toEqual([]);
  });

  it('offers nothing without a tab or a selection', async () => {
    askMock.mockImplementation(async () => ({ ok: true, data: { note: null } }));
    render(<RecordForm session={{ ...readySession(), tabId: 7 }} />);
    await act(async () => {});
    expect(screen.queryByRole('button', { name: 'Add the selected text to the notes' })).toBeNull();
  });
});
