import { defineConfig } from 'vitest/config';

/**
 * `npm run test:firefox`: the end-to-end suite in Firefox ESR (tests/firefox, puppeteer-core over
 * WebDriver BiDi). One Firefox per test and one test at a time: two cores fit one Firefox well.
 */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    retry: process.env.CI ? 1 : 0,
  },
});
