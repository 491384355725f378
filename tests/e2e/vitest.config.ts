import { defineConfig } from 'vitest/config';

// Browser tests and size budgets, both on the built site (dist/): one Chromium, one static server of dist/, files
// run one after the other (2 cores).
export default defineConfig({
  test: {
    include: ['tests/size/**/*.test.ts', 'tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
