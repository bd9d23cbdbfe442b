import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { READER_FILE, STORE_FILE } from '../capture/whatsapp/bridge';
import { readOpenChat } from '../capture/whatsapp/read-open-chat';
import { readStore } from '../capture/whatsapp/store-reader';
import { loadWhatsapp } from '../capture/whatsapp/testing';
import { isWhatsappUrl, readWhatsappTab } from './whatsapp-tab';

type Injection = { target: { tabId: number; frameIds?: number[] }; world?: string; files?: string[]; func?: (...args: never[]) => unknown; args?: unknown[] };

/**
 * A WhatsApp tab as the scripting API sees it: a MAIN world (with or without WhatsApp's module
 * system) and an isolated world whose globals persist between injections, as in the browser.
 */
function fakeTab(fixture: string, url: string, mainWorld: { require?: unknown } = {}) {
  const page = loadWhatsapp(fixture);
  const isolated: Record<string, unknown> = {};
  const injections: Injection[] = [];
  const execute = vi.fn(async (injection: Injection) => {
    injections.push(injection);
    // The reader lands later than the input: without one read at a time, inputs would cross.
    await new Promise((resolve) => setTimeout(resolve, injection.files?.[0] === READER_FILE ? 10 : 1));
    if (injection.files?.[0] === STORE_FILE) return [{ frameId: 0, result: readStore(mainWorld) }];
    if (injection.files?.[0] === READER_FILE) return [{ frameId: 0, result: readOpenChat(isolated, page.doc, url) }];
    if (injection.func) {
      // Serialised like the browser does: no access to the background's scope.
      const copy = new Function('globalThis', `return (${injection.func.toString()})`)(isolated) as (...args: unknown[]) => unknown;
      return [{ frameId: 0, result: copy(...(injection.args ?? [])) }];
    }
    throw new Error('unexpected injection');
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(execute as never);
  return { page, injections };
}

afterEach(() => vi.restoreAllMocks());

describe('reading a WhatsApp tab', () => {
  it('store in the MAIN world, then the resolvers in the isolated world, top frame only', async () => {
    const lidCache = { getPhoneNumber: () => ({ _serialized: '5511912345678@c.us' }) };
    const chats = [{ id: { _serialized: '109876543210987@lid' }, active: true, name: 'Paulo Mendes' }];
    const require = (name: string) => ({ WAWebCollections: { Chat: { getModelsArray: () => chats } }, WAWebApiContact: { lidPnCache: lidCache } })[name];
    const { page, injections } = fakeTab('lid-chat', 'https://web.whatsapp.com/', { require });
    const chat = await readWhatsappTab(3);
    expect(chat).toMatchObject({ chatKey: '109876543210987@lid', phone: '+5511912345678', sources: { phone: 'store' } });
    expect(injections.map((injection) => [injection.world ?? 'ISOLATED', injection.files?.[0] ?? 'func', injection.target])).toEqual([
      ['MAIN', STORE_FILE, { tabId: 3, frameIds: [0] }],
      ['ISOLATED', 'func', { tabId: 3, frameIds: [0] }],
      ['ISOLATED', READER_FILE, { tabId: 3, frameIds: [0] }],
    ]);
    await page.close();
  });

  it('reads in turn, so each read gets its own input', async () => {
    const { page } = fakeTab('saved-contact-no-messages', 'https://web.whatsapp.com/send?phone=5511976543210');
    const [fresh, switched, again] = await Promise.all([readWhatsappTab(3, true), readWhatsappTab(3, false), readWhatsappTab(3, true)]);
    expect([fresh?.phone, switched?.phone, again?.phone]).toEqual(['+5511976543210', null, '+5511976543210']);
    await page.close();
  });

  it('carries on without the store, and gives up quietly when the tab refuses', async () => {
    const { page } = fakeTab('saved-contact', 'https://web.whatsapp.com/');
    expect(await readWhatsappTab(4)).toMatchObject({
      phone: '+5521998765432',
      attempts: [
        { resolver: 'store', outcome: 'unavailable', reason: 'no-require' },
        expect.anything(),
        expect.anything(),
        expect.anything(),
        expect.anything(),
        expect.anything(),
      ],
    });
    vi.spyOn(fakeBrowser.scripting, 'executeScript').mockRejectedValue(new Error('Cannot access contents of the page'));
    expect(await readWhatsappTab(4)).toBeNull();
    await page.close();
  });

  it('knows WhatsApp Web by its origin only', () => {
    expect(isWhatsappUrl('https://web.whatsapp.com/send?phone=1')).toBe(true);
    expect(isWhatsappUrl('https://web.whatsapp.com.evil.example/')).toBe(false);
    expect(isWhatsappUrl('http://web.whatsapp.com/')).toBe(false);
    expect(isWhatsappUrl(undefined)).toBe(false);
  });
});
