import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['**/*.test.{ts,tsx}'],
    exclude: ['node_modules/**', '.output/**', 'tests/e2e/**'],
    environment: 'node',
    // Vitest leaves a core free by default: on two cores that is one file at a time (about 87 s instead of 50).
    pool: 'threads',
    maxWorkers: availableParallelism(),
    // The 10,000-element page tests take seconds on a loaded 2-core machine; 5 s is too tight there.
    testTimeout: 20_000,
    restoreMocks: true,
    clearMocks: true,
  },
});
