// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { useLocale } from '@/tests/unit/i18n';
import { ask } from '@/utils/messaging/client';
import { QuarantinedSaves } from './QuarantinedSaves';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn() }));
const askMock = vi.mocked(ask) as unknown as ReturnType<typeof vi.fn>;

const readable = {
  key: 'outbox/a',
  at: Date.UTC(2026, 11, 5, 9),
  reason: 'state: Invalid option',
  crm: 'syncro',
  name: 'Maria Souza',
  resendable: true,
  raw: { v: 1, job: { crm: 'syncro' } },
};
const junk = { key: 'outbox/b', at: Date.UTC(2026, 11, 5, 9), reason: 'not an object', crm: null, name: null, resendable: false, raw: 42 };

beforeAll(() => useLocale('en'));
afterEach(cleanup);

describe('saves that could not be read, on the capture history', () => {
  it('lists them, sends a readable one again, and exports all of them as a JSON file', async () => {
    askMock.mockImplementation(async (name: string) => (name === 'OUTBOX_QUARANTINE' ? { ok: true, data: [readable, junk] } : { ok: true, data: null }));
    const onResent = vi.fn();
    await act(async () => void render(<QuarantinedSaves count={2} onResent={onResent} />));
    expect(screen.getByRole('region', { name: 'Saves that could not be read' }).textContent).toContain('Maria Souza → Syncro');
    expect(screen.getAllByRole('button', { name: 'Send again' })).toHaveLength(1);

    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Send again' })));
    expect(askMock).toHaveBeenCalledWith('RESEND_QUARANTINED', { key: 'outbox/a' });
    expect(onResent).toHaveBeenCalled();

    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), 'blob:export'));
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Export all (JSON)' }));
    expect(click).toHaveBeenCalled();
    expect(JSON.parse(await blobs[0]!.text())).toEqual([readable, junk]);
  });
});
