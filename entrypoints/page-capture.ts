import { collectPage } from '@/utils/capture/page/collect';

/**
 * Injected on demand into the tab the user asked about (activeTab + scripting); returns the raw
 * findings. Kept small: phone metadata and ranking run in the background (normalize.ts).
 */
export default defineUnlistedScript(() => collectPage(document, location.href));
