import { z } from 'zod';
import { browser, type Browser } from 'wxt/browser';
import { selectionNote } from '../capture/selection/note';
import type { SelectionRead } from '../capture/selection/read';
import type { Capture } from '../capture/types';
import { CAPTURE_LIMITS } from '../constants/capture';
import { CONTACT_LIMITS } from '../constants/crm';
import { captureTab } from './capture';

/** The selection reader, injected on demand (activeTab + scripting); see entrypoints/selection-read.ts. */
const SELECTION_SCRIPT = '/selection-read.js';

const clipped = (max: number) => z.string().transform((text) => text.slice(0, max));

/** The reader's answer comes from the page's tab: checked and bounded before it becomes notes. */
const selectionReadSchema = z.object({
  url: clipped(CAPTURE_LIMITS.url).catch(''),
  title: clipped(CAPTURE_LIMITS.title).catch(''),
  parts: z
    .array(z.object({ meta: clipped(300).nullable().catch(null), text: clipped(CONTACT_LIMITS.notes) }))
    .max(100)
    .catch([]),
});

async function injectReader(tabId: number): Promise<SelectionRead | null> {
  try {
    const [injection] = await browser.scripting.executeScript({ target: { tabId }, files: [SELECTION_SCRIPT] });
    const parsed = selectionReadSchema.safeParse(injection?.result);
    return parsed.success ? parsed.data : null;
  } catch {
    // Browser pages, the web stores and PDFs refuse injection.
    return null;
  }
}

/**
 * The tab's current selection as a block of notes (selection/note.ts), or null when nothing is
 * selected. `menuText` is the browser's own copy of the selection from a right-click: used when
 * the page cannot be read (a PDF, a text field's selection), as plain text with the tab's title.
 */
export async function readSelectionNote(tabId: number, menuText?: string): Promise<string | null> {
  const read = await injectReader(tabId);
  if (read?.parts.length) return selectionNote(read)?.slice(0, CAPTURE_LIMITS.selectionNote) ?? null;
  if (!menuText?.trim()) return null;
  const tab = await browser.tabs.get(tabId).catch(() => null);
  const fallback = {
    url: (tab?.url ?? '').slice(0, CAPTURE_LIMITS.url),
    title: (tab?.title ?? '').slice(0, CAPTURE_LIMITS.title),
    parts: [{ meta: null, text: menuText.slice(0, CONTACT_LIMITS.notes) }],
  };
  return selectionNote(fallback)?.slice(0, CAPTURE_LIMITS.selectionNote) ?? null;
}

/** "Add selection to the CRM notes": the tab's capture, as the toolbar button reads it, carrying the selection for the notes. */
export async function captureWithSelection(tab: Browser.tabs.Tab, menuText: string | undefined): Promise<Capture | null> {
  if (tab.id === undefined) return null;
  const note = await readSelectionNote(tab.id, menuText);
  const captured = await captureTab(tab.id);
  const capture = captured.ok ? captured.data.capture : { url: tab.url ?? '', title: tab.title ?? '', contacts: [], phones: [], emails: [] };
  return note ? { ...capture, selectionNote: note } : capture;
}
