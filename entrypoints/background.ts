import { createContextMenus, onContextMenuClick } from '@/utils/background/context-menu';
import { handlers } from '@/utils/background/handlers';
import { registerHandlers } from '@/utils/background/router';
import { restrictStorageToTrustedContexts } from '@/utils/background/storage-access';
import { ALLOW_LOOPBACK } from '@/utils/build-flags';
import { startOutbox } from '@/utils/background/outbox';
import { setE2ePacingWindow } from '@/utils/background/pacing';
import { removeDraft } from '@/utils/storage/drafts';

export default defineBackground(() => {
  // Listeners are registered synchronously so an event that woke the worker is not missed.
  registerHandlers(handlers);
  browser.runtime.onInstalled.addListener(createContextMenus);
  browser.contextMenus.onClicked.addListener((info, tab) => void onContextMenuClick(info, tab));
  // A tab's unsaved draft goes with the tab.
  browser.tabs.onRemoved.addListener((tabId) => void removeDraft(`tab-${tabId}`));
  // Saves waiting in the outbox: retry alarm, browser start, back online; resumes a stopped delivery.
  startOutbox();
  void restrictStorageToTrustedContexts();
  // The e2e suite clicks menu items the way the browser would: through this same listener.
  // …and the bulk suite paces the CRMs with a shorter window than a real minute.
  if (ALLOW_LOOPBACK) Object.assign(globalThis, { e2eContextMenuClick: onContextMenuClick, e2ePacing: setE2ePacingWindow });
});
