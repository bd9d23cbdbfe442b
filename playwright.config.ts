import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: /\.spec\.ts$/,
  // Each worker runs its own Chromium with the extension. Two, even beside the Firefox suite
  // (npm test): the tests mostly wait on the browser, the mocks and the outbox's timers.
  workers: 2,
  fullyParallel: false,
  // Room for the longest scenarios (several pages and popups) with three browsers on two cores.
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  outputDir: 'test-results',
});
