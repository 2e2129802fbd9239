import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on the two-core CI
    // machine. Its coordinator is mostly idle, so every core runs test files.
    maxWorkers: availableParallelism(),
  },
});
