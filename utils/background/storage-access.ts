import { browser } from 'wxt/browser';

type AccessLevelArea = { setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void> };

/**
 * Chromium lets content scripts read storage.local by default; this closes it so captured
 * drafts and settings stay with extension pages. COMPAT(firefox): there is no such switch, which
 * is why API keys live in the extension origin's IndexedDB (credentials.ts) in every browser.
 */
export async function restrictStorageToTrustedContexts(): Promise<void> {
  const local = browser.storage.local as unknown as AccessLevelArea;
  await local.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
}
