/** `npm run bench`: figures, not pass/fail. Builds first (see package.json). */
import path from 'node:path';
import { printExtractionBench } from './bench/extraction';
import { printPopupBench } from './bench/popup';
import { buildSizes, printSizes } from './bench/sizes';
import { printWhatsappBench } from './bench/whatsapp';

for (const target of ['chrome-mv3', 'firefox-mv3']) {
  printSizes(`Bundle sizes: ${target} (production)`, buildSizes(path.resolve('.output', target)));
}

await printPopupBench(path.resolve('.output', 'chrome-mv3'));
await printExtractionBench();
await printWhatsappBench();
