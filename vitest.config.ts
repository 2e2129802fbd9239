import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { ageCipherForApp } from './build/ageCipherPlugin.mjs';

export default defineConfig({
  // The age library is inlined so that its cipher is the app's (build/ageCipherPlugin.mjs).
  plugins: [react(), ageCipherForApp(import.meta.dirname)],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/integration/**/*.test.{ts,tsx}'],
    environment: 'node',
    setupFiles: ['test/support/setup.ts'],
    server: { deps: { inline: ['age-encryption'] } },
    testTimeout: 30_000,
    // Vitest's default is one worker fewer than the cores: a single worker on the two-core CI
    // machine. Its coordinator is mostly idle, so every core runs test files.
    maxWorkers: availableParallelism(),
  },
});
