import { browser } from 'wxt/browser';
import { z } from 'zod';
import type { Needle } from '../capture/highlight/find';
import { HIGHLIGHT_FILE, HIGHLIGHT_INPUT } from '../capture/highlight/show';
import type { Reply, RequestOf, ResponseOf } from '../messaging/protocol';
import { parsePhone } from '../phone/parse';
import { loadSettings } from '../storage/settings';
import { leaveInput } from './whatsapp-tab';

const showResultSchema = z.enum(['shown', 'hidden', 'absent']);

/** A phone is looked for by its national digits, however the page wrote it; e-mails and names as lower-case text. */
async function needleOf({ kind, value }: Pick<RequestOf<'SHOW_ON_PAGE'>, 'kind' | 'value'>): Promise<Needle | null> {
  if (kind !== 'phone') return { kind, text: value.trim().replace(/\s+/g, ' ').toLowerCase() };
  const phone = parsePhone(value, (await loadSettings()).values.defaultCountry);
  if (phone) return { kind, digits: phone.nationalNumber };
  const digits = value.replace(/\D/g, '');
  return digits.length >= 6 ? { kind, digits } : null;
}

/**
 * "Show on page": two injections into the tab's top frame, like the WhatsApp reader (bridge.ts):
 * a one-line function leaves the value to look for, then page-highlight.js finds, scrolls to and
 * outlines it. The popup's tab was granted by activeTab when the user opened the popup.
 */
export async function showValueOnPage(request: RequestOf<'SHOW_ON_PAGE'>): Promise<Reply<ResponseOf<'SHOW_ON_PAGE'>>> {
  const needle = await needleOf(request);
  if (needle === null) return { ok: true, data: 'absent' };
  const target = { tabId: request.tabId, frameIds: [0] };
  try {
    await browser.scripting.executeScript({ target, func: leaveInput, args: [HIGHLIGHT_INPUT, needle] });
    const [injection] = await browser.scripting.executeScript({ target, files: [HIGHLIGHT_FILE] });
    const result = showResultSchema.safeParse(injection?.result);
    return { ok: true, data: result.success ? result.data : 'unreachable' };
  } catch {
    // The tab was closed, navigated away (activeTab is gone) or is a page no extension may touch.
    return { ok: true, data: 'unreachable' };
  }
}
