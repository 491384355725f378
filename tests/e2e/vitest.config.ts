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
    // A browser waits on its data, its worker and software WebGL, more so while another file runs: a condition a
    // person would see within seconds gets 10 s, not Vitest's default of 1 s (a passing poll returns at once).
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 120_000,
  },
});
