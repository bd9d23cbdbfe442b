import { describe } from 'vitest';
import type { FirefoxSession } from './harness/firefox';
import { connectCrms } from './connect';
import { eventually, expect, test } from './fixtures';
import { PopupPage } from './pages/popup-page';
import { WhatsappPage } from './pages/whatsapp-page';

interface HandedCapture {
  id: string;
  capture: { contacts: { name: string | null; company?: string | null; phones: string[] }[]; url: string; whatsapp?: { report: string } };
}

/** The capture the last click handed over (session storage; extension pages share it with the background). */
async function lastHandedCapture(firefox: FirefoxSession): Promise<HandedCapture | null> {
  return firefox.privileged(async () => {
    const { handedCaptures } = (await browser.storage.session.get('handedCaptures')) as { handedCaptures?: HandedCapture[] };
    return handedCaptures?.at(-1) ?? null;
  }, null);
}

// The Chromium scenarios of tests/e2e/05-whatsapp.spec.ts, in Firefox ESR.
describe('Firefox: WhatsApp Web', () => {
  test('the button sits in the chat header and follows chat switches, groups and channels', async ({ firefox }) => {
    const whatsapp = await WhatsappPage.open(firefox, 'saved-contact');
    await whatsapp.saveButton();
    expect(await whatsapp.count('#main header crm-capture-whatsapp')).toBe(1);

    await whatsapp.switchTo('unsaved-contact');
    await eventually(() => whatsapp.count('#main header crm-capture-whatsapp')).toBe(1);
    await whatsapp.saveButton();

    // A group: the button offers the senders on screen; LID senders say their number is hidden.
    await whatsapp.switchTo('group-chat');
    await eventually(() => whatsapp.count('#main header crm-capture-whatsapp')).toBe(1);
    await (await whatsapp.saveButton()).click();
    await eventually(() => whatsapp.menuItems()).toHaveLength(3);
    const items = await whatsapp.menuItems();
    expect(items.find((item) => item.includes('Ana Lima'))).toContain('+5511955554444');
    expect(items.find((item) => item.includes('Bruno Rocha'))).toContain('number hidden by WhatsApp');
    await whatsapp.page.keyboard.press('Escape');
    await eventually(() => whatsapp.menuItems()).toEqual([]);

    // A channel cannot be saved, and the button says so when clicked.
    await whatsapp.switchTo('channel');
    await eventually(async () => (await whatsapp.saveButton()).evaluate((node) => node.getAttribute('aria-disabled'))).toBe('true');
    await (await whatsapp.saveButton()).click();
    await eventually(() => whatsapp.noteText()).toBe('Channels cannot be saved to a CRM.');

    // A newer layout without <header>: the button still finds its place.
    await whatsapp.switchTo('saved-contact-newer');
    await eventually(() => whatsapp.count('#main [role="banner"] crm-capture-whatsapp')).toBe(1);
    await whatsapp.saveButton();
    expect(await whatsapp.count('crm-capture-whatsapp')).toBe(1);
    expect(whatsapp.blocked).toEqual([]);
  });

  test("one click opens the toolbar popup (Firefox 153+) with the chat's name and number", async ({ firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const whatsapp = await WhatsappPage.open(firefox, 'br-12-digit');
    // A user clicks in the active tab, and the toolbar popup reads that tab.
    await firefox.activateTab(await firefox.privileged(async () => (await browser.tabs.query({ url: 'https://web.whatsapp.com/*' }))[0]!.id!, null));
    await (await whatsapp.saveButton()).click();
    // openPopup() without a user gesture is on by default since it became a pref, so the capture
    // opens where a Chrome user sees it: the toolbar popup, not a window.
    await eventually(() => firefox.toolbarPopupValues(['Name', 'Phone'])).toEqual({ Name: 'Carlos Pereira', Phone: '(21) 98765-4321' });
    const { id } = (await lastHandedCapture(firefox))!;
    expect(await firefox.findExtensionPage((href) => href.endsWith(`/popup.html?capture=${id}`), 500).catch(() => null)).toBeNull();
  });

  test('one click: a Syncro lead and a Synax contact with the E.164 number (9th digit added) and the name', async ({ gestureOnlyFirefox: firefox, syncro, synax }) => {
    await connectCrms(firefox, { syncro, synax });
    const whatsapp = await WhatsappPage.open(firefox, 'br-12-digit');
    await (await whatsapp.saveButton()).click();

    await eventually(() => lastHandedCapture(firefox)).toMatchObject({
      capture: { url: 'https://web.whatsapp.com/send?phone=552187654321', contacts: [{ name: 'Carlos Pereira', phones: ['+5521987654321'] }] },
    });
    // A Firefox whose action.openPopup() needs a user gesture (140–152 by default): the gesture
    // does not survive the content script → background message, so the capture opens in a popup
    // window (the COMPAT note in utils/background/capture.ts). That window is what the user sees: drive it.
    const { id } = (await lastHandedCapture(firefox))!;
    const popup = new PopupPage(await firefox.findExtensionPage((href) => href.endsWith(`/popup.html?capture=${id}`)));
    await eventually(() => popup.value('Name')).toBe('Carlos Pereira');
    expect(await popup.value('Phone')).toBe('(21) 98765-4321');
    expect(await popup.value('Source')).toBe('whatsapp');
    await popup.chooseDestinations('Syncro', 'Synax');
    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'WhatsApp'); // required by the mock account's custom fields
    await popup.save();
    await eventually(() => popup.statusText()).toContain('Saved to Syncro: Carlos Pereira.');
    await eventually(() => popup.statusText()).toContain('Saved to Synax: Carlos Pereira.');

    expect(syncro.leads.map((lead) => [lead.name, lead.phone])).toEqual([['Carlos Pereira', '+5521987654321']]);
    expect(synax.contacts.filter((contact) => contact.phone === '+5521987654321').map((contact) => contact.name)).toEqual(['Carlos Pereira']);

    // Back on WhatsApp, the same chat now says where it is saved: the user's first click there
    // (a trusted input) asks again.
    await whatsapp.page.bringToFront();
    await whatsapp.page.click('#main footer');
    await eventually(async () => Boolean(await whatsapp.openIn('Syncro'))).toBe(true);
    await eventually(async () => Boolean(await whatsapp.openIn('Synax'))).toBe(true);
    expect(whatsapp.blocked).toEqual([]);
  });

  test('LID chat: no phone and why; the LID mapping in WhatsApp memory fills it through the MAIN world', async ({ firefox, synax }) => {
    await connectCrms(firefox, { synax });
    const plain = await WhatsappPage.open(firefox, 'lid-chat');
    await (await plain.saveButton()).click();
    await eventually(() => plain.noteText()).toBe("WhatsApp hides this contact's number. The form opens with the name; type the number.");
    expect((await lastHandedCapture(firefox))?.capture.contacts).toEqual([
      { name: 'Paulo Mendes', company: null, phones: [], emails: [], sources: [], whatsapp: [], origins: {}, nameOrigin: expect.objectContaining({ source: 'whatsapp' }) },
    ]);

    // The same chat where WhatsApp's in-memory LID cache knows the number (modelled module system),
    // read by whatsapp-store.js in the page's MAIN world (the COMPAT note in utils/background/whatsapp-tab.ts).
    const withCache = await WhatsappPage.open(firefox, 'lid-chat', {
      beforeLoad: () => {
        const wid = (serialized: string) => ({ _serialized: serialized, user: serialized.split('@')[0], server: serialized.split('@')[1] });
        const chat = { id: wid('109876543210987@lid'), active: true, name: 'Paulo Mendes', contact: {} };
        const modules: Record<string, unknown> = {
          WAWebCollections: { Chat: { getModelsArray: () => [chat] }, Contact: { get: () => undefined } },
          WAWebApiContact: { lidPnCache: { getPhoneNumber: (id: { _serialized: string }) => (id._serialized === '109876543210987@lid' ? wid('5511912345678@c.us') : undefined) } },
        };
        Object.assign(window, { require: (name: string) => modules[name] });
      },
    });
    await plain.page.close();
    await (await withCache.saveButton()).click();
    await eventually(async () => (await lastHandedCapture(firefox))?.capture.contacts[0]?.phones).toEqual(['+5511912345678']);
  });

  test('the toolbar popup reads the open chat the same way', async ({ firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const whatsapp = await WhatsappPage.open(firefox, 'unsaved-contact');
    await whatsapp.saveButton();
    const tabId = await firefox.privileged(async () => (await browser.tabs.query({ url: 'https://web.whatsapp.com/*' }))[0]?.id, null);
    expect(tabId).toBeTypeOf('number');
    // MAIN-world and isolated-world injections (utils/capture/whatsapp/bridge.ts) both run in Firefox.
    const popup = new PopupPage(await firefox.openExtensionPage(`popup.html?tab=${tabId}`));
    await eventually(() => popup.value('Phone')).toBe('(11) 98765-4321');
    expect(await popup.value('Name')).toBe('');
  });

  // 2026 rollouts: bare message ids, testids, the real store names (the Chromium cases of tests/e2e/05-whatsapp.spec.ts).
  test('a LID chat by username: the popup says who it is and why the number is empty; the mapping fills it later', async ({ gestureOnlyFirefox: firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const whatsapp = await WhatsappPage.open(firefox, 'lid-username', { store: 'lid-username' });
    await (await whatsapp.saveButton()).click();
    await eventually(() => whatsapp.noteText()).toBe("WhatsApp hides this contact's number. The form opens with the name; type the number.");
    const { id, capture } = (await lastHandedCapture(firefox))!;
    expect(capture.contacts).toEqual([
      { name: 'Maria', company: null, phones: [], emails: [], sources: [], whatsapp: [], origins: {}, nameOrigin: expect.objectContaining({ source: 'whatsapp' }) },
    ]);
    const popup = new PopupPage(await firefox.findExtensionPage((href) => href.endsWith(`/popup.html?capture=${id}`)));
    await eventually(() => popup.noteText()).toContain('~Maria · @maria.lopez · number hidden (+43 ••• •• 21)');
    expect(await popup.value('Name')).toBe('Maria');
    expect(await popup.value('Phone')).toBe('');
    expect(await popup.focused('Phone')).toBe(true);

    await whatsapp.withStore('lid-username-mapped');
    await whatsapp.page.reload();
    await (await whatsapp.saveButton()).click();
    await eventually(async () => (await lastHandedCapture(firefox))?.capture.contacts[0]?.phones).toEqual(['+5511987650021']);
    expect(whatsapp.blocked).toEqual([]);
  });

  test('a LID chat by username: Synax stopped before sending, a Syncro lead without a phone carrying the username and the LID; the number added to it once WhatsApp knows it', async ({
    gestureOnlyFirefox: firefox,
    syncro,
    synax,
  }) => {
    await connectCrms(firefox, { syncro, synax });
    const whatsapp = await WhatsappPage.open(firefox, 'lid-username', { store: 'lid-username' });
    await (await whatsapp.saveButton()).click();
    await eventually(() => lastHandedCapture(firefox)).toMatchObject({ capture: { contacts: [{ name: 'Maria', phones: [] }] } });
    const { id } = (await lastHandedCapture(firefox))!;
    const popup = new PopupPage(await firefox.findExtensionPage((href) => href.endsWith(`/popup.html?capture=${id}`)));
    await eventually(() => popup.value('Name')).toBe('Maria');
    expect(await popup.value('Phone')).toBe('');
    // Synax requires a phone: said before Save, and Save sends nothing.
    await popup.chooseDestinations('Syncro', 'Synax');
    await eventually(() => popup.noteText()).toContain('Synax needs a phone number.');
    const [synaxBefore, syncroBefore] = [synax.requests.length, syncro.requests.filter((request) => request.path.startsWith('/leads')).length];
    await popup.save();
    await eventually(async () => (await popup.field('Phone')).evaluate((node) => node.getAttribute('aria-invalid'))).toBe('true');
    expect(synax.requests).toHaveLength(synaxBefore);
    expect(syncro.requests.filter((request) => request.path.startsWith('/leads'))).toHaveLength(syncroBefore);
    // Saved to Syncro without a phone: the username and the LID stay in the lead's notes.
    expect(await popup.value('Notes')).toBe('WhatsApp: @maria.lopez · wa-lid:203040506070811');
    await popup.chooseDestinations('Syncro');
    await popup.syncroReady();
    await popup.fill('Origem (detalhe)', 'WhatsApp');
    await popup.save();
    await eventually(() => popup.statusText()).toContain('Saved to Syncro: Maria.');
    expect(syncro.leads.map((lead) => [lead.name, lead.phone ?? null, lead.notes])).toEqual([['Maria', null, 'WhatsApp: @maria.lopez · wa-lid:203040506070811']]);
    expect(synax.contacts.filter((contact) => contact.name === 'Maria')).toEqual([]);
    const lead = { ...syncro.leads[0]! };
    await popup.page.close();

    // WhatsApp learned the mapping: the same chat, opened again, offers to add the number to that lead.
    await whatsapp.withStore('lid-username-mapped');
    await whatsapp.page.reload();
    const addNumber = await whatsapp.addNumber('Syncro');
    expect(await addNumber.evaluate((node) => (node as HTMLElement).innerText)).toBe('Add number');
    await addNumber.click();
    await eventually(async () => (await lastHandedCapture(firefox))?.capture.contacts[0]).toMatchObject({ name: 'Maria', phones: ['+5511987650021'] });
    const handed = (await lastHandedCapture(firefox))!.id;
    const later = new PopupPage(await firefox.findExtensionPage((href) => href.endsWith(`/popup.html?capture=${handed}`)));
    const offer = 'Add the number to that record';
    await eventually(() => later.regionText(offer)).toContain('Syncro has Maria, saved from this chat without a number. WhatsApp shows the number now: (11) 98765-0021.');
    await later.button(offer);
    await eventually(() => later.regionText(offer)).toContain('Number added to Maria in Syncro.');
    // Exactly one update, with the phone alone (E.164), to the lead created before; nothing else changed.
    expect(syncro.requests.filter((request) => request.method === 'PUT').map((request) => [request.path, request.body, request.status])).toEqual([
      [`/leads/${lead.id}`, { phone: '+5511987650021' }, 200],
    ]);
    expect(syncro.requests.filter((request) => request.method === 'POST' && request.path === '/leads')).toHaveLength(1);
    expect(syncro.leads).toEqual([{ ...lead, phone: '+5511987650021', updated_at: expect.any(String) }]);
    expect(whatsapp.blocked).toEqual([]);
  }, 120_000); // two visits to the chat and two popups: about twice the usual minute's budget

  test('every layer fails (no window.require, bare ids): the popup says so and the phone waits', async ({ gestureOnlyFirefox: firefox, syncro }) => {
    await connectCrms(firefox, { syncro });
    const whatsapp = await WhatsappPage.open(firefox, 'saved-contact-bare-ids');
    await (await whatsapp.saveButton()).click();
    await eventually(() => whatsapp.noteText()).toBe('No number is visible in this chat. The form opens with the name; type the number.');
    const { id, capture } = (await lastHandedCapture(firefox))!;
    expect(capture.whatsapp?.report).toContain('store: unavailable (no-require)\nmessage-ids: unrecognised (data-id-without-key)');
    const popup = new PopupPage(await firefox.findExtensionPage((href) => href.endsWith(`/popup.html?capture=${id}`)));
    await eventually(() => popup.noteText()).toContain('CRM Capture could not read a number in this chat (WhatsApp Web may have changed).');
    expect(await popup.value('Name')).toBe('Luana Ferreira');
    expect(await popup.focused('Phone')).toBe(true);
  });

  test('store present: Meta Verified is a person, group members with bare ids, an open channel never offered', async ({ firefox }) => {
    const whatsapp = await WhatsappPage.open(firefox, 'meta-verified', { store: 'meta-verified' });
    await (await whatsapp.saveButton()).click();
    await eventually(async () => (await lastHandedCapture(firefox))?.capture.contacts[0]).toMatchObject({ name: 'Fernanda Alves', company: null, phones: ['+5521912340000'] });

    await whatsapp.withStore('group-bare-ids');
    whatsapp.serve('group-bare-ids');
    await whatsapp.page.reload();
    await (await whatsapp.saveButton()).click();
    await eventually(() => whatsapp.menuItems()).toHaveLength(4);
    const items = await whatsapp.menuItems();
    expect(items.find((item) => item.includes('Bruno Rocha'))).toContain('+5511944443333');
    expect(items.find((item) => item.includes('Carla Dias'))).toContain('number hidden by WhatsApp');
    await whatsapp.page.keyboard.press('Escape');

    await whatsapp.withStore('channel-verified');
    whatsapp.serve('channel-verified');
    await whatsapp.page.reload();
    await eventually(async () => (await whatsapp.saveButton()).evaluate((node) => node.getAttribute('aria-disabled'))).toBe('true');
    const before = (await lastHandedCapture(firefox))?.id;
    await (await whatsapp.saveButton()).click();
    await eventually(() => whatsapp.noteText()).toBe('Channels cannot be saved to a CRM.');
    expect((await lastHandedCapture(firefox))?.id).toBe(before);
    expect(whatsapp.blocked).toEqual([]);
  });
});
