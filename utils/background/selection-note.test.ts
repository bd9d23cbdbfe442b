import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readSelectionNote } from './selection-note';

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/** What the injected selection reader answers, as executeScript hands it back (or its refusal). */
function injected(result: unknown | Error) {
  const execute = vi.fn(async () => {
    if (result instanceof Error) throw result;
    return [{ frameId: 0, result }];
  });
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(execute as never);
  return execute;
}

describe('the selection as notes (READ_SELECTION, right-click)', () => {
  it('injects the reader into the tab on demand and quotes WhatsApp messages with who and when', async () => {
    const execute = injected({ url: 'https://web.whatsapp.com/', title: 'WhatsApp', parts: [{ meta: '[10:41, 05/12/2026] Maria Souza: ', text: 'Quero 3 mesas.' }] });
    expect(await readSelectionNote(7)).toBe('[10:41, 05/12/2026] Maria Souza: Quero 3 mesas.');
    expect(execute).toHaveBeenCalledWith({ target: { tabId: 7 }, files: ['/selection-read.js'] });
  });

  it('bounds what the page answers: a hostile title and text are cut, a junk answer is no note', async () => {
    injected({ url: 'https://evil.example/', title: 't'.repeat(5000), parts: [{ meta: 42, text: 'x'.repeat(50_000) }] });
    const note = await readSelectionNote(7);
    expect(note?.startsWith(`“${'x'.repeat(2000)}”\n— ${'t'.repeat(1000)} · https://evil.example/`)).toBe(true);
    injected('<img src=x onerror=alert(1)>');
    expect(await readSelectionNote(7)).toBeNull();
  });

  it('falls back to the browser’s own copy of a right-clicked selection when the page cannot be read', async () => {
    injected(new Error('Cannot access contents of the page'));
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: 7, url: 'https://docs.example/file.pdf', title: 'Proposta.pdf' } as never);
    expect(await readSelectionNote(7, 'Prazo: 20/12')).toBe('“Prazo: 20/12”\n— Proposta.pdf · https://docs.example/file.pdf');
    expect(await readSelectionNote(7)).toBeNull();
  });
});
