// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useLocale } from '@/tests/unit/i18n';
import { resolveChat } from '@/utils/capture/whatsapp/resolve';
import { installStoreDouble } from '@/utils/capture/whatsapp/store-double';
import { readStore } from '@/utils/capture/whatsapp/store-reader';
import { storeFixture, whatsappPages } from '@/utils/capture/whatsapp/testing';
import type { EarlierRecord } from '@/utils/capture/whatsapp/note';
import { chatToCapture } from '@/utils/capture/whatsapp/to-capture';
import { ask } from '@/utils/messaging/client';
import { initialForm } from '@/utils/popup/form';
import { RecordForm } from './RecordForm';
import { context } from './testing';

vi.mock('@/utils/messaging/client', () => ({ ask: vi.fn() }));

const page = whatsappPages();

/** The popup on a WhatsApp fixture, read as the background reads it (store double or none). */
function popupOn(fixture: string, store: string | null, earlier: EarlierRecord | null = null, picked: string | null = null) {
  const win: Record<string, unknown> = {};
  if (store) installStoreDouble(storeFixture(store), win);
  const chat = resolveChat({ root: page(fixture), url: 'https://web.whatsapp.com/', store: store ? readStore(win) : null });
  const { capture } = chatToCapture(chat, picked, 'BR');
  // What the background adds from its history (utils/background/whatsapp-earlier.ts).
  if (capture.whatsapp) capture.whatsapp.earlier = earlier;
  const form = initialForm({ capture, settings: context.settings, remembered: context.remembered, configured: context.configured });
  render(<RecordForm session={{ phase: 'ready', draftKey: null, capture, notice: null, context, form, restored: false, tabId: null, selectionAdded: null }} />);
}

beforeAll(() => useLocale('en'));
afterEach(cleanup);

describe('the popup on a WhatsApp chat without a number', () => {
  it('LID chat by username: who it is, why the number is empty, the cursor in the phone field (lid-username.2026-12-05.*)', () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    popupOn('lid-username', 'lid-username');
    const notice = screen.getByRole('note');
    expect(notice.textContent).toContain('~Maria · @maria.lopez · number hidden (+43 ••• •• 21)');
    expect(notice.textContent).toContain("WhatsApp hides this contact's number. Ask them for it in the chat");
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Maria');
    const phone = screen.getByLabelText(/^Phone/);
    expect(phone).toHaveProperty('value', '');
    expect(document.activeElement).toBe(phone);
  });

  it('Synax: stopped before sending, with a clear message; the username and LID wait in the notes for Syncro (lid-username.2026-12-05.*)', async () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    popupOn('lid-username', 'lid-username');
    expect(screen.getByRole('note').textContent).toContain('Synax needs a phone number. Save to Syncro now, or keep this capture');
    expect(screen.getByLabelText('Notes')).toHaveProperty('value', 'WhatsApp: @maria.lopez · wa-lid:203040506070811');
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Save to CRM' })));
    expect(vi.mocked(ask).mock.calls.filter(([name]) => name === 'SAVE_RECORD' || name === 'FIND_DUPLICATES')).toEqual([]);
    expect(screen.getByLabelText(/^Phone/).getAttribute('aria-invalid')).toBe('true');
  });

  // How a contact whose number is hidden reached the rep (`lidOriginType`, `isUsernameContact`), in the who line.
  it('ad chat: the pushname, "number hidden" and that they came from an ad (ctwa-ad.2026-12-05.*)', () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    popupOn('ctwa-ad', 'ctwa-ad');
    expect(screen.getByRole('note').textContent).toContain('~Carlos · number hidden · came from an ad');
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Carlos');
  });

  it('business by username: the verified business name in the form, the pushname, handle, masked number and how they wrote in the who line (lid-business.2026-12-05.*)', () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    popupOn('lid-business', 'lid-business');
    expect(screen.getByRole('note').textContent).toContain('~Vilma - Doces da Vila · @docesdavila · number hidden (+55 ••• ••• ••47) · wrote by username');
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Doces da Vila Confeitaria');
    expect(screen.getByLabelText(/^Phone/)).toHaveProperty('value', '');
    expect(screen.getByLabelText('Notes')).toHaveProperty('value', 'WhatsApp: @docesdavila · wa-lid:203040506070815');
  });

  it('group member known by LID: their name in the form, their handle and "number hidden" in the notice (group-lid-members.2026-12-05.*)', () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    popupOn('group-lid-members', 'group-lid-members', null, '203040506070820@lid');
    const notice = screen.getByRole('note').textContent;
    expect(notice).toContain('@paula.reis · number hidden');
    expect(notice).toContain("WhatsApp hides this contact's number. Ask them for it in the chat");
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Paula Reis');
    expect(screen.getByLabelText(/^Phone/)).toHaveProperty('value', '');
  });

  it('every layer failed (window.require absent, bare ids): plain words, and a record to copy without names or numbers', async () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({ version: '1.4.0' } as never);
    popupOn('saved-contact-bare-ids', null);
    expect(screen.getByRole('note').textContent).toContain('CRM Capture could not read a number in this chat (WhatsApp Web may have changed). Type the number here.');
    expect(document.activeElement).toBe(screen.getByLabelText(/^Phone/));
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Copy details for support' })));
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toMatch(/^CRM Capture 1\.4\.0\nWhatsApp Web \(build unknown\)\nchat: person, no number \(not-found\)\n/);
    expect(copied).toContain('message-ids: unrecognised (data-id-without-key)');
    expect(copied).toContain('store: unavailable (no-answer)');
    expect(copied).not.toMatch(/Luana|Ferreira|\d{8}|Oi!/);
    expect(screen.getByRole('button', { name: 'Details copied. Paste them into your support request.' })).toBeTruthy();
  });

  it('says nothing when the number was read, and names the build in the record', () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    popupOn('saved-contact-bare-ids', 'saved-contact-bare-ids');
    expect(screen.queryByRole('note')).toBeNull();
    expect(document.activeElement).toBe(screen.getByLabelText('Name'));
  });

  it('the number arrived later: one click adds it to the record saved earlier, as an update of the phone alone (lid-username-mapped.2026-12-05.store.json)', async () => {
    const earlier = { crm: 'syncro' as const, id: '31', name: 'Maria', url: 'https://app.syncro.chat/leads/31', savedAt: Date.UTC(2026, 11, 1, 12) };
    const record = { crm: 'syncro' as const, id: '31', name: 'Maria', phone: '+5511987650021', email: null, url: earlier.url };
    vi.mocked(ask).mockReset();
    vi.mocked(ask).mockImplementation((async (name: string) => (name === 'SAVE_RECORD' ? { ok: true, data: { state: 'delivered', record } } : { ok: true, data: null })) as never);
    popupOn('lid-username', 'lid-username-mapped', earlier);
    const offer = screen.getByRole('region', { name: 'Add the number to that record' });
    expect(offer.textContent).toContain('Syncro has Maria, saved from this chat without a number. WhatsApp shows the number now: (11) 98765-0021.');
    // The form itself is the usual one, with the number: no "number hidden" notice.
    expect(screen.getByLabelText(/^Phone/)).toHaveProperty('value', '(11) 98765-0021');
    expect(screen.queryByRole('note')).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add the number to that record' })));
    const saves = vi.mocked(ask).mock.calls.filter(([name]) => name === 'SAVE_RECORD');
    expect(saves).toHaveLength(1);
    expect(saves[0]![1]).toMatchObject({
      crm: 'syncro',
      mode: { kind: 'update', id: '31', only: 'phone' },
      draft: { contact: { name: 'Maria', phones: ['+5511987650021'] } },
      lid: '203040506070811@lid',
    });
    expect(offer.textContent).toContain('Number added to Maria in Syncro.');
    expect(screen.queryByRole('button', { name: 'Add the number to that record' })).toBeNull();
  });

  it('a refused update says why and keeps the form', async () => {
    vi.mocked(ask).mockReset();
    vi.mocked(ask).mockImplementation((async (name: string) =>
      name === 'SAVE_RECORD' ? { ok: true, data: { state: 'needs_attention', lastError: { code: 'not_found', crm: 'syncro' } } } : { ok: true, data: null }) as never);
    popupOn('lid-username', 'lid-username-mapped', { crm: 'syncro', id: '31', name: 'Maria', url: 'https://app.syncro.chat/leads/31', savedAt: Date.UTC(2026, 11, 1, 12) });
    await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add the number to that record' })));
    expect(screen.getByRole('alert').textContent).not.toBe('');
    expect(screen.getByLabelText('Name')).toHaveProperty('value', 'Maria');
  });

  it('opened again while the outbox is adding the number: said, not offered a second time', () => {
    vi.mocked(ask).mockReset();
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    const earlier = { crm: 'syncro' as const, id: '31', name: 'Maria', url: 'https://app.syncro.chat/leads/31', savedAt: Date.UTC(2026, 11, 1, 12) };
    popupOn('lid-username', 'lid-username-mapped', { ...earlier, update: 'underway' });
    const offer = screen.getByRole('region', { name: 'Add the number to that record' });
    expect(offer.textContent).toContain('Number being added to Maria, the record saved in Syncro on Dec 1, 2026.');
    expect(screen.queryByRole('button', { name: 'Add the number to that record' })).toBeNull();
    cleanup();
    // Refused by the CRM: the capture history has it, for the rep to send again or discard.
    popupOn('lid-username', 'lid-username-mapped', { ...earlier, update: 'needs-you' });
    expect(screen.getByRole('region', { name: 'Add the number to that record' }).textContent).toContain('Syncro did not take the number for Maria (saved on Dec 1, 2026).');
    expect(screen.queryByRole('button', { name: 'Add the number to that record' })).toBeNull();
    expect(vi.mocked(ask).mock.calls.filter(([name]) => name === 'SAVE_RECORD')).toEqual([]);
  });
});

describe('in Portuguese', () => {
  beforeAll(() => useLocale('pt_BR'));
  afterAll(() => useLocale('en'));

  it('says how the contact reached the rep, translated (ctwa-ad and lid-username-hidden.2026-12-05.*)', () => {
    vi.mocked(ask).mockResolvedValue({ ok: true, data: null } as never);
    popupOn('ctwa-ad', 'ctwa-ad');
    expect(screen.getByRole('note').textContent).toContain('~Carlos · número oculto · veio de um anúncio');
    cleanup();
    popupOn('lid-username-hidden', 'lid-username-hidden');
    expect(screen.getByRole('note').textContent).toContain('~João · @joao.prado · número oculto (+49 151 ... 12345) · escreveu pelo nome de usuário');
  });
});
