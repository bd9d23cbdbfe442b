import { readStore } from '@/utils/capture/whatsapp/store-reader';

/**
 * Layer 1 of the WhatsApp reader, injected by the background into web.whatsapp.com's MAIN world
 * (the only place WhatsApp's module system is visible) when a chat is read, never at load. Its
 * result goes straight back to the background. Chrome 102+ / Firefox 128+.
 */
export default defineUnlistedScript(() => readStore(window as unknown as { require?: unknown }));
