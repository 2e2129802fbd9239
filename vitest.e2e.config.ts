import { defineConfig } from 'vitest/config';

// End-to-end tests: the production renderer build, served on 127.0.0.1 by the global
// setup and driven in Debian's Chromium through playwright-core (design.md §8, §9).
// Two files at a time: much of each file's time is Chromium waiting on the page, so on the
// two-core CI machine two at once took 171 s against 277 s one after another (18 files).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/e2e/globalSetup.ts'],
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
