import { readOpenChat } from '@/utils/capture/whatsapp/read-open-chat';

/** Layers 1–6 over the open chat, injected on demand (utils/background/whatsapp-tab.ts). */
export default defineUnlistedScript(() => readOpenChat(globalThis as unknown as Record<string, unknown>, document, location.href));
