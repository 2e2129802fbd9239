import { defineConfig } from 'vitest/config';

// End-to-end tests: the production renderer build, served on 127.0.0.1 by the global
// setup and driven in Debian's Chromium through playwright-core (design.md §8, §9).
// Files run one after another: each starts its own Chromium, and two at once on a
// two-core machine only makes both slower.
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
