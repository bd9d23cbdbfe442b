/**
 * `npm test`: every check, each timed; stops at the first failure and prints how long each part
 * took (CI's budget is 15 minutes on 2 cores, so the slow part must be easy to see).
 * The two browser suites run at the same time: each drives one browser at a time, which leaves
 * most of the second core idle, so side by side they take little more than the longer one.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CHROMIUM } from '../tests/e2e/extension';
import { FIREFOX } from '../tests/firefox/harness/firefox';

const SEQUENTIAL = ['typecheck', 'lint', 'test:unit', 'build', 'build:e2e', 'lint:firefox'] as const;
const SIDE_BY_SIDE = ['test:e2e', 'test:firefox'] as const;

// The end-to-end parts need Debian's browsers (never downloaded ones): say so now, not after minutes.
const missing = [CHROMIUM, FIREFOX].filter((executable) => !existsSync(executable));
if (missing.length) {
  console.error(`npm test needs ${missing.join(' and ')}: apt-get install -y chromium firefox-esr (bash .ci/run does it),
or point CHROMIUM_PATH / FIREFOX_PATH at your own.`);
  process.exit(1);
}

interface Outcome {
  step: string;
  seconds: number;
  passed: boolean;
}

/** Runs one npm script; with a prefix, each output line carries it so two suites stay readable. */
function run(step: string, prefix?: string): Promise<Outcome> {
  const started = Date.now();
  const child = spawn('npm', ['run', '--silent', step], { stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  if (prefix) {
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream! }).on('line', (line) => console.log(`${prefix} ${line}`));
    }
  }
  return new Promise((resolve) => {
    child.on('close', (status) => resolve({ step, seconds: (Date.now() - started) / 1000, passed: status === 0 }));
  });
}

function report(outcomes: Outcome[]): never {
  const lines = outcomes.map(({ step, seconds, passed }) => `  ${step.padEnd(14)} ${seconds.toFixed(1).padStart(6)} s${passed ? '' : '  FAILED'}`);
  console.log(`\nTime per part:\n${lines.join('\n')}`);
  const failed = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.step);
  if (failed.length) console.error(`npm test: ${failed.join(', ')} failed`);
  process.exit(failed.length ? 1 : 0);
}

const outcomes: Outcome[] = [];
for (const step of SEQUENTIAL) {
  const outcome = await run(step);
  outcomes.push(outcome);
  if (!outcome.passed) report(outcomes);
}
const started = Date.now();
outcomes.push(...(await Promise.all(SIDE_BY_SIDE.map((step) => run(step, `[${step.replace('test:', '')}]`)))));
outcomes.push({ step: 'browsers (both)', seconds: (Date.now() - started) / 1000, passed: true });
report(outcomes);
