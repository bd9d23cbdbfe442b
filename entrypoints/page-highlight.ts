import { showOnPage, takeNeedle } from '@/utils/capture/highlight/show';

/**
 * "Show on page": injected on demand into the popup's tab (activeTab + scripting) after the
 * background left the value to look for (utils/background/show-on-page.ts). Scrolls to the
 * value, outlines it for a few seconds, and returns whether it could be seen.
 */
export default defineUnlistedScript(() => {
  const needle = takeNeedle(globalThis as unknown as Record<string, unknown>);
  return needle === null ? 'absent' : showOnPage(document, needle);
});
