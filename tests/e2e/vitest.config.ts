import { defineConfig } from 'vitest/config';

// Browser tests and size budgets, both on the built site (dist/): each file has its own Chromium and static server
// of dist/. Two files run at once: a page spends much of its time waiting (for its data, MapLibre's worker, the GPU
// process), time the other file uses; on 2 cores that takes about 30 % off the wall time. Only embed.e2e.ts uses
// the fixed host-page port, so no two files compete for a port.
export default defineConfig({
  test: {
    include: ['tests/size/**/*.test.ts', 'tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: true,
    maxWorkers: 2,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
