import type { Browser } from 'wxt/browser';

/** Who may ask the background for what; everything else is dropped. */
export type SenderKind = 'extension-page' | 'content-script';

/**
 * One place decides who is asking. Extension pages (options, popup, even when opened in a tab)
 * have our origin; a content script has a tab, runs in the top frame and a web page's URL.
 */
export function senderKind(sender: Browser.runtime.MessageSender, extensionId: string, extensionOrigin: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  if (sender.url?.startsWith(extensionOrigin)) return 'extension-page';
  if (sender.tab && sender.frameId === 0) return 'content-script';
  return null;
}
