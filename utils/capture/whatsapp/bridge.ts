/**
 * Names of the messages that never reach the background's protocol: the isolated content script
 * and the MAIN-world reader talk over `window.postMessage` (visible to the page, which is why the
 * reply carries the request's random nonce and is re-validated), and the background asks the
 * tab's content script for the open chat with `tabs.sendMessage` (extension-internal).
 */
export const STORE_REQUEST = 'crm-capture:whatsapp-store-request';
export const STORE_REPLY = 'crm-capture:whatsapp-store-reply';
/** Background → content script: "resolve the open chat now" (toolbar popup and shortcut). */
export const READ_CHAT = 'crm-capture:whatsapp-read-chat';
/** e2e/bench builds only: page → content script, "post your observer timings". */
export const E2E_STATS_REQUEST = 'crm-capture:whatsapp-e2e-stats-request';
export const E2E_STATS_REPLY = 'crm-capture:whatsapp-e2e-stats-reply';

/** The content script's two files, for re-injection into a tab opened before an install or update. */
export const CONTENT_SCRIPT_FILE = '/content-scripts/whatsapp.js';
export const MAIN_WORLD_FILE = '/content-scripts/whatsapp-main.js';
