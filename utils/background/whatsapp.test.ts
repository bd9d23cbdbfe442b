import 'fake-indexeddb/auto'; // these tests read and write API keys
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as records from './records';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { WhatsappChat } from '../capture/whatsapp/types';
import type { OutboxEntry } from '../outbox/schema';
import { delivery } from '../outbox/testing';
import { newEntry } from '../outbox/transitions';
import { addHistoryEntry, type HistoryEntry } from '../storage/history';
import { handedCapture } from './capture';
import { clearWhatsappLookupCache, lookupWhatsappChat, offerWhatsappChat, type WhatsappDeps } from './whatsapp';

const whatsappTab = { id: fakeBrowser.runtime.id, url: 'https://web.whatsapp.com/', tab: { id: 7 } as never, frameId: 0 };

const person: WhatsappChat = {
  kind: 'person',
  chatKey: '552187654321@c.us',
  name: 'Carlos Pereira',
  phone: '+5521987654321',
  waNumber: '552187654321',
  phoneWhy: null,
  participants: [],
  sources: { chatKey: 'message-ids', name: 'header-title', phone: 'message-ids' },
  attempts: [],
  identity: null,
  build: null,
};
const group: WhatsappChat = {
  ...person,
  kind: 'group',
  chatKey: '120363025555555555@g.us',
  name: 'Grupo Vendas Zona Sul',
  phone: null,
  waNumber: null,
  phoneWhy: 'group',
  participants: [
    { key: '5511955554444@c.us', name: 'Ana Lima', phone: '+5511955554444' },
    { key: '203040506070809@lid', name: 'Bruno Rocha', phone: null },
  ],
};

function deps(chat: WhatsappChat | null, outbox: OutboxEntry[] = []) {
  const offered: { captureId: string; tabId: number }[] = [];
  const read = vi.fn(async () => chat);
  const value: WhatsappDeps = { read, offer: async (captureId, tabId) => void offered.push({ captureId, tabId }), now: () => 1_000, deliveries: async () => outbox };
  return { value, offered, read };
}

async function offeredCapture(offered: { captureId: string }[]) {
  const handed = await handedCapture(offered[0]!.captureId);
  if (!handed.ok) throw new Error('no capture');
  return handed.data;
}

beforeEach(() => {
  fakeBrowser.reset();
  clearWhatsappLookupCache();
});

describe('OFFER_WHATSAPP_CHAT', () => {
  it('only from web.whatsapp.com top frame', async () => {
    const { value, read } = deps(person);
    for (const sender of [
      { ...whatsappTab, url: 'https://evil.example/' },
      { ...whatsappTab, frameId: 3 },
      { ...whatsappTab, tab: undefined },
      { ...whatsappTab, url: 'https://web.whatsapp.com.evil.example/' },
    ]) {
      expect(await offerWhatsappChat({ fresh: true, participant: null }, sender, value)).toEqual({ ok: false, error: { code: 'forbidden_sender' } });
    }
    expect(read).not.toHaveBeenCalled();
  });

  it('reads the chat itself and opens the popup for the sender tab, prefilled', async () => {
    const { value, offered, read } = deps(person);
    const reply = await offerWhatsappChat({ fresh: false, participant: null }, whatsappTab, value);
    expect(read).toHaveBeenCalledWith(7, false);
    expect(reply).toMatchObject({ ok: true, data: { opened: true, note: null, chat: { phone: '+5521987654321' } } });
    expect(offered).toHaveLength(1);
    expect(offered[0]!.tabId).toBe(7);
    expect((await offeredCapture(offered)).contacts[0]).toMatchObject({ name: 'Carlos Pereira', phones: ['+5521987654321'] });
  });

  it('says why a LID chat opens without a number', async () => {
    const { value } = deps({ ...person, chatKey: '109876543210987@lid', phone: null, waNumber: null, phoneWhy: 'lid' });
    expect(await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, value)).toMatchObject({ ok: true, data: { opened: true, note: 'lid' } });
  });

  it('never opens channels or status', async () => {
    const channel = deps({ ...group, kind: 'channel', participants: [], phoneWhy: 'channel' });
    expect(await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, channel.value)).toMatchObject({ ok: true, data: { opened: false, note: 'cannotChannel' } });
    const status = deps({ ...group, kind: 'status', participants: [], phoneWhy: 'status' });
    expect(await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, status.value)).toMatchObject({ ok: true, data: { opened: false, note: 'cannotStatus' } });
    const metaAi = deps({ ...group, kind: 'service', chatKey: '13135550002@c.us', participants: [], phoneWhy: 'service' });
    expect(await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, metaAi.value)).toMatchObject({ ok: true, data: { opened: false, note: 'cannotService' } });
    expect([...channel.offered, ...status.offered, ...metaAi.offered]).toEqual([]);
  });

  it('groups: returns the participants first, then opens the picked one', async () => {
    const { value, offered } = deps(group);
    expect(await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, value)).toMatchObject({
      ok: true,
      data: { opened: false, chat: { participants: group.participants } },
    });
    expect(offered).toEqual([]);
    const reply = await offerWhatsappChat({ fresh: true, participant: group.participants[1]! }, whatsappTab, value);
    expect(reply).toMatchObject({ ok: true, data: { opened: true, note: 'lid' } });
    expect((await offeredCapture(offered)).contacts.map((contact) => contact.name)).toEqual(['Bruno Rocha', 'Ana Lima']);
  });

  it('a picked sender who scrolled out of view is still the one saved', async () => {
    const { value, offered } = deps({ ...group, participants: [] });
    await offerWhatsappChat({ fresh: true, participant: { key: '5511944443333@c.us', name: 'Quieto', phone: '+5511944443333' } }, whatsappTab, value);
    expect((await offeredCapture(offered)).contacts[0]).toMatchObject({ name: 'Quieto', phones: ['+5511944443333'] });
  });

  it('a chat nothing could read still opens an empty form to type into', async () => {
    const { value, offered } = deps(null);
    expect(await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, value)).toMatchObject({ ok: true, data: { opened: true, note: 'noPhone' } });
    expect((await offeredCapture(offered)).contacts).toEqual([]);
  });
});

describe('LOOKUP_WHATSAPP_CHAT', () => {
  const saved = (overrides: Partial<HistoryEntry>): HistoryEntry => ({
    id: crypto.randomUUID(),
    at: 1,
    crm: 'syncro',
    destination: 'both',
    action: 'create',
    status: 'saved',
    name: 'Carlos Pereira',
    phone: '+5521987654321',
    email: null,
    page: { url: 'https://web.whatsapp.com/', title: 'WhatsApp' },
    record: { id: '7', url: 'https://app.syncro.chat/leads/7' },
    error: null,
    ...overrides,
  });

  it('finds a chat saved from this browser, under either Brazilian form, with no CRM key', async () => {
    await addHistoryEntry(saved({ phone: '+552187654321' }));
    await addHistoryEntry(saved({ crm: 'synax', status: 'failed', record: null }));
    const reply = await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(person).value);
    expect(reply).toEqual({ ok: true, data: { chat: person, saved: [{ crm: 'syncro', name: 'Carlos Pereira', url: 'https://app.syncro.chat/leads/7' }] } });
  });

  it('ignores history records that are not web links, and other numbers', async () => {
    await addHistoryEntry(saved({ record: { id: '7', url: 'javascript:alert(1)' } }));
    await addHistoryEntry(saved({ phone: '+5521987654322' }));
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(person).value)).toMatchObject({ ok: true, data: { saved: [] } });
  });

  it('does not look anything up for groups, LIDs or unreadable chats', async () => {
    await addHistoryEntry(saved({}));
    for (const chat of [group, { ...person, phone: null, phoneWhy: 'lid' as const }, null]) {
      expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(chat).value)).toEqual({ ok: true, data: { chat, saved: [] } });
    }
  });

  it('asks each CRM once per number for two minutes, and again as soon as anything was saved', async () => {
    const findDuplicates = vi.spyOn(records, 'findDuplicates').mockResolvedValue({ ok: true, data: [] });
    const now = { value: 10_000 };
    const value = { ...deps(person).value, now: () => now.value };
    await lookupWhatsappChat({ fresh: true }, whatsappTab, value);
    expect(findDuplicates).toHaveBeenCalledTimes(2);
    expect(findDuplicates).toHaveBeenCalledWith('syncro', { phones: ['+5521987654321', '+552187654321'], email: null });
    now.value += 60_000;
    await lookupWhatsappChat({ fresh: true }, whatsappTab, value);
    expect(findDuplicates).toHaveBeenCalledTimes(2);
    // A save (any) after the cached answer: the record may exist now.
    await addHistoryEntry(saved({ crm: 'synax', phone: '+5511900000000', at: now.value }));
    now.value += 1_000;
    findDuplicates.mockResolvedValueOnce({
      ok: true,
      data: [{ crm: 'syncro', id: '9', name: 'Carlos P.', phone: '+5521987654321', email: null, url: 'https://app.syncro.chat/leads/9' }],
    });
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, value)).toMatchObject({
      ok: true,
      data: { saved: [{ crm: 'syncro', name: 'Carlos P.', url: 'https://app.syncro.chat/leads/9' }] },
    });
    now.value += 200_000;
    await lookupWhatsappChat({ fresh: true }, whatsappTab, value);
    expect(findDuplicates).toHaveBeenCalledTimes(6);
  });

  it('does not cache a failed lookup', async () => {
    const findDuplicates = vi.spyOn(records, 'findDuplicates').mockResolvedValue({ ok: false, error: { code: 'network', crm: 'syncro', offline: true } });
    await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(person).value);
    await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(person).value);
    expect(findDuplicates).toHaveBeenCalledTimes(4);
  });

  it('refuses other senders', async () => {
    expect(await lookupWhatsappChat({ fresh: true }, { ...whatsappTab, url: 'https://example.com/' }, deps(person).value)).toEqual({
      ok: false,
      error: { code: 'forbidden_sender' },
    });
  });
});

describe('LOOKUP_WHATSAPP_CHAT is not an oracle (issue 13, point 7)', () => {
  const numbered = (n: number): WhatsappChat => ({ ...person, chatKey: `55119876500${String(n).padStart(2, '0')}@c.us`, phone: `+55119876500${String(n).padStart(2, '0')}` });

  it('limits lookups per tab: a burst, then one every few seconds; other tabs keep theirs', async () => {
    const findDuplicates = vi.spyOn(records, 'findDuplicates').mockResolvedValue({ ok: true, data: [] });
    const now = { value: 50_000 };
    const answered: number[] = [];
    for (let n = 0; n < 12; n++) {
      const value = { ...deps(numbered(n)).value, now: () => now.value };
      await lookupWhatsappChat({ fresh: true }, whatsappTab, value);
      answered.push(findDuplicates.mock.calls.length);
    }
    // Two CRMs per allowed lookup; past the burst of 8 nothing more is asked.
    expect(answered.at(-1)).toBe(16);
    expect(answered.slice(8)).toEqual([16, 16, 16, 16]);
    // The tab's chat is still read (the button still works), only the answer is withheld.
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, { ...deps(numbered(20)).value, now: () => now.value })).toMatchObject({
      ok: true,
      data: { chat: { phone: '+5511987650020' }, saved: [] },
    });
    const otherTab = { ...whatsappTab, tab: { id: 8 } as never };
    await lookupWhatsappChat({ fresh: true }, otherTab, { ...deps(numbered(30)).value, now: () => now.value });
    expect(findDuplicates).toHaveBeenCalledTimes(18);
    now.value += 6_000;
    await lookupWhatsappChat({ fresh: true }, whatsappTab, { ...deps(numbered(40)).value, now: () => now.value });
    expect(findDuplicates).toHaveBeenCalledTimes(20);
  });

  it("honours the outbox's per-CRM hold: a held CRM is not asked, the other is", async () => {
    const findDuplicates = vi.spyOn(records, 'findDuplicates').mockResolvedValue({ ok: true, data: [] });
    await fakeBrowser.storage.local.set({ outboxHolds: { syncro: 61_000 } });
    const value = { ...deps(person).value, now: () => 60_000 };
    await lookupWhatsappChat({ fresh: true }, whatsappTab, value);
    expect(findDuplicates.mock.calls.map(([crm]) => crm)).toEqual(['synax']);
    // Once the hold has passed, Syncro is asked again (nothing was cached while held).
    await lookupWhatsappChat({ fresh: true }, whatsappTab, { ...value, now: () => 61_001 });
    expect(findDuplicates.mock.calls.map(([crm]) => crm)).toEqual(['synax', 'syncro']);
  });

  it('treats a hold set before the clock went back (further ahead than any Retry-After) as over, as the outbox does', async () => {
    const findDuplicates = vi.spyOn(records, 'findDuplicates').mockResolvedValue({ ok: true, data: [] });
    await fakeBrowser.storage.local.set({ outboxHolds: { syncro: 60_000 + 30 * 24 * 3_600_000 } });
    await lookupWhatsappChat({ fresh: true }, whatsappTab, { ...deps(person).value, now: () => 60_000 });
    expect(findDuplicates.mock.calls.map(([crm]) => crm).sort()).toEqual(['synax', 'syncro']);
  });
});

describe('the number arrives later (issue 19): a lead saved from a LID chat without a phone', () => {
  const LID = '203040506070811@lid';
  const mapped: WhatsappChat = {
    ...person,
    chatKey: LID,
    name: 'Maria',
    phone: '+5511987650021',
    waNumber: '5511987650021',
    sources: { chatKey: 'store', name: 'store', phone: 'store' },
  };
  const savedWithoutPhone = (overrides: Partial<HistoryEntry> = {}): HistoryEntry => ({
    id: crypto.randomUUID(),
    at: 1,
    crm: 'syncro',
    destination: 'syncro',
    action: 'create',
    status: 'saved',
    name: 'Maria',
    phone: null,
    email: null,
    page: { url: 'https://web.whatsapp.com/', title: 'WhatsApp: Maria' },
    record: { id: '31', url: 'https://app.syncro.chat/leads/31' },
    error: null,
    lid: LID,
    ...overrides,
  });

  it('found in the history by LID: the button offers to add the number, the popup gets the record', async () => {
    const findDuplicates = vi.spyOn(records, 'findDuplicates').mockResolvedValue({ ok: true, data: [] });
    await addHistoryEntry(savedWithoutPhone());
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(mapped).value)).toEqual({
      ok: true,
      data: { chat: mapped, saved: [{ crm: 'syncro', name: 'Maria', url: 'https://app.syncro.chat/leads/31', addPhone: true }] },
    });
    // The CRMs' duplicate check was asked with the number: it is in no record yet.
    expect(findDuplicates).toHaveBeenCalledWith('syncro', { phones: ['+5511987650021', '+551187650021'], email: null });
    const { value, offered } = deps(mapped);
    await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, value);
    expect((await offeredCapture(offered)).whatsapp?.earlier).toEqual({
      crm: 'syncro',
      id: '31',
      name: 'Maria',
      url: 'https://app.syncro.chat/leads/31',
      savedAt: 1,
      update: null,
    });
  });

  it('reopened while the update adding it is in the outbox: the record, not the offer, and the popup says the number is on its way', async () => {
    vi.spyOn(records, 'findDuplicates').mockResolvedValue({ ok: true, data: [] });
    await addHistoryEntry(savedWithoutPhone());
    const adding = { ...newEntry(delivery({ mode: { kind: 'update', id: '31', only: 'phone' }, lid: LID }), 2), state: 'retrying' as const };
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(mapped, [adding]).value)).toEqual({
      ok: true,
      data: { chat: mapped, saved: [{ crm: 'syncro', name: 'Maria', url: 'https://app.syncro.chat/leads/31' }] },
    });
    const { value, offered } = deps(mapped, [adding]);
    await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, value);
    expect((await offeredCapture(offered)).whatsapp?.earlier).toMatchObject({ id: '31', savedAt: 1, update: 'underway' });
  });

  it("the CRM's duplicate check finds the number in a record: that record is shown, nothing is offered", async () => {
    const holder = { crm: 'syncro' as const, id: '40', name: 'Maria L.', phone: '+5511987650021', email: null, url: 'https://app.syncro.chat/leads/40' };
    vi.spyOn(records, 'findDuplicates').mockImplementation(async (crm) => ({ ok: true, data: crm === 'syncro' ? [holder] : [] }));
    await addHistoryEntry(savedWithoutPhone());
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(mapped).value)).toMatchObject({
      ok: true,
      data: { saved: [{ crm: 'syncro', name: 'Maria L.', url: holder.url }] },
    });
    const { value, offered } = deps(mapped);
    await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, value);
    expect((await offeredCapture(offered)).whatsapp?.earlier).toBeNull();
  });

  it('nothing is offered once the number was added, for another chat, while the number is still hidden, or for a refused save', async () => {
    vi.spyOn(records, 'findDuplicates').mockResolvedValue({ ok: true, data: [] });
    await addHistoryEntry(savedWithoutPhone({ lid: '999999999999999@lid' }));
    await addHistoryEntry(savedWithoutPhone({ status: 'discarded', record: null }));
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(mapped).value)).toMatchObject({ ok: true, data: { saved: [] } });
    const hidden = { ...mapped, phone: null, waNumber: null, phoneWhy: 'lid' as const };
    await addHistoryEntry(savedWithoutPhone({ at: 2 }));
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(hidden).value)).toMatchObject({ ok: true, data: { saved: [] } });
    // The update that added it is the chat's newest line: the number is in the record now.
    await addHistoryEntry(savedWithoutPhone({ at: 3, action: 'update', phone: '+5511987650021', via: 'updated' }));
    expect(await lookupWhatsappChat({ fresh: true }, whatsappTab, deps(mapped).value)).toMatchObject({
      ok: true,
      data: { saved: [{ crm: 'syncro', name: 'Maria', url: 'https://app.syncro.chat/leads/31' }] },
    });
    const { value, offered } = deps(mapped);
    await offerWhatsappChat({ fresh: true, participant: null }, whatsappTab, value);
    expect((await offeredCapture(offered)).whatsapp?.earlier).toBeNull();
  });
});
