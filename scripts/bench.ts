/** `npm run bench`: figures, not pass/fail. Builds first (see package.json). */
import path from 'node:path';
import { printBulkBench } from './bench/bulk';
import { printExtractionBench } from './bench/extraction';
import { printPopupBench } from './bench/popup';
import { buildSizes, printSizesSideBySide } from './bench/sizes';
import { printWhatsappBench } from './bench/whatsapp';

printSizesSideBySide('Bundle sizes (production), raw and gzip', {
  Chrome: buildSizes(path.resolve('.output', 'chrome-mv3')),
  Firefox: buildSizes(path.resolve('.output', 'firefox-mv3')),
});

await printPopupBench(path.resolve('.output', 'chrome-mv3'));
await printBulkBench();
await printExtractionBench();
await printWhatsappBench();
