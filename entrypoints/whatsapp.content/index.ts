import { startWhatsapp } from './app';

/**
 * WhatsApp Web: the "Save to CRM" button in the open chat's header. Reads the chat only when
 * asked (a click, a chat switch for the "already saved" badge, the toolbar popup); one scoped,
 * debounced observer; everything stops with WXT's ctx. See docs/whatsapp.md.
 */
export default defineContentScript({
  matches: ['https://web.whatsapp.com/*'],
  runAt: 'document_idle',
  // WhatsApp listens to window messages; WXT's legacy start-up postMessage is not needed.
  noScriptStartedPostMessage: true,
  main(ctx) {
    startWhatsapp(ctx);
  },
});
