import type { Locator, Worker } from '@playwright/test';
import { DEMO_KEYS } from '../mock-crm';
import { PopupPage } from './pages/popup-page';
import { lastHandedCapture, WhatsappPage } from './pages/whatsapp-page';
import { expect, test } from './popup-fixtures';

/** The toolbar popup the click opened (Playwright does not attach to action popups; the worker sees them). */
async function actionPopups(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => (await chrome.runtime.getContexts({ contextTypes: ['POPUP' as chrome.runtime.ContextType] })).map((context) => context.documentUrl ?? ''));
}

test.describe('WhatsApp Web', () => {
  test('the button sits in the chat header and follows chat switches, groups and channels', async ({ context, worker }) => {
    const whatsapp = await WhatsappPage.open(context, 'saved-contact');
    const inHeader = whatsapp.page.locator('#main header crm-capture-whatsapp');
    await expect(whatsapp.saveButton).toBeVisible();
    await expect(inHeader).toHaveCount(1);

    await whatsapp.switchTo('unsaved-contact');
    await expect(inHeader).toHaveCount(1);
    await expect(whatsapp.saveButton).toBeVisible();

    // A group: the button offers the senders on screen; LID senders say their number is hidden.
    await whatsapp.switchTo('group-chat');
    await expect(inHeader).toHaveCount(1);
    await whatsapp.saveButton.click();
    await expect(whatsapp.menuItem(/Ana Lima/)).toContainText('+5511955554444');
    await expect(whatsapp.menuItem(/Bruno Rocha/)).toContainText('number hidden by WhatsApp');
    await expect(whatsapp.page.getByRole('menu').getByRole('menuitem')).toHaveCount(3);
    expect(await lastHandedCapture(worker)).toBeNull(); // nothing opens before a pick
    await whatsapp.page.keyboard.press('Escape');
    await expect(whatsapp.page.getByRole('menu')).toHaveCount(0);
    await whatsapp.saveButton.click();
    await whatsapp.menuItem(/Ana Lima/).click();
    await expect.poll(async () => (await lastHandedCapture(worker))?.capture.contacts[0]).toMatchObject({ name: 'Ana Lima', phones: ['+5511955554444'] });

    // A channel cannot be saved, and the button says so.
    await whatsapp.switchTo('channel');
    await expect(whatsapp.saveButton).toHaveAttribute('aria-disabled', 'true');
    // aria-disabled, not disabled: a mouse click still explains why (Playwright must be told).
    await whatsapp.saveButton.click({ force: true });
    await expect(whatsapp.note).toHaveText('Channels cannot be saved to a CRM.');

    // A newer layout without <header>: the button still finds its place.
    await whatsapp.switchTo('saved-contact-newer');
    await expect(whatsapp.page.locator('#main [role="banner"] crm-capture-whatsapp')).toHaveCount(1);
    await expect(whatsapp.saveButton).toBeVisible();
    expect(await whatsapp.page.locator('crm-capture-whatsapp').count()).toBe(1);
    // Nothing but the page itself was asked of a WhatsApp host.
    expect(whatsapp.blocked).toEqual([]);
  });

  test('one click: a Syncro lead and a Synax contact with the E.164 number (9th digit added) and the name', async ({ context, connect, worker, extensionPage, syncro, synax }) => {
    await connect();
    const whatsapp = await WhatsappPage.open(context, 'br-12-digit');
    await whatsapp.saveButton.click();
    // The toolbar popup opens on the capture; Playwright cannot drive an action popup, so the
    // same capture is opened as a page (popup.html?capture=<id>) to review and save it.
    await expect.poll(() => actionPopups(worker)).toEqual([expect.stringContaining('/popup.html')]);
    const handed = await lastHandedCapture(worker);
    expect(handed?.capture.contacts[0]).toMatchObject({ name: 'Carlos Pereira', phones: ['+5521987654321'] });
    expect(handed?.capture.url).toBe('https://web.whatsapp.com/send?phone=552187654321');

    const popup = new PopupPage(await extensionPage(`popup.html?capture=${handed!.id}`));
    await expect(popup.field('Name')).toHaveValue('Carlos Pereira');
    await expect(popup.field('Phone')).toHaveValue('(21) 98765-4321');
    await expect(popup.field('Source')).toHaveValue('whatsapp');
    await popup.chooseDestinations('Syncro', 'Synax');
    await popup.syncroReady();
    await popup.field('Origem (detalhe)').fill('WhatsApp'); // required by the mock account's custom fields
    await popup.save();
    await expect(popup.status).toContainText('Saved to Syncro: Carlos Pereira.');
    await expect(popup.status).toContainText('Saved to Synax: Carlos Pereira.');

    expect(syncro.leads.map((lead) => [lead.name, lead.phone])).toEqual([['Carlos Pereira', '+5521987654321']]);
    expect(synax.contacts.filter((contact) => contact.phone === '+5521987654321').map((contact) => contact.name)).toEqual(['Carlos Pereira']);

    // Back on WhatsApp, the same chat now says where it is saved: the user's first click there
    // (a trusted input) asks again.
    await whatsapp.page.bringToFront();
    await whatsapp.page.locator('#main footer').click();
    await expect(whatsapp.openIn('Syncro')).toBeVisible();
    await expect(whatsapp.openIn('Synax')).toBeVisible();
    // The widest state fits the fixed footprint: nothing is cut off.
    expect(await whatsapp.page.locator('crm-capture-whatsapp').evaluate((host) => host.shadowRoot!.querySelector('.bar')!.scrollWidth <= host.clientWidth)).toBe(true);
  });

  test('a page that switches chats by itself, or fakes events, learns nothing from the CRMs', async ({ context, connect, syncro }) => {
    await connect(['Syncro']);
    const whatsapp = await WhatsappPage.open(context, 'unsaved-contact');
    await expect(whatsapp.saveButton).toBeVisible();
    const lookups = () => syncro.requests.filter((request) => request.method === 'GET' && request.path.startsWith('/leads')).length;
    await expect.poll(lookups).toBeGreaterThan(0);
    await whatsapp.page.waitForTimeout(1_500);
    const asked = lookups();
    // A script swaps the chat to a number of its choice and fakes the user coming back: no lookup.
    await whatsapp.switchTo('saved-contact');
    await whatsapp.page.evaluate(() => {
      dispatchEvent(new Event('focus'));
      document.dispatchEvent(new Event('visibilitychange'));
    });
    await whatsapp.page.waitForTimeout(2_000);
    expect(lookups()).toBe(asked);
    // The user clicks a chat: that switch may ask.
    await whatsapp.page.locator('#pane-side').click({ position: { x: 5, y: 5 } });
    await whatsapp.switchTo('br-12-digit');
    await expect.poll(lookups).toBeGreaterThan(asked);
  });

  test('a chat already in the CRM opens its record', async ({ context, connect, syncro }) => {
    await connect(['Syncro']);
    const created = await fetch(`${syncro.baseUrl}/leads`, {
      method: 'POST',
      headers: { 'x-api-key': DEMO_KEYS.syncro, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ name: 'Maria Souza', phone: '+5521998765432', pipeline_id: 1, stage_id: 6 }),
    });
    expect(created.status).toBe(201);
    const whatsapp = await WhatsappPage.open(context, 'saved-contact');
    await expect(whatsapp.openIn('Syncro')).toBeVisible();
    await expect(whatsapp.openIn('Syncro')).toHaveText('✓ In Syncro');
    const record = context.waitForEvent('page');
    await whatsapp.openIn('Syncro').click();
    expect((await record).url()).toBe(`${syncro.origin}/leads/${syncro.leads[0]!.id}`);
    // Saving again stays one click away.
    await expect(whatsapp.saveButton).toHaveText('+');
    // What a page script could measure is the same for a saved and an unsaved number (issue 13, point 7).
    const savedBox = await whatsapp.footprint();
    await whatsapp.switchTo('unsaved-contact');
    await expect(whatsapp.saveButton).toHaveText('Save to CRM');
    expect(await whatsapp.footprint()).toEqual(savedBox);
  });

  test('LID chat: no phone and why; the local LID mapping in WhatsApp memory fills it', async ({ context, connect, worker }) => {
    await connect(['Synax']);
    const whatsapp = await WhatsappPage.open(context, 'lid-chat');
    await whatsapp.saveButton.click();
    await expect(whatsapp.note).toHaveText("WhatsApp hides this contact's number. The form opens with the name; type the number.");
    expect((await lastHandedCapture(worker))?.capture.contacts).toEqual([
      { name: 'Paulo Mendes', company: null, phones: [], emails: [], sources: [], whatsapp: [], origins: {}, nameOrigin: expect.objectContaining({ source: 'whatsapp' }) },
    ]);

    // The same chat where WhatsApp's in-memory LID cache knows the number (modelled module system).
    await whatsapp.page.addInitScript(() => {
      const wid = (serialized: string) => ({ _serialized: serialized, user: serialized.split('@')[0], server: serialized.split('@')[1] });
      const chat = { id: wid('109876543210987@lid'), active: true, name: 'Paulo Mendes', contact: {} };
      const modules: Record<string, unknown> = {
        WAWebCollections: { Chat: { getModelsArray: () => [chat] }, Contact: { get: () => undefined } },
        WAWebApiContact: { lidPnCache: { getPhoneNumber: (id: { _serialized: string }) => (id._serialized === '109876543210987@lid' ? wid('5511912345678@c.us') : undefined) } },
      };
      Object.assign(window, { require: (name: string) => modules[name] });
    });
    await whatsapp.page.reload();
    await whatsapp.saveButton.click();
    await expect.poll(async () => (await lastHandedCapture(worker))?.capture.contacts[0]?.phones).toEqual(['+5511912345678']);
  });

  test('the toolbar popup (and its shortcut) read the open chat the same way', async ({ context, connect, worker, extensionPage }) => {
    await connect(['Syncro']);
    const whatsapp = await WhatsappPage.open(context, 'unsaved-contact');
    await whatsapp.saveButton.waitFor();
    const tabId = await worker.evaluate(async () => (await chrome.tabs.query({ url: 'https://web.whatsapp.com/*' }))[0]?.id);
    const popup = new PopupPage(await extensionPage(`popup.html?tab=${tabId}`));
    await expect(popup.field('Phone')).toHaveValue('(11) 98765-4321');
    await expect(popup.field('Name')).toHaveValue('');
  });

  test.describe('2026 rollouts (bare message ids, testids, the real store names)', () => {
    test('a LID chat by username: the pushname, no number and who it is; Synax stopped before sending; a Syncro lead without a phone; the number added to it once WhatsApp knows it', async ({
      context,
      connect,
      worker,
      extensionPage,
      syncro,
      synax,
    }) => {
      test.setTimeout(60_000); // two visits to the chat and two popups: near 30 s alone, more beside another worker
      await connect(['Syncro', 'Synax']);
      const whatsapp = await WhatsappPage.open(context, 'lid-username', '/', 'lid-username');
      await whatsapp.saveButton.click();
      await expect(whatsapp.note).toHaveText("WhatsApp hides this contact's number. The form opens with the name; type the number.");
      const handed = await lastHandedCapture(worker);
      expect(handed?.capture.contacts).toEqual([
        { name: 'Maria', company: null, phones: [], emails: [], sources: [], whatsapp: [], origins: {}, nameOrigin: expect.objectContaining({ source: 'whatsapp' }) },
      ]);
      const popup = new PopupPage(await extensionPage(`popup.html?capture=${handed!.id}`));
      await expect(popup.page.getByRole('note')).toContainText('~Maria · @maria.lopez · number hidden (+43 ••• •• 21)');
      await expect(popup.field('Name')).toHaveValue('Maria');
      await expect(popup.field('Phone')).toHaveValue('');
      await expect(popup.field('Phone')).toBeFocused();
      // Synax requires a phone: said before Save, and Save sends nothing.
      await popup.chooseDestinations('Syncro', 'Synax');
      await expect(popup.page.getByRole('note')).toContainText('Synax needs a phone number.');
      const [synaxBefore, syncroBefore] = [synax.requests.length, syncro.requests.filter((request) => request.path.startsWith('/leads')).length];
      await popup.save();
      await expect(popup.page.getByLabel(/^Phone/).first()).toHaveAttribute('aria-invalid', 'true');
      expect(synax.requests).toHaveLength(synaxBefore);
      expect(syncro.requests.filter((request) => request.path.startsWith('/leads'))).toHaveLength(syncroBefore);
      expect(synax.contacts.filter((contact) => contact.name === 'Maria')).toEqual([]);
      // Saved to Syncro without a phone: the username and the LID stay in the lead's notes.
      await expect(popup.field('Notes')).toHaveValue('WhatsApp: @maria.lopez · wa-lid:203040506070811');
      await popup.chooseDestinations('Syncro');
      await popup.syncroReady();
      await popup.field('Origem (detalhe)').fill('WhatsApp');
      await popup.save();
      await expect(popup.status).toContainText('Saved to Syncro: Maria.');
      expect(syncro.leads.map((lead) => [lead.name, lead.phone ?? null, lead.notes])).toEqual([['Maria', null, 'WhatsApp: @maria.lopez · wa-lid:203040506070811']]);
      const lead = syncro.leads[0]!;

      // WhatsApp learned the mapping: the same chat, opened again, offers to add the number to that lead.
      await whatsapp.withStore('lid-username-mapped');
      await whatsapp.page.reload();
      const addNumber = whatsapp.page.getByRole('button', { name: 'Add the number WhatsApp now shows to the record saved in Syncro', exact: true });
      await expect(addNumber).toHaveText('Add number');
      await addNumber.click();
      await expect.poll(async () => (await lastHandedCapture(worker))?.capture.contacts[0]).toMatchObject({ name: 'Maria', phones: ['+5511987650021'] });
      const later = new PopupPage(await extensionPage(`popup.html?capture=${(await lastHandedCapture(worker))!.id}`));
      const offer = later.page.getByRole('region', { name: 'Add the number to that record' });
      await expect(offer).toContainText('Syncro has Maria, saved from this chat without a number. WhatsApp shows the number now: (11) 98765-0021.');
      const before = { ...lead };
      await later.button('Add the number to that record').click();
      await expect(offer).toContainText('Number added to Maria in Syncro.');
      // Exactly one update, with the phone alone, to the lead created before; nothing else changed.
      expect(syncro.requests.filter((request) => request.method === 'PUT').map((request) => [request.path, request.body])).toEqual([
        [`/leads/${lead.id}`, { phone: '+5511987650021' }],
      ]);
      expect(syncro.requests.filter((request) => request.method === 'POST' && request.path === '/leads')).toHaveLength(1);
      expect(syncro.leads).toEqual([{ ...before, phone: '+5511987650021', updated_at: expect.any(String) }]);

      // Opened again: the chat is now simply "In Syncro", and the history line keeps the LID.
      await whatsapp.page.reload();
      await expect(whatsapp.openIn('Syncro')).toBeVisible();
      const history = await worker.evaluate(
        async () => ((await chrome.storage.local.get('history')) as { history: { action: string; phone: string | null; lid?: string | null }[] }).history,
      );
      expect(history.map((entry) => [entry.action, entry.phone, entry.lid])).toEqual([
        ['update', '+5511987650021', '203040506070811@lid'],
        ['create', null, '203040506070811@lid'],
      ]);
      expect(whatsapp.blocked).toEqual([]);
    });

    test('reopened while the number is still on its way to that lead: not offered again, and Syncro gets one update', async ({
      context,
      connect,
      worker,
      extensionPage,
      syncro,
    }) => {
      test.setTimeout(90_000); // the update is held by a Syncro that is down, then retried on the outbox's backoff
      await connect(['Syncro']);
      const whatsapp = await WhatsappPage.open(context, 'lid-username', '/', 'lid-username');
      /** Clicks a button on the chat and returns the capture that click handed over. */
      const handedBy = async (button: Locator) => {
        const before = (await lastHandedCapture(worker))?.id ?? null;
        await button.click();
        await expect.poll(async () => (await lastHandedCapture(worker))?.id ?? null).not.toBe(before);
        return (await lastHandedCapture(worker))!;
      };
      const popupOn = async (captureId: string) => new PopupPage(await extensionPage(`popup.html?capture=${captureId}`));
      const offerIn = (popup: PopupPage) => popup.page.getByRole('region', { name: 'Add the number to that record' });
      // Saved to Syncro without a phone, as the rep does it.
      const saving = await popupOn((await handedBy(whatsapp.saveButton)).id);
      await saving.chooseDestinations('Syncro');
      await saving.syncroReady();
      await saving.field('Origem (detalhe)').fill('WhatsApp');
      await saving.save();
      await expect(saving.status).toContainText('Saved to Syncro: Maria.');
      await saving.page.close();
      const lead = { ...syncro.leads[0]! };

      // The number arrives while Syncro is down: the update waits in the outbox and is retried.
      syncro.inject({ fault: { kind: 'status', status: 503 }, method: 'PUT', path: `/leads/${lead.id}` });
      await whatsapp.withStore('lid-username-mapped');
      await whatsapp.page.reload();
      const addNumber = whatsapp.page.getByRole('button', { name: 'Add the number WhatsApp now shows to the record saved in Syncro', exact: true });
      const offered = await handedBy(addNumber);
      expect(offered.capture.contacts[0]?.phones).toEqual(['+5511987650021']);
      // Two windows on that offer: the first click queues the update; the second gets that same delivery.
      const [first, second] = [await popupOn(offered.id), await popupOn(offered.id)];
      await expect(offerIn(second)).toContainText('WhatsApp shows the number now: (11) 98765-0021.');
      await first.button('Add the number to that record').click();
      await expect(offerIn(first)).toContainText('Syncro: not saved yet. Syncro is having problems (HTTP 503).');
      await second.button('Add the number to that record').click();
      await expect(offerIn(second)).toContainText(/Syncro: (not saved yet|still sending)\..* It is kept and sent/);

      // Reopened while it is retrying: the button shows the lead, and the popup says the number is on its way.
      await whatsapp.page.reload();
      await expect(whatsapp.openIn('Syncro')).toBeVisible();
      await expect(addNumber).toHaveCount(0);
      const reopened = await popupOn((await handedBy(whatsapp.saveButton)).id);
      await expect(offerIn(reopened)).toContainText('Number being added to Maria, the record saved in Syncro on ');
      await expect(reopened.button('Add the number to that record')).toHaveCount(0);

      // Syncro is back: the outbox delivers the update, once; the phone alone, to the lead created before.
      syncro.clearFaults();
      const puts = () => syncro.requests.filter((request) => request.method === 'PUT');
      await expect.poll(() => puts().filter((request) => request.status === 200).length, { timeout: 40_000 }).toBe(1);
      expect(puts().length).toBeGreaterThan(1);
      expect(puts().map((request) => [request.path, request.body])).toEqual(puts().map(() => [`/leads/${lead.id}`, { phone: '+5511987650021' }]));
      expect(puts().map((request) => request.status)).toEqual([
        ...puts()
          .slice(0, -1)
          .map(() => 503),
        200,
      ]);
      expect(syncro.requests.filter((request) => request.method === 'POST' && request.path === '/leads')).toHaveLength(1);
      expect(syncro.leads).toEqual([{ ...lead, phone: '+5511987650021', updated_at: expect.any(String) }]);

      // Delivered: the history has the number, so nothing is offered any more.
      await whatsapp.page.reload();
      await expect(whatsapp.openIn('Syncro')).toBeVisible();
      const after = await popupOn((await handedBy(whatsapp.saveButton)).id);
      await expect(after.field('Phone')).toHaveValue('(11) 98765-0021');
      await expect(offerIn(after)).toHaveCount(0);
      expect(puts().filter((request) => request.status === 200)).toHaveLength(1);
      expect(whatsapp.blocked).toEqual([]);
    });

    test('every layer fails (no window.require, bare ids): the popup says so, the phone waits, the record can be copied', async ({ context, connect, worker, extensionPage }) => {
      await connect(['Syncro']);
      const whatsapp = await WhatsappPage.open(context, 'saved-contact-bare-ids');
      await whatsapp.saveButton.click();
      await expect(whatsapp.note).toHaveText('No number is visible in this chat. The form opens with the name; type the number.');
      const handed = await lastHandedCapture(worker);
      expect(handed?.capture.whatsapp?.report).toContain('message-ids: unrecognised (data-id-without-key)');
      const popup = new PopupPage(await extensionPage(`popup.html?capture=${handed!.id}`));
      await expect(popup.page.getByRole('note')).toContainText('CRM Capture could not read a number in this chat (WhatsApp Web may have changed).');
      await expect(popup.field('Name')).toHaveValue('Luana Ferreira');
      await expect(popup.field('Phone')).toBeFocused();
      await popup.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
      await popup.button('Copy details for support').click();
      await expect(popup.button('Details copied. Paste them into your support request.')).toBeVisible();
      const copied = await popup.page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toMatch(
        /^CRM Capture \d+\.\d+\.\d+\nWhatsApp Web \(build unknown\)\nchat: person, no number \(not-found\)\nstore: unavailable \(no-require\)\nmessage-ids: unrecognised \(data-id-without-key\)/,
      );
      expect(copied).not.toMatch(/Luana|Ferreira|\d{8}/);
    });

    test('numbers hidden (issue 19): every LID-only group member listed, by name or @username, with "number hidden"; a business by its verified name; the popup says who', async ({
      context,
      connect,
      worker,
      extensionPage,
    }) => {
      test.setTimeout(90_000); // several page loads and popups on a shared machine
      await connect(['Syncro']);
      const whatsapp = await WhatsappPage.open(context, 'group-lid-members', '/', 'group-lid-members');
      await whatsapp.saveButton.click();
      // Only the number WhatsApp knows; the masked "+49 151 ... 12345" on a row is never one, and the handle never a name.
      await expect(whatsapp.page.getByRole('menu').getByRole('menuitem')).toHaveText([
        /^Paula Reis\s*number hidden by WhatsApp$/,
        /^Diego\s*number hidden by WhatsApp$/,
        /^Helena Souza\s*\+5511976540022$/,
        /^Otávio\s*number hidden by WhatsApp$/,
        /^@lu\.tavares\s*number hidden by WhatsApp$/,
      ]);
      await whatsapp.menuItem(/@lu\.tavares/).click();
      await expect.poll(async () => (await lastHandedCapture(worker))?.capture.whatsapp?.lid).toBe('203040506070824@lid');
      const member = new PopupPage(await extensionPage(`popup.html?capture=${(await lastHandedCapture(worker))!.id}`));
      await expect(member.page.getByRole('note')).toContainText('@lu.tavares · number hidden');
      await expect(member.field('Name')).toHaveValue('');
      await expect(member.field('Phone')).toHaveValue('');
      await expect(member.field('Notes')).toHaveValue('WhatsApp: @lu.tavares · wa-lid:203040506070824');

      await whatsapp.withStore('lid-business');
      whatsapp.serve('lid-business');
      await whatsapp.page.reload();
      await whatsapp.saveButton.click();
      await expect(whatsapp.note).toHaveText("WhatsApp hides this contact's number. The form opens with the name; type the number.");
      await expect
        .poll(async () => (await lastHandedCapture(worker))?.capture.contacts[0])
        .toMatchObject({ name: 'Doces da Vila Confeitaria', company: 'Doces da Vila Confeitaria', phones: [] });
      const business = new PopupPage(await extensionPage(`popup.html?capture=${(await lastHandedCapture(worker))!.id}`));
      await expect(business.page.getByRole('note')).toContainText('~Vilma - Doces da Vila · @docesdavila · number hidden (+55 ••• ••• ••47) · wrote by username');
      await expect(business.field('Name')).toHaveValue('Doces da Vila Confeitaria');
      await expect(business.field('Phone')).toHaveValue('');
      expect(whatsapp.blocked).toEqual([]);
    });

    test('store present: saved contact, Meta Verified person, group members, and an open channel never offered', async ({ context, worker }) => {
      const whatsapp = await WhatsappPage.open(context, 'saved-contact-bare-ids', '/', 'saved-contact-bare-ids');
      await whatsapp.saveButton.click();
      await expect.poll(async () => (await lastHandedCapture(worker))?.capture.contacts[0]).toMatchObject({ name: 'Luana Ferreira', phones: ['+5521976543210'] });
      expect((await lastHandedCapture(worker))?.capture.whatsapp?.report).toContain('WhatsApp Web 2.3000.1031902451');

      await whatsapp.withStore('meta-verified');
      whatsapp.serve('meta-verified');
      await whatsapp.page.reload();
      await whatsapp.saveButton.click();
      // A psa-verified badge is Meta Verified: a person, so no company.
      await expect.poll(async () => (await lastHandedCapture(worker))?.capture.contacts[0]).toMatchObject({ name: 'Fernanda Alves', company: null, phones: ['+5521912340000'] });

      await whatsapp.withStore('group-bare-ids');
      whatsapp.serve('group-bare-ids');
      await whatsapp.page.reload();
      await whatsapp.saveButton.click();
      await expect(whatsapp.menuItem(/Bruno Rocha/)).toContainText('+5511944443333');
      await expect(whatsapp.menuItem(/Carla Dias/)).toContainText('number hidden by WhatsApp');
      await expect(whatsapp.page.getByRole('menu').getByRole('menuitem')).toHaveCount(4);
      await whatsapp.page.keyboard.press('Escape');

      await whatsapp.withStore('channel-verified');
      whatsapp.serve('channel-verified');
      await whatsapp.page.reload();
      await expect(whatsapp.saveButton).toHaveAttribute('aria-disabled', 'true');
      const before = await lastHandedCapture(worker);
      await whatsapp.saveButton.click({ force: true });
      await expect(whatsapp.note).toHaveText('Channels cannot be saved to a CRM.');
      expect((await lastHandedCapture(worker))?.id).toBe(before?.id);
      expect(whatsapp.blocked).toEqual([]);
    });
  });
});
