import { readSelection } from '@/utils/capture/selection/read';

/** Injected on demand for "Add selection to the CRM notes" (utils/background/selection-note.ts): the selection only. */
export default defineUnlistedScript(() => readSelection(document, location.href));
