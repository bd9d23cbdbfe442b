/**
 * `npm test`: every check, in order, each timed; stops at the first failure and prints how long
 * each part took (CI's budget is 15 minutes on 2 cores, so the slow part must be easy to see).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { CHROMIUM } from '../tests/e2e/extension';
import { FIREFOX } from '../tests/firefox/harness/firefox';

const STEPS = ['typecheck', 'lint', 'test:unit', 'build', 'build:e2e', 'test:e2e', 'lint:firefox', 'test:firefox'] as const;

// The end-to-end parts need Debian's browsers (never downloaded ones): say so now, not after minutes.
const missing = [CHROMIUM, FIREFOX].filter((executable) => !existsSync(executable));
if (missing.length) {
  console.error(`npm test needs ${missing.join(' and ')}: apt-get install -y chromium firefox-esr (bash .ci/run does it),
or point CHROMIUM_PATH / FIREFOX_PATH at your own.`);
  process.exit(1);
}

const timings: string[] = [];
let failed: string | null = null;
for (const step of STEPS) {
  const started = Date.now();
  const { status } = spawnSync('npm', ['run', '--silent', step], { stdio: 'inherit' });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  timings.push(`${step.padEnd(14)} ${seconds.padStart(6)} s${status === 0 ? '' : '  FAILED'}`);
  if (status !== 0) {
    failed = step;
    break;
  }
}
console.log(`\nTime per part:\n${timings.map((line) => `  ${line}`).join('\n')}`);
if (failed) {
  console.error(`npm test: ${failed} failed`);
  process.exit(1);
}
