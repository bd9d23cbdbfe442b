/**
 * `npm test`: every check, each timed; stops at the first failed stage and prints how long each
 * part took (CI's budget is 15 minutes on 2 cores, so the slow part must be easy to see).
 * The parts of a stage run at the same time: typecheck and lint are one process each, and the
 * browser suites spend much of their time waiting on a browser, so two cores fit them side by side.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CHROMIUM } from '../tests/e2e/extension';
import { FIREFOX } from '../tests/firefox/harness/firefox';

// Builds stay one after the other: both write WXT's generated files. lint:firefox reads the production build.
const STAGES: readonly (readonly string[])[] = [['typecheck', 'lint'], ['test:unit'], ['build'], ['build:e2e', 'lint:firefox'], ['test:e2e', 'test:firefox']];
// The Firefox suite is the longer of the two browser suites: it gets the CPU first, so both end together.
const NICENESS: Partial<Record<string, number>> = { 'test:e2e': 5 };

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
  const command = ['npm', 'run', '--silent', step];
  const [program, ...args] = step in NICENESS ? ['nice', '-n', String(NICENESS[step]), ...command] : command;
  const child = spawn(program!, args, { stdio: prefix ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
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
  const lines = outcomes.map(({ step, seconds, passed }) => `  ${step.padEnd(26)} ${seconds.toFixed(1).padStart(6)} s${passed ? '' : '  FAILED'}`);
  console.log(`\nTime per part:\n${lines.join('\n')}`);
  const failed = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.step);
  if (failed.length) console.error(`npm test: ${failed.join(', ')} failed`);
  process.exit(failed.length ? 1 : 0);
}

const outcomes: Outcome[] = [];
for (const stage of STAGES) {
  const started = Date.now();
  const prefix = (step: string) => (stage.length > 1 ? `[${step.replace('test:', '')}]` : undefined);
  const finished = await Promise.all(stage.map((step) => run(step, prefix(step))));
  outcomes.push(...finished);
  if (stage.length > 1) outcomes.push({ step: `(${stage.join(' + ')})`, seconds: (Date.now() - started) / 1000, passed: true });
  if (finished.some((outcome) => !outcome.passed)) report(outcomes);
}
report(outcomes);
