/**
 * `npm test`: every check, in order, each timed; stops at the first failure and prints how long
 * each part took (CI's budget is 15 minutes on 2 cores, so the slow part must be easy to see).
 */
import { spawnSync } from 'node:child_process';

const STEPS = ['typecheck', 'lint', 'test:unit', 'build', 'build:e2e', 'test:e2e', 'lint:firefox', 'test:firefox'] as const;

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
