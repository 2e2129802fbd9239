import { chmod } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'vite';
import { nativeCryptoForNode } from './nativeCrypto/plugin';

const root = resolve(import.meta.dirname, '..');
const ENTRY_FILE = 'habeas.mjs';

/** npm sets the bin's mode on install; this makes `out/cli/habeas.mjs` runnable straight after a build too. */
function executable(): Plugin {
  return {
    name: 'habeas-cli-executable',
    async writeBundle(options, bundle) {
      if (options.dir !== undefined && ENTRY_FILE in bundle) await chmod(join(options.dir, ENTRY_FILE), 0o755);
    },
  };
}

// The command-line tool: one self-contained ES module for Node 20, with every library
// bundled (only Node built-ins stay external), so `out/cli/habeas.mjs` runs without
// node_modules and without Electron.
export default defineConfig({
  root,
  logLevel: 'warn',
  resolve: { alias: { '@shared': resolve(root, 'shared') } },
  ssr: { noExternal: true, target: 'node' },
  plugins: [nativeCryptoForNode(), executable()],
  build: {
    ssr: resolve(root, 'cli/habeas.ts'),
    outDir: resolve(root, 'out/cli'),
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      output: { format: 'es', entryFileNames: ENTRY_FILE, banner: '#!/usr/bin/env node' },
    },
  },
});
