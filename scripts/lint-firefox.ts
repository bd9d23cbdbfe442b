/** `npm run lint:firefox`: web-ext lint on the production Firefox build; fails on errors and on unexplained warnings. */
import { existsSync } from 'node:fs';
import { lintFirefox, printLint } from './zip/firefox-lint';

const dir = process.argv[2] ?? '.output/firefox-mv3';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`No Firefox build in ${dir}: run \`npm run build\` first.`);
  process.exit(1);
}
const result = lintFirefox(dir);
printLint(dir, result);
if (result.errors.length || result.unexplained.length) process.exitCode = 1;
