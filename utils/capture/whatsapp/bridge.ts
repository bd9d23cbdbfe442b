/**
 * How the background reads the open chat (utils/background/whatsapp-tab.ts): three on-demand
 * injections into web.whatsapp.com's top frame, results returned straight to the background.
 * Nothing travels over `window.postMessage`, so the page can neither see nor forge it.
 *   1. STORE_FILE, MAIN world: copies WhatsApp's in-memory chat state (store-reader.ts);
 *   2. a one-line function, isolated world: leaves that snapshot under READER_INPUT;
 *   3. READER_FILE, isolated world: runs the resolvers over the DOM (read-open-chat.ts).
 */
export const STORE_FILE = '/whatsapp-store.js';
export const READER_FILE = '/whatsapp-read.js';
/** Isolated-world global that carries step 2's input to step 3 (deleted when read). */
export const READER_INPUT = '__crmCaptureWhatsappInput';

/** e2e/bench builds only: time the reader spent on the page, summed in the isolated world. */
export const READER_MS = '__crmCaptureWhatsappReadMs';
/** e2e/bench builds only: page → content script "post your timings", and the reply. */
export const E2E_STATS_REQUEST = 'crm-capture:whatsapp-e2e-stats-request';
export const E2E_STATS_REPLY = 'crm-capture:whatsapp-e2e-stats-reply';
